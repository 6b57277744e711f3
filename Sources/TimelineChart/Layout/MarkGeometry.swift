/// Where one mark's shape sits along the axis, and the cues drawn with it.
///
/// Day and month dates are points; everything else (seasons, years, decades,
/// centuries, intervals, and any date with an open end) is a bar at least
/// `minBarWidth` wide. An open end, or an end cut off by the axis, gets an arrow
/// pointing outwards; a disputed mark gets a diamond and an uncertain one a question
/// mark, drawn in that order right of the shape.
struct MarkGeometry: Hashable, Sendable {
    enum Shape: Hashable, Sendable {
        case point, bar
    }

    static let pointRadius = 4.5
    static let barHeight = 9.0
    static let minBarWidth = 6.0
    static let arrowLength = 6.0
    static let badgeWidth = 9.0

    let shape: Shape
    /// The shape's left edge (a point's centre minus its radius).
    let left: Double
    /// The shape's right edge.
    let right: Double
    let arrowStart: Bool
    let arrowEnd: Bool
    let approximate: Bool
    let disputed: Bool
    let uncertain: Bool

    init(shape: Shape, left: Double, right: Double, arrowStart: Bool = false,
         arrowEnd: Bool = false, approximate: Bool = false, disputed: Bool = false,
         uncertain: Bool = false) {
        self.shape = shape
        self.left = left
        self.right = right
        self.arrowStart = arrowStart
        self.arrowEnd = arrowEnd
        self.approximate = approximate
        self.disputed = disputed
        self.uncertain = uncertain
    }

    /// The geometry of `mark` on `scale`, or nil when the mark lies outside the axis.
    init?(mark: TimelineMark, scale: TimeScale) {
        let domain = scale.domain
        guard domain.overlaps(start: mark.start, end: mark.end) else { return nil }
        let isPoint = mark.precision.isPoint && !mark.openStart && !mark.openEnd
        if isPoint {
            let middle = (Double(mark.start) + Double(mark.end) + 1) / 2
            guard middle >= Double(domain.lower), middle <= Double(domain.upper) else {
                return nil
            }
            let x = scale.x(middle)
            self.init(shape: .point, left: x - Self.pointRadius, right: x + Self.pointRadius,
                      approximate: mark.approximate, disputed: mark.disputed,
                      uncertain: mark.uncertain)
            return
        }
        let cutStart = mark.start < domain.lower
        let cutEnd = mark.end + 1 > domain.upper
        var left = scale.x(max(mark.start, domain.lower))
        var right = scale.x(min(mark.end + 1, domain.upper))
        if right - left < Self.minBarWidth {
            let middle = (left + right) / 2
            left = middle - Self.minBarWidth / 2
            right = middle + Self.minBarWidth / 2
        }
        self.init(shape: .bar, left: left, right: right,
                  arrowStart: mark.openStart || cutStart, arrowEnd: mark.openEnd || cutEnd,
                  approximate: mark.approximate, disputed: mark.disputed,
                  uncertain: mark.uncertain)
    }

    var centerX: Double { (left + right) / 2 }

    /// The left edge of everything drawn for the shape, arrow included.
    var extentLeft: Double { left - (arrowStart ? Self.arrowLength : 0) }

    /// Where the first badge (diamond or question mark) starts.
    var badgeLeft: Double { right + (arrowEnd ? Self.arrowLength : 0) + 1 }

    var badgeCount: Int { (disputed ? 1 : 0) + (uncertain ? 1 : 0) }

    /// The right edge of everything drawn for the shape, arrow and badges included.
    var extentRight: Double {
        badgeCount == 0 ? badgeLeft - 1 : badgeLeft + Double(badgeCount) * Self.badgeWidth
    }
}
