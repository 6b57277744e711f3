import Foundation

/// A value axis with "nice" bounds and 4 to 8 ticks, stepping by 1, 2, 2.5 or 5 × 10^k.
///
/// The domain is widened to whole steps around the data; bar charts also include zero.
/// Among the steps that give 4 to 8 ticks, the one chosen keeps the tick count near 6,
/// wastes little of the axis on empty space, and prefers 1, 2 and 5 over 2.5.
package struct NiceScale: Hashable, Sendable {
    /// The bottom of the axis (the first tick).
    package let lower: Double
    /// The top of the axis (the last tick).
    package let upper: Double
    /// The tick values, from `lower` to `upper`.
    package let ticks: [Double]
    /// Digits after the decimal point in every tick label.
    package let fractionDigits: Int

    package static let tickCounts = 4...8

    /// The scale for `values`, ignoring nil, NaN and infinities. With no usable value
    /// the scale is 0 to 1.
    package init(values: [Double?], includeZero: Bool) {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        self.init(min: finite.min(), max: finite.max(), includeZero: includeZero)
    }

    /// The scale for data from `min` to `max` (nil for no data).
    package init(min dataMin: Double?, max dataMax: Double?, includeZero: Bool) {
        var low = dataMin ?? 0
        var high = dataMax ?? (dataMin ?? 1)
        if low > high { swap(&low, &high) }
        if includeZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            // One value (with zero included, that value is 0): show 0 to 1, or centre
            // the value on a span of a fifth of its size.
            let pad = abs(low) / 10
            (low, high) = low == 0 ? (0, 1) : (low - pad, high + pad)
        }
        if let best = Self.bestStep(low: low, high: high) {
            lower = best.step.multiple(best.first)
            upper = best.step.multiple(best.last)
            ticks = (best.first...best.last).map { best.step.multiple($0) }
            fractionDigits = best.step.fractionDigits
        } else {
            // Only for spans too small or too large for a decimal step (beyond ±1e300,
            // or a span lost in the precision of its values): show the data's ends.
            lower = low.isFinite ? low : -Double.greatestFiniteMagnitude
            upper = high.isFinite && high > lower ? high : lower.nextUp
            ticks = [lower, upper]
            fractionDigits = NumberText.fractionDigits(for: lower)
        }
    }

    /// The tick labels, all with the same number of decimals.
    package var tickLabels: [String] {
        ticks.map { NumberText.format($0, fractionDigits: fractionDigits) }
    }

    private struct Candidate {
        let step: NiceStep
        let first: Int
        let last: Int
        let score: Double
    }

    private static func bestStep(low: Double, high: Double) -> Candidate? {
        let span = high - low
        guard span.isFinite, span > 0, low.isFinite, high.isFinite else { return nil }
        // Spans near the limits of Double (denormals, ±1e308) have no decimal step.
        let magnitude = floor(log10(span / 7))
        guard magnitude.isFinite, abs(magnitude) <= 300 else { return nil }
        let smallest = Int(magnitude)
        var best: Candidate?
        for exponent in (smallest - 1)...(smallest + 2) {
            for step in NiceStep.candidates(exponent: exponent) {
                guard let candidate = candidate(step, low: low, high: high, span: span)
                else { continue }
                if best.map({ candidate.score < $0.score }) ?? true {
                    best = candidate
                }
            }
        }
        return best
    }

    private static func candidate(
        _ step: NiceStep, low: Double, high: Double, span: Double
    ) -> Candidate? {
        let size = step.value
        let firstIndex = floor(low / size)
        let lastIndex = ceil(high / size)
        guard abs(firstIndex) < 1e15, abs(lastIndex) < 1e15 else { return nil }
        var first = Int(firstIndex)
        var last = Int(lastIndex)
        // Division rounds either way (0.3 / 0.1 is 2.9999999999999996), so the bounds are
        // settled against the ticks themselves. Data within a billionth of a step past a
        // tick counts as on it, so that noise in sums (0.1 + 0.2) adds no empty tick.
        let tolerance = size * 1e-9
        if step.multiple(first + 1) <= low + tolerance { first += 1 }
        if step.multiple(first) > low + tolerance { first -= 1 }
        if step.multiple(last - 1) >= high - tolerance { last -= 1 }
        if step.multiple(last) < high - tolerance { last += 1 }
        let count = last - first + 1
        guard tickCounts.contains(count) else { return nil }
        let waste = (step.multiple(last) - step.multiple(first)) / span - 1
        let score = abs(Double(count) - 6) + 2 * waste + (step.mantissa == 25 ? 1 : 0)
        return Candidate(step: step, first: first, last: last, score: score)
    }
}
