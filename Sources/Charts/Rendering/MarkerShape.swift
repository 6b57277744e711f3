import Foundation

/// The point marker of a line series; with the dash pattern, what tells lines apart
/// without colour.
package enum MarkerShape: String, CaseIterable, Sendable {
    case circle, square, triangle, diamond, triangleDown, plus, cross, star

    /// An SVG path drawing the marker centred on (`x`, `y`), about `size` across.
    package func path(x: Double, y: Double, size: Double) -> String {
        let r = size / 2
        let points: [(Double, Double)]
        switch self {
        case .circle:
            let (left, right) = (n(x - r), n(x + r))
            let arc = "A\(n(r)),\(n(r)) 0 1,0"
            return "M\(left),\(n(y))\(arc) \(right),\(n(y))\(arc) \(left),\(n(y))Z"
        case .square:
            let s = r * 0.9
            points = [(-s, -s), (s, -s), (s, s), (-s, s)]
        case .triangle:
            points = [(0, -r * 1.15), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)]
        case .triangleDown:
            points = [(0, r * 1.15), (r * 1.1, -r * 0.8), (-r * 1.1, -r * 0.8)]
        case .diamond:
            points = [(0, -r * 1.25), (r * 1.05, 0), (0, r * 1.25), (-r * 1.05, 0)]
        case .plus:
            let t = r * 0.38
            points = [(-t, -r), (t, -r), (t, -t), (r, -t), (r, t), (t, t), (t, r), (-t, r),
                      (-t, t), (-r, t), (-r, -t), (-t, -t)]
        case .cross:
            let t = r * 0.38
            let raw: [(Double, Double)] = [
                (-t, -r), (t, -r), (t, -t), (r, -t), (r, t), (t, t), (t, r), (-t, r),
                (-t, t), (-r, t), (-r, -t), (-t, -t),
            ]
            // The plus turned 45°, scaled to the same footprint.
            points = raw.map { ($0.0 * 0.78 - $0.1 * 0.78, $0.0 * 0.78 + $0.1 * 0.78) }
        case .star:
            points = (0..<10).map { index in
                let radius = index.isMultiple(of: 2) ? r * 1.25 : r * 0.55
                let angle = Double(index) * .pi / 5 - .pi / 2
                return (radius * cos(angle), radius * sin(angle))
            }
        }
        let corners = points.map { "\(n(x + $0.0)),\(n(y + $0.1))" }
        return "M" + corners.joined(separator: " L") + "Z"
    }

    private func n(_ value: Double) -> String { SVGNumber.format(value) }
}
