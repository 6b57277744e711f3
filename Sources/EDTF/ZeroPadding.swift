/// Decimal digits of `value`, left-padded with zeros to at least `width` characters.
///
/// Written by hand because the module avoids Foundation's `String(format:)`.
func zeroPadded<Number: BinaryInteger>(_ value: Number, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
