/// Places event-mark labels in rows above the plot so that no two labels overlap and,
/// where that is possible at all, no event's dashed line runs through another's label.
///
/// A label sits beside the top of its line: to the right, or to the left when it would
/// run off the right edge. Rows are numbered from the top. Right-hand labels are placed
/// left to right and left-hand ones right to left, each in the first row where it
/// overlaps no label, its line crosses no label below, and no line from above crosses
/// it; in that order such a row always exists within one group. Only when the two
/// groups interlock does a label go below all others, where one line may cross it.
enum EventLabelPacker {
    /// A label's place.
    struct Placed {
        let mark: EventMark
        let x: Double
        let row: Int
        let text: String
        /// True when the text ends at the line instead of starting there.
        let anchorEnd: Bool
        let textLeft: Double
        let textRight: Double
    }

    static let fontSize = 11.0
    static let rowHeight = 15.0
    /// Marks beyond this many are not drawn; a chart with more is unreadable anyway,
    /// and the bound keeps hostile input from making layout slow.
    static let maxMarks = 100
    static let maxLabelWidth = 150.0

    /// Rows for `marks` at their x positions, keeping labels between `minX` and `maxX`.
    static func place(_ marks: [(mark: EventMark, x: Double)], minX: Double,
                      maxX: Double) -> [Placed] {
        let labels = marks.prefix(maxMarks).enumerated().map { offset, entry in
            let text = TextMetrics.truncated(entry.mark.label, maxWidth: maxLabelWidth,
                                             fontSize: fontSize)
            let width = TextMetrics.width(text, fontSize: fontSize)
            let anchorEnd = entry.x + 3 + width > maxX && entry.x - 3 - width >= minX
            return (offset: offset, mark: entry.mark, x: entry.x, text: text, width: width,
                    anchorEnd: anchorEnd)
        }
        let leftHand = labels.filter(\.anchorEnd)
            .sorted { ($0.x, $0.offset) > ($1.x, $1.offset) }
        let rightHand = labels.filter { !$0.anchorEnd }
            .sorted { ($0.x, $0.offset) < ($1.x, $1.offset) }
        var placed: [Placed] = []
        for label in leftHand + rightHand {
            let left = label.anchorEnd ? label.x - 3 - label.width : label.x + 3
            let right = left + label.width
            let lastRow = (placed.map(\.row).max() ?? -1) + 1
            let row = (0...lastRow).first {
                fits(x: label.x, left: left, right: right, row: $0, among: placed)
            } ?? lastRow
            placed.append(Placed(mark: label.mark, x: label.x, row: row, text: label.text,
                                 anchorEnd: label.anchorEnd, textLeft: left, textRight: right))
        }
        return placed.sorted { ($0.x, $0.row) < ($1.x, $1.row) }
    }

    private static func fits(x: Double, left: Double, right: Double, row: Int,
                             among placed: [Placed]) -> Bool {
        placed.allSatisfy { other in
            if other.row == row {
                return right + 6 <= other.textLeft || left >= other.textRight + 6
            }
            if other.row > row {
                // This line runs down through the other label's row.
                return x < other.textLeft - 2 || x > other.textRight + 2
            }
            // The other line runs down through this label's row.
            return other.x < left - 2 || other.x > right + 2
        }
    }
}
