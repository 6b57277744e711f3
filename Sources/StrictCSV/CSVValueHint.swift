/// What to suggest for a cell that is not a number, by the mistake it most looks like.
enum CSVValueHint {
    private static let missingLookalikes: Set<String> = [
        "n/a", "N/A", "na", "Na", "N.A", "n.a", "NaN", "nan", "-", "--", "\u{2013}",
        "\u{2014}", "...", "\u{2026}", "?", "null", "NULL", "none", "None",
    ]

    /// A hint for `cell`, which `CSVValueParser` rejected.
    static func hint(for cell: String) -> String {
        let trimmed = cell.trimmingSpaces
        if missingLookalikes.contains(cell) {
            return "write N.A. for a missing value"
        }
        if trimmed != cell {
            return "remove the spaces around the value"
        }
        if cell.hasPrefix("+") {
            return "remove the plus sign"
        }
        if cell.contains("%") {
            return "write the number without the percent sign; the column type says it is "
                + "a percentage"
        }
        if let first = cell.unicodeScalars.first, "$€£¥₩₽".unicodeScalars.contains(first) {
            return "write the number without the currency sign; the data file's YAML "
                + "gives the currency"
        }
        if cell.hasPrefix(".") || cell.hasPrefix("-.") {
            return "write a digit before the decimal point, e.g. 0.5"
        }
        if cell.hasSuffix(".") {
            return "remove the trailing decimal point"
        }
        if cell.contains("e") || cell.contains("E") {
            return "write the number in full, without an exponent"
        }
        if cell.contains(",") {
            return "use a point as the decimal separator, e.g. 3.5"
        }
        if hasFootnoteMark(cell) {
            return "remove the footnote mark; record it in the YAML's corrections or notes"
        }
        return "write digits with an optional leading minus and decimal point "
            + "(e.g. -3.5), or N.A. for a missing value"
    }

    /// True for a plain number followed by footnote marks, as OCR'd tables print them:
    /// "110*", "12.5a", "7\u{2020}".
    private static func hasFootnoteMark(_ cell: String) -> Bool {
        let marks: Set<Unicode.Scalar> = ["*", "\u{2020}", "\u{2021}", "a", "b", "c"]
        let scalars = Array(cell.unicodeScalars)
        let number = scalars.reversed().drop(while: { marks.contains($0) }).reversed()
        return number.count < scalars.count
            && CSVValueParser.isPlainDecimal(Array(number)[...])
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and no-break spaces.
    fileprivate var trimmingSpaces: String {
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{A0}", "\u{2009}", "\u{202F}"]
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !spaces.contains($0) }),
              let last = scalars.lastIndex(where: { !spaces.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
