import Charts
/// Stacks one lane's marks into sub-rows so that no mark or label overlaps another.
///
/// Each mark travels with its label: to the right of the mark, or ending just left of
/// it. Marks are taken in order (by start) and each goes into the first sub-row where
/// it fits, trying in turn: its label (up to `maxLabelWidth`) on the right, then on the
/// left, then the label shortened to `shortLabelWidth` on the right, then on the left;
/// failing all of those, into a new sub-row below the others. This is greedy interval
/// scheduling on estimated text widths (see `TextMetrics`, which errs wide). Labels
/// stay between `minX` and `maxX`; one too long for either side even in a row of its
/// own is shortened with "…" to the wider side, or left out when under
/// `minLabelWidth`. Rows are not limited, so the lane grows instead of overlapping.
enum LabelPacker {
    /// One mark to place: the extent of its shape, arrows and badges, and its label.
    struct Item: Hashable, Sendable {
        let left: Double
        let right: Double
        let label: String
    }

    /// Where an item went.
    struct Placed: Hashable, Sendable {
        let row: Int
        /// The label as drawn, perhaps shortened; empty when there is none.
        let text: String
        /// True when the label ends left of the mark instead of starting right of it.
        let labelOnLeft: Bool
        let labelLeft: Double
        let labelRight: Double
        let itemLeft: Double
        let itemRight: Double

        /// The left edge of the mark and label together.
        var left: Double { text.isEmpty ? itemLeft : min(itemLeft, labelLeft) }
        var right: Double { text.isEmpty ? itemRight : max(itemRight, labelRight) }
    }

    static let fontSize = 11.0
    /// The widest a label is drawn.
    static let maxLabelWidth = 240.0
    /// The width a label is shortened to when that lets it share a row.
    static let shortLabelWidth = 150.0
    static let minLabelWidth = 24.0
    /// Between a mark and its own label.
    static let labelGap = 4.0
    /// Between neighbours in a row; wider than `labelGap`, so a label sits visibly
    /// nearer its own mark.
    static let itemGap = 12.0

    static func place(_ items: [Item], minX: Double, maxX: Double) -> [Placed] {
        var rows: [[ClosedRange<Double>]] = []
        var placed: [Placed] = []
        for item in items {
            let full = TextMetrics.truncated(item.label, maxWidth: maxLabelWidth,
                                             fontSize: fontSize)
            let short = TextMetrics.truncated(item.label, maxWidth: shortLabelWidth,
                                              fontSize: fontSize)
            let texts = short == full ? [full] : [full, short]
            var choice: (row: Int, placed: Placed)?
            search: for text in texts {
                for onLeft in [false, true] {
                    let spot = candidate(item, text: text, onLeft: onLeft)
                    guard inside(spot, minX: minX, maxX: maxX) else { continue }
                    if let row = rows.firstIndex(where: { fits(spot, in: $0) }) {
                        choice = (row, spot)
                        break search
                    }
                }
            }
            let (row, spot) = choice ?? (rows.count, alone(item, text: full, minX: minX,
                                                           maxX: maxX))
            if row == rows.count { rows.append([]) }
            rows[row].append(spot.left...spot.right)
            placed.append(Placed(row: row, text: spot.text, labelOnLeft: spot.labelOnLeft,
                                 labelLeft: spot.labelLeft, labelRight: spot.labelRight,
                                 itemLeft: item.left, itemRight: item.right))
        }
        return placed
    }

    /// `item` in a row of its own: its label right of it, else left of it, else
    /// shortened to the wider side's room, or left out when that is under
    /// `minLabelWidth`.
    private static func alone(_ item: Item, text: String, minX: Double,
                              maxX: Double) -> Placed {
        for onLeft in [false, true] {
            let spot = candidate(item, text: text, onLeft: onLeft)
            if inside(spot, minX: minX, maxX: maxX) { return spot }
        }
        let roomRight = maxX - item.right - labelGap
        let roomLeft = item.left - labelGap - minX
        let room = max(roomRight, roomLeft)
        let shortened = room < minLabelWidth ? ""
            : TextMetrics.truncated(item.label, maxWidth: room, fontSize: fontSize)
        return candidate(item, text: shortened == "\u{2026}" ? "" : shortened,
                         onLeft: roomLeft > roomRight)
    }

    /// True when the label stays between `minX` and `maxX` (or there is none).
    private static func inside(_ spot: Placed, minX: Double, maxX: Double) -> Bool {
        spot.text.isEmpty || (spot.labelLeft >= minX && spot.labelRight <= maxX)
    }

    /// `item` with label `text` on the given side, in a row still to be chosen.
    private static func candidate(_ item: Item, text: String, onLeft: Bool) -> Placed {
        let width = TextMetrics.width(text, fontSize: fontSize)
        let labelLeft = onLeft ? item.left - labelGap - width : item.right + labelGap
        return Placed(row: -1, text: text, labelOnLeft: onLeft, labelLeft: labelLeft,
                      labelRight: labelLeft + width, itemLeft: item.left,
                      itemRight: item.right)
    }

    private static func fits(_ spot: Placed, in row: [ClosedRange<Double>]) -> Bool {
        row.allSatisfy { spot.right + itemGap <= $0.lowerBound
            || spot.left >= $0.upperBound + itemGap }
    }
}
