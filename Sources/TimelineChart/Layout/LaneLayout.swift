import Charts
/// The geometry of one lane: its title, its sub-rows and every mark in them.
///
/// On wide output the title sits in the gutter left of the band, wrapped onto at most
/// `maxTitleLines` lines; on narrow output it takes one line above the band. The band
/// is as tall as its sub-rows need (at least one), or as its wrapped title.
struct LaneLayout: Sendable {
    /// One mark with its shape and its place in the lane.
    struct Mark: Sendable {
        let mark: TimelineMark
        let geometry: MarkGeometry
        let placed: LabelPacker.Placed
    }

    static let rowHeight = 18.0
    static let padding = 4.0
    static let titleFontSize = 12.0
    static let titleLineHeight = 15.0
    static let maxTitleLines = 3

    let index: Int
    let title: String
    let titleLines: [String]
    let top: Double
    let height: Double
    /// The top of sub-row 0.
    let rowsTop: Double
    let rowCount: Int
    let marks: [Mark]

    /// Lays out `lane` (number `index`, from 0) from `top`; titles wrap within
    /// `titleWidth`, labels stay between `minX` and `maxX`.
    init(lane: TimelineData.Lane, index: Int, scale: TimeScale, top: Double, narrow: Bool,
         titleWidth: Double, minX: Double, maxX: Double) {
        self.index = index
        self.title = lane.title
        self.top = top
        let shapes = lane.marks.compactMap { mark in
            MarkGeometry(mark: mark, scale: scale).map { (mark: mark, geometry: $0) }
        }
        let items = shapes.map {
            LabelPacker.Item(left: $0.geometry.extentLeft, right: $0.geometry.extentRight,
                             label: $0.mark.label)
        }
        let placed = LabelPacker.place(items, minX: minX, maxX: maxX)
        marks = zip(shapes, placed).map { Mark(mark: $0.0.mark, geometry: $0.0.geometry,
                                                placed: $0.1) }
        rowCount = max(1, (placed.map(\.row).max() ?? 0) + 1)
        let rowsHeight = Double(rowCount) * Self.rowHeight + 2 * Self.padding
        if narrow {
            titleLines = [TextMetrics.truncated(lane.title, maxWidth: titleWidth,
                                                fontSize: Self.titleFontSize, bold: true)]
            rowsTop = top + Self.titleLineHeight + 4 + Self.padding
            height = Self.titleLineHeight + 4 + rowsHeight
        } else {
            titleLines = Self.wrappedTitle(lane.title, width: titleWidth)
            rowsTop = top + Self.padding
            let titleHeight = Double(titleLines.count) * Self.titleLineHeight + 2 * Self.padding
            height = max(rowsHeight, titleHeight)
        }
    }

    /// The centre line of sub-row `row`.
    func centerY(row: Int) -> Double {
        rowsTop + Double(row) * Self.rowHeight + Self.rowHeight / 2
    }

    /// The baseline of title line `line`: above the band on narrow output, else level
    /// with the labels of the first sub-row.
    func titleBaseline(line: Int) -> Double {
        let first = rowsTop > top + Self.padding ? top + Self.padding + 11 : centerY(row: 0) + 4
        return first + Double(line) * Self.titleLineHeight
    }

    var bottom: Double { top + height }

    /// True when the title had to be shortened, so a tooltip should hold it whole.
    var titleIsShortened: Bool { titleLines.joined(separator: " ") != title }

    private static func wrappedTitle(_ title: String, width: Double) -> [String] {
        let lines = TextMetrics.wrapped(title, maxWidth: width, fontSize: titleFontSize,
                                        bold: true)
        guard lines.count > maxTitleLines else { return lines }
        let last = lines[maxTitleLines - 1] + " " + lines[maxTitleLines]
        let shortened = TextMetrics.truncated(last + "\u{2026}", maxWidth: width,
                                              fontSize: titleFontSize, bold: true)
        return Array(lines.prefix(maxTitleLines - 1)) + [shortened]
    }
}
