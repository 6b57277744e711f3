import Charts
/// Where each legend entry goes: entries flow left to right and wrap into rows.
struct LegendLayout: Sendable {
    /// One entry: its key, the sample's left edge, the row's centre line.
    struct Entry: Hashable, Sendable {
        let key: LegendKey
        let x: Double
        let centerY: Double
    }

    static let fontSize = 12.0
    static let rowHeight = 20.0
    /// Between a sample and its text.
    static let textGap = 6.0

    let entries: [Entry]
    let height: Double

    init(keys: [LegendKey], left: Double, right: Double, top: Double) {
        var entries: [Entry] = []
        var x = left
        var row = 0
        for key in keys {
            let width = Self.textOffset(key)
                + TextMetrics.width(key.text, fontSize: Self.fontSize)
            if x > left && x + width > right {
                row += 1
                x = left
            }
            let centerY = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            entries.append(Entry(key: key, x: x, centerY: centerY))
            x += width + 18
        }
        self.entries = entries
        height = keys.isEmpty ? 0 : Double(row + 1) * Self.rowHeight
    }

    /// How far right of an entry's `x` its text starts: after the sample and a gap.
    static func textOffset(_ key: LegendKey) -> Double {
        key.sample(x: 0).extentRight + textGap
    }
}
