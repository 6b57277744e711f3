/// Reads numeric CSV cells strictly: plain decimal numbers or an explicit missing marker.
///
/// Accepted numbers match `-?[0-9]+(\.[0-9]+)?` ("12", "-3.5", "0.25"). The cells
/// `N.A.`, `NA`, `n.a.` and the empty cell are `.missing`. Anything else, including
/// thousands separators ("1,234"), exponents, signs other than a leading minus,
/// percent or currency signs and surrounding spaces, is a problem with a hint.
package enum CSVValueParser {
    /// The exact spellings that mean "no value".
    package static let missingMarkers: Set<String> = ["", "N.A.", "NA", "n.a."]

    /// The value of `cell`, or why it is not a number.
    package static func parse(_ cell: String) -> Result<CSVValue, CSVValueProblem> {
        if missingMarkers.contains(cell) { return .success(.missing) }
        let scalars = Array(cell.unicodeScalars)
        if isPlainDecimal(scalars[...]) {
            guard let value = Double(cell), value.isFinite else {
                return .failure(CSVValueProblem(
                    rule: .numberOutOfRange, message: "number \"\(cell)\" is too large",
                    hint: "scale the column (e.g. to millions) and say so in its unit"))
            }
            return .success(.number(value == 0 ? 0 : value))
        }
        if let plain = withoutThousandsSeparators(scalars) {
            return .failure(CSVValueProblem(
                rule: .thousandsSeparator,
                message: "number \"\(cell)\" uses thousands separators",
                hint: "write it without separators: \(plain)"))
        }
        return .failure(CSVValueProblem(
            rule: .notANumber, message: "\"\(cell)\" is not a number",
            hint: CSVValueHint.hint(for: cell)))
    }

    /// The value of `cell` found at `position`, or a diagnostic there.
    package static func parse(
        _ cell: String, at position: CSVPosition
    ) -> Result<CSVValue, CSVDiagnostic> {
        parse(cell).mapError { $0.diagnostic(at: position) }
    }

    /// True for `-?[0-9]+(\.[0-9]+)?`.
    static func isPlainDecimal(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = scalars
        if rest.first == "-" { rest = rest.dropFirst() }
        let integer = rest.prefix(while: isDigit)
        guard !integer.isEmpty else { return false }
        rest = rest.dropFirst(integer.count)
        guard let point = rest.first else { return true }
        guard point == "." else { return false }
        let fraction = rest.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }

    /// "1,234.5" or "1 234" as a plain number ("1234.5"), or nil if `scalars` is not a
    /// number grouped in threes by commas or (thin, non-breaking) spaces.
    private static func withoutThousandsSeparators(_ scalars: [Unicode.Scalar]) -> String? {
        let separators: Set<Unicode.Scalar> = [",", " ", "\u{2009}", "\u{202F}", "\u{A0}"]
        var body = scalars[...]
        let sign = body.first == "-" ? "-" : ""
        if !sign.isEmpty { body = body.dropFirst() }
        let pointIndex = body.firstIndex(of: ".") ?? body.endIndex
        let integer = body[..<pointIndex]
        let groups = integer.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard groups.count > 1,
              let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(isDigit) })
        else { return nil }
        let digits = groups.map { String(String.UnicodeScalarView($0)) }.joined()
        let fraction = body[pointIndex...]
        let plain = sign + digits + String(String.UnicodeScalarView(fraction))
        return isPlainDecimal(Array(plain.unicodeScalars)[...]) ? plain : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
