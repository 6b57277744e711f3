/// Tick years for a year axis: whole years every 1, 2, 5, 10, 20, 25, 50, 100 … years,
/// the smallest step that gives at most `maxCount` ticks.
package enum YearTicks {
    /// The steps tried, smallest first; beyond 1000 the 1-2-5 pattern continues.
    package static let steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]

    /// The step for years `first` to `last`.
    package static func step(from first: Int, to last: Int, maxCount: Int = 8) -> Int {
        let low = clamped(min(first, last))
        let high = clamped(max(first, last))
        let limit = max(1, maxCount)
        var candidates = steps
        var scale = 1000
        while scale <= 1_000_000 {
            scale *= 10
            candidates += [scale / 5, scale / 2, scale]
        }
        for step in candidates where multipleRange(of: step, from: low, to: high).count <= limit {
            return step
        }
        return candidates[candidates.count - 1]
    }

    /// The tick years from `first` to `last`: the multiples of `step(from:to:)`.
    /// A single year is its own tick.
    package static func ticks(from first: Int, to last: Int, maxCount: Int = 8) -> [Int] {
        let step = step(from: first, to: last, maxCount: maxCount)
        let low = clamped(min(first, last))
        let high = clamped(max(first, last))
        let years = multiples(of: step, from: low, to: high)
        return years.isEmpty ? [low] : years
    }

    private static func multiples(of step: Int, from low: Int, to high: Int) -> [Int] {
        multipleRange(of: step, from: low, to: high).map { $0 * step }
    }

    /// The indices k with low ≤ k × step ≤ high; counted without listing them, since a
    /// small step over a long span would be millions of years.
    private static func multipleRange(of step: Int, from low: Int, to high: Int) -> Range<Int> {
        // Integer division truncates towards zero; these round the right way for
        // negative (BCE) years too.
        let firstIndex = low >= 0 ? (low + step - 1) / step : -((-low) / step)
        let lastIndex = high >= 0 ? high / step : -((-high + step - 1) / step)
        return firstIndex <= lastIndex ? firstIndex..<(lastIndex + 1) : firstIndex..<firstIndex
    }

    /// Years far outside history are clamped so that no arithmetic here can overflow.
    private static func clamped(_ year: Int) -> Int {
        min(max(year, -10_000_000), 10_000_000)
    }
}
