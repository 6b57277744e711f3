/// The labels under the plot: which positions get one, where, and whether they are
/// turned 45° to fit.
struct XAxisLabels {
    struct Label {
        let x: Double
        let text: String
        let fullText: String
    }

    static let fontSize = 11.0
    /// The widest a category label may be before it is shortened with "…".
    static let maxLabelWidth = 140.0

    let labels: [Label]
    let rotated: Bool
    /// The room needed below the plot's bottom edge.
    let height: Double

    init(data: ChartData, placement: XPlacement, plotWidth: Double) {
        let yearWidth = TextMetrics.width("0000", fontSize: Self.fontSize)
        let capacity = max(1, min(8, Int(plotWidth / (yearWidth + 18))))
        var labels: [Label] = []
        var rotated = false
        switch placement {
        case .years(let scale):
            let years = data.years ?? []
            let ticks = YearTicks.ticks(from: years.min() ?? 0, to: years.max() ?? 0,
                                        maxCount: capacity)
            labels = ticks.map { Label(x: scale(Double($0)), text: "\($0)", fullText: "\($0)") }
        case .slots(let band):
            if let years = data.years, let low = years.min(), let high = years.max() {
                let step = YearTicks.step(from: low, to: high, maxCount: capacity)
                labels = years.enumerated()
                    .filter { (($0.element % step) + step) % step == 0 }
                    .map { Label(x: band.center($0.offset), text: "\($0.element)",
                                 fullText: "\($0.element)") }
            } else {
                let texts = data.labels.map {
                    TextMetrics.truncated($0, maxWidth: Self.maxLabelWidth, fontSize: Self.fontSize)
                }
                let widest = texts.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0
                rotated = widest > band.slotWidth - 6
                // Turned labels need about a line height each; thin them if slots are
                // narrower than that.
                let every = rotated ? max(1, Int((15 / band.slotWidth).rounded(.up))) : 1
                labels = texts.indices.filter { $0 % every == 0 }.map {
                    Label(x: band.center($0), text: texts[$0], fullText: data.labels[$0])
                }
            }
        }
        self.labels = rotated ? labels : Self.withoutOverlaps(labels)
        self.rotated = rotated
        let widest = labels.map { TextMetrics.width($0.text, fontSize: Self.fontSize) }.max() ?? 0
        height = rotated ? widest * 0.71 + 20 : 22
    }

    /// How far the labels reach left of `x`: turned labels hang down and to the left of
    /// their anchor by about 0.71 of their width.
    var leftmostExtent: Double {
        labels.map { label in
            let width = TextMetrics.width(label.text, fontSize: Self.fontSize)
            return rotated ? label.x - width * 0.71 - 4 : label.x - width / 2
        }.min() ?? .infinity
    }

    /// Drops every label that would touch the one before it.
    private static func withoutOverlaps(_ labels: [Label]) -> [Label] {
        var kept: [Label] = []
        var rightEdge = -Double.infinity
        for label in labels.sorted(by: { $0.x < $1.x }) {
            let half = TextMetrics.width(label.text, fontSize: fontSize) / 2
            if label.x - half >= rightEdge + 6 {
                kept.append(label)
                rightEdge = label.x + half
            }
        }
        return kept
    }
}
