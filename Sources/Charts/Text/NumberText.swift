import Foundation

/// Formats numbers for people, the same way on every machine.
///
/// Style: ASCII hyphen-minus for negatives (so values copied from the data table paste
/// into a spreadsheet), a point for decimals, and a comma between thousands
/// ("12,345.5"), which readers of English-language tables expect. Years are not
/// numbers here and are printed without separators elsewhere. "-0" prints as "0".
package enum NumberText {
    /// The most decimals `format(_:)` ever shows.
    package static let maximumFractionDigits = 6

    /// `value` with exactly `fractionDigits` decimals, rounded: 0.1 + 0.2 → "0.3".
    package static func format(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return "N.A." }
        let digits = min(max(fractionDigits, 0), 20)
        // printf rounds the exact binary value correctly and identically everywhere.
        var text = String(format: "%.\(digits)f", value)
        var negative = false
        if text.hasPrefix("-") {
            text.removeFirst()
            negative = text.contains { $0 != "0" && $0 != "." }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integer = grouped(String(parts[0]))
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + integer + fraction
    }

    /// `value` with as few decimals as show it exactly, up to six: 12.50 → "12.5".
    package static func format(_ value: Double) -> String {
        format(value, fractionDigits: fractionDigits(for: value))
    }

    /// The fewest decimals (at most six) that show `value` without visible rounding.
    package static func fractionDigits(for value: Double) -> Int {
        guard value.isFinite else { return 0 }
        var scaled = value
        for digits in 0..<maximumFractionDigits {
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) {
                return digits
            }
            scaled *= 10
        }
        return maximumFractionDigits
    }

    /// "1234567" → "1,234,567".
    private static func grouped(_ digits: String) -> String {
        let characters = Array(digits)
        var result = ""
        for (offset, character) in characters.enumerated() {
            if offset > 0 && (characters.count - offset) % 3 == 0 {
                result.append(",")
            }
            result.append(character)
        }
        return result
    }
}
