/// How series number `index` is drawn: a colour class plus a non-colour cue (marker and
/// dash for lines, fill pattern for bars), so no meaning rests on colour alone.
///
/// There are eight styles; a ninth series reuses the first style's cues.
struct SeriesStyle {
    static let count = 8

    private static let dashes: [String?] = [
        nil, "7 3", "2 3", "9 3 2 3", "14 4", "4 2 1 2 1 2", "1 2", "10 2 2 2 2 2",
    ]

    /// The style slot, 0 to 7.
    let slot: Int

    init(seriesIndex: Int) {
        slot = seriesIndex % Self.count
    }

    /// The class that sets the series colour: `chart-s1` … `chart-s8`.
    var colorClass: String { "chart-s\(slot + 1)" }

    var marker: MarkerShape { MarkerShape.allCases[slot % MarkerShape.allCases.count] }

    /// The `stroke-dasharray` value, or nil for a solid line.
    var dashArray: String? { Self.dashes[slot] }

    var pattern: FillPattern { FillPattern.allCases[slot % FillPattern.allCases.count] }
}
