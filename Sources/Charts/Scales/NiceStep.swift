/// A tick step of the form 1, 2, 2.5 or 5 × 10^k, held as integers so that ticks can
/// be computed without floating-point noise.
package struct NiceStep: Hashable, Sendable {
    /// 1, 2, 25 or 5; 2.5 × 10^k is stored as 25 × 10^(k-1).
    package let mantissa: Int
    package let exponent: Int

    /// The mantissas tried, smallest first.
    static let mantissas = [1, 2, 25, 5]

    package init(mantissa: Int, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The candidate steps with exponent `k`: 1, 2, 2.5 and 5 × 10^k.
    static func candidates(exponent k: Int) -> [NiceStep] {
        mantissas.map { NiceStep(mantissa: $0, exponent: $0 == 25 ? k - 1 : k) }
    }

    /// The step as a number.
    package var value: Double { multiple(1) }

    /// The digits after the decimal point that every multiple of this step needs.
    package var fractionDigits: Int { max(0, -exponent) }

    /// `count` × step, computed so that it is the double nearest the exact decimal
    /// (3 × 0.1 gives 0.3, not 0.30000000000000004).
    package func multiple(_ count: Int) -> Double {
        let (product, overflow) = count.multipliedReportingOverflow(by: mantissa)
        let whole = overflow ? Double(count) * Double(mantissa) : Double(product)
        // Dividing by an exact power of ten rounds once; multiplying by 0.1 would not.
        return exponent >= 0
            ? whole * Self.powerOfTen(exponent)
            : whole / Self.powerOfTen(-exponent)
    }

    /// 10^n for n ≥ 0, exact up to 10^22.
    private static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(n, 400) {
            result *= 10
        }
        return result
    }
}
