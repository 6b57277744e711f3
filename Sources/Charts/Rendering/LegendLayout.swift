/// Where each legend entry goes: entries flow left to right and wrap into rows.
struct LegendLayout {
    /// One legend entry: its series, the swatch's left edge, the row's centre line.
    struct Entry {
        let series: Int
        let x: Double
        let centerY: Double
        let text: String
        let fullText: String
    }

    static let fontSize = 12.0
    static let rowHeight = 20.0
    /// The swatch width: a line with its marker, or a patterned box for bars.
    static func swatchWidth(for kind: ChartKind) -> Double { kind == .line ? 30 : 16 }

    let entries: [Entry]
    let height: Double

    init(names: [String], kind: ChartKind, left: Double, right: Double, top: Double) {
        let swatch = Self.swatchWidth(for: kind)
        let maxText = max(40, (right - left) - swatch - 6)
        var entries: [Entry] = []
        var x = left
        var row = 0
        for (index, name) in names.enumerated() {
            let text = TextMetrics.truncated(name, maxWidth: min(maxText, 260),
                                             fontSize: Self.fontSize)
            let width = swatch + 6 + TextMetrics.width(text, fontSize: Self.fontSize)
            if x > left && x + width > right {
                row += 1
                x = left
            }
            let centerY = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            entries.append(Entry(series: index, x: x, centerY: centerY, text: text,
                                 fullText: name))
            x += width + 18
        }
        self.entries = entries
        height = names.isEmpty ? 0 : Double(row + 1) * Self.rowHeight
    }
}
