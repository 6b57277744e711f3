/// Formats SVG coordinates: at most two decimals, no trailing zeros, no exponent.
///
/// Coordinates are rounded to 0.01 user units, far below what any screen or printer
/// shows, so that output is short and the same on every machine.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        // Clamped so that a wild coordinate from hostile data cannot overflow Int.
        let bounded = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let hundredths = Int((bounded * 100).rounded())
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = hundredths < 0 ? "-\(whole)" : "\(whole)"
        if fraction != 0 {
            let twoDigits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            text += "." + (fraction % 10 == 0 ? String(twoDigits.prefix(1)) : twoDigits)
        }
        return text
    }
}

extension Double {
    /// This coordinate formatted for SVG (see `SVGNumber`).
    var svg: String { SVGNumber.format(self) }
}
