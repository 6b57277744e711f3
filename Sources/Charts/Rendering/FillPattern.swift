/// The fill of a bar series: a hatching that survives black-and-white printing, drawn
/// in the series colour over a light tint of it.
package enum FillPattern: String, CaseIterable, Sendable {
    case solid, diagonal, dots, crosshatch, horizontal, backDiagonal, vertical, grid

    /// The tile size of every pattern, in user units.
    static let tile = 6

    /// The shapes inside `<pattern>`, in `currentColor` so the series class colours them.
    func tileMarkup() -> [String] {
        let tint = "<rect width=\"6\" height=\"6\" fill=\"currentColor\" fill-opacity=\"0.22\"/>"
        let stroke = "fill=\"none\" stroke=\"currentColor\""
        switch self {
        case .solid:
            return ["<rect width=\"6\" height=\"6\" fill=\"currentColor\" fill-opacity=\"0.85\"/>"]
        case .diagonal:
            return [tint, "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" \(stroke) "
                + "stroke-width=\"1.4\"/>"]
        case .dots:
            return [tint, "<circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"currentColor\"/>"]
        case .crosshatch:
            return [tint, "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 "
                + "M5,-1 l2,2\" \(stroke) stroke-width=\"0.9\"/>"]
        case .horizontal:
            return [tint, "<path d=\"M0,3 H6\" \(stroke) stroke-width=\"1.6\"/>"]
        case .backDiagonal:
            return [tint, "<path d=\"M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2\" \(stroke) "
                + "stroke-width=\"1.4\"/>"]
        case .vertical:
            return [tint, "<path d=\"M3,0 V6\" \(stroke) stroke-width=\"1.6\"/>"]
        case .grid:
            return [tint, "<path d=\"M0,3 H6 M3,0 V6\" \(stroke) stroke-width=\"0.9\"/>"]
        }
    }
}
