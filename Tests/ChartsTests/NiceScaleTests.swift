import Testing
import TestSupport
@testable import Charts

/// The value-axis tick algorithm: nice steps, padded bounds, zero for bars, 4–8 ticks.
struct NiceScaleTests {
    @Test(arguments: [
        // (min, max, includeZero, expected tick labels)
        (0.0, 7.0, true, ["0", "2", "4", "6", "8"]),
        (0, 2_204, true, ["0", "500", "1,000", "1,500", "2,000", "2,500"]),
        (0.3, 0.9, false, ["0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"]),
        (0.3, 0.9, true, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        (-3, 7, true, ["-4", "-2", "0", "2", "4", "6", "8"]),
        (-50, -10, true, ["-50", "-40", "-30", "-20", "-10", "0"]),
        (0, 100, true, ["0", "20", "40", "60", "80", "100"]),
        (40, 360, false, ["0", "100", "200", "300", "400"]),
        (1_955, 1_978, false, ["1,955", "1,960", "1,965", "1,970", "1,975", "1,980"]),
        (0.001, 0.0042, false, ["0.001", "0.002", "0.003", "0.004", "0.005"]),
        (0.1 + 0.2, 0.7, false, ["0.3", "0.4", "0.5", "0.6", "0.7"]),
        (-1.5, 1.5, false, ["-1.5", "-1.0", "-0.5", "0.0", "0.5", "1.0", "1.5"]),
        (12_000_000, 98_000_000, true, ["0", "20,000,000", "40,000,000", "60,000,000",
                                        "80,000,000", "100,000,000"]),
    ])
    func choosesNiceTicks(_ low: Double, _ high: Double, _ zero: Bool, _ labels: [String]) {
        let scale = NiceScale(min: low, max: high, includeZero: zero)
        #expect(scale.tickLabels == labels)
        #expect(scale.lower == scale.ticks.first && scale.upper == scale.ticks.last)
    }

    @Test func singleValueIsCentred() {
        #expect(NiceScale(values: [5], includeZero: false).tickLabels
            == ["4.4", "4.6", "4.8", "5.0", "5.2", "5.4", "5.6"])
        #expect(NiceScale(values: [5], includeZero: true).tickLabels
            == ["0", "1", "2", "3", "4", "5"])
        #expect(NiceScale(values: [-5], includeZero: true).ticks.last == 0)
        #expect(NiceScale(values: [0], includeZero: false).tickLabels
            == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func allMissingIsZeroToOne() {
        for values in [[], [nil, nil], [Double.nan, .infinity, nil]] as [[Double?]] {
            let scale = NiceScale(values: values, includeZero: true)
            #expect(scale.lower == 0 && scale.upper == 1)
            #expect(NiceScale.tickCounts.contains(scale.ticks.count))
        }
    }

    @Test func ticksCarryNoFloatNoise() {
        let scale = NiceScale(min: 0.1, max: 0.7, includeZero: false)
        #expect(scale.ticks.contains(0.3))  // the double nearest 0.3, not 0.30000000000000004
        #expect(scale.tickLabels.allSatisfy { $0.count <= 3 })
    }

    @Test func manyRandomRangesKeepTheRules() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let magnitude = Double(Int(random.next() % 20)) - 8
            let scaleFactor = pow10(magnitude)
            let a = (Double(random.next() % 20_001) / 10_000 - 1) * scaleFactor
            let b = (Double(random.next() % 20_001) / 10_000 - 1) * scaleFactor
            let includeZero = random.next() % 2 == 0
            let scale = NiceScale(min: min(a, b), max: max(a, b), includeZero: includeZero)
            let context = "\(a)…\(b) zero: \(includeZero) → \(scale.tickLabels)"
            #expect(NiceScale.tickCounts.contains(scale.ticks.count), "\(context)")
            // Bounds may sit within a billionth of a step inside the data (float noise).
            let slack = (scale.upper - scale.lower) * 1e-9
            #expect(scale.lower <= min(a, b) + slack && scale.upper >= max(a, b) - slack,
                    "\(context)")
            if includeZero {
                #expect(scale.lower <= 0 && scale.upper >= 0, "\(context)")
            }
            #expect(Set(scale.tickLabels).count == scale.ticks.count, "\(context)")
            #expect(scale.tickLabels.allSatisfy { !$0.contains("e") && $0.count < 40 })
            let steps = zip(scale.ticks, scale.ticks.dropFirst()).map { $1 - $0 }
            let first = steps.first ?? 0
            #expect(steps.allSatisfy { abs($0 - first) <= abs(first) * 1e-9 }, "\(context)")
        }
    }

    @Test(arguments: [
        (1e300, 1e308), (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
        (tiny * 2_000, tiny * 2_000), (tiny, tiny * 2), (1e20, 1e20 + 1), (-1e-300, 1e-300),
    ])
    func extremeRangesNeitherCrashNorLie(_ low: Double, _ high: Double) {
        let scale = NiceScale(min: low, max: high, includeZero: false)
        #expect(scale.lower <= scale.upper)
        #expect(scale.ticks.count >= 2 && scale.ticks.allSatisfy(\.isFinite))
        #expect(scale.lower <= low && scale.upper >= high || scale.ticks.count == 2)
    }

    private static let tiny = Double.leastNonzeroMagnitude

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(abs(exponent)) {
            result = exponent < 0 ? result / 10 : result * 10
        }
        return result
    }
}
