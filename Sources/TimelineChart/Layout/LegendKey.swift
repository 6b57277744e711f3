/// One entry of the legend: a mark style and what it means.
enum LegendKey: CaseIterable, Hashable, Sendable {
    case point, bar, approximate, uncertain, disputed, openEnd

    var text: String {
        switch self {
        case .point: "Day or month"
        case .bar: "Year or longer, or a span"
        case .approximate: "Approximate (~)"
        case .uncertain: "Uncertain (?)"
        case .disputed: "Sources disagree"
        case .openEnd: "Open end, or beyond the axis"
        }
    }

    /// The sample drawn for this key, starting at `x`.
    func sample(x: Double) -> MarkGeometry {
        let r = MarkGeometry.pointRadius
        switch self {
        case .point: return MarkGeometry(shape: .point, left: x, right: x + 2 * r)
        case .bar: return MarkGeometry(shape: .bar, left: x, right: x + 20)
        case .approximate:
            return MarkGeometry(shape: .point, left: x, right: x + 2 * r, approximate: true)
        case .uncertain:
            return MarkGeometry(shape: .point, left: x, right: x + 2 * r, uncertain: true)
        case .disputed:
            return MarkGeometry(shape: .point, left: x, right: x + 2 * r, disputed: true)
        case .openEnd:
            return MarkGeometry(shape: .bar, left: x, right: x + 14, arrowEnd: true)
        }
    }

    /// Whether any of `marks` is drawn in this style.
    func isUsed(by marks: [MarkGeometry]) -> Bool {
        marks.contains { mark in
            switch self {
            case .point: mark.shape == .point
            case .bar: mark.shape == .bar
            case .approximate: mark.approximate
            case .uncertain: mark.uncertain
            case .disputed: mark.disputed
            case .openEnd: mark.arrowStart || mark.arrowEnd
            }
        }
    }
}
