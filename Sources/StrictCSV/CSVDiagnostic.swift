/// One problem found in CSV text: which rule, where, what is wrong and what to do.
///
/// Every diagnostic is an error: a table read with diagnostics is incomplete.
package struct CSVDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The check that failed.
    package var rule: CSVRule
    /// What is wrong, in one sentence.
    package var message: String
    /// The 1-based line of the problem.
    package var line: Int
    /// The 1-based column of the problem, in Unicode scalars.
    package var column: Int
    /// What to do about it.
    package var hint: String

    package init(rule: CSVRule, message: String, at position: CSVPosition, hint: String) {
        self.rule = rule
        self.message = message
        self.line = position.line
        self.column = position.column
        self.hint = hint
    }

    /// The stable rule identifier, e.g. `csv-ragged-row`.
    package var ruleID: String { rule.rawValue }

    /// Where the problem is.
    package var position: CSVPosition { CSVPosition(line: line, column: column) }

    /// The diagnostic printed like a compiler's, prefixed with `file` when given.
    ///
    /// `data/trade.csv:3:7: error: row has 4 fields, but the header has 3 [csv-ragged-row]`
    /// followed by an indented `hint:` line.
    package func formatted(file: String? = nil) -> String {
        let place = file.map { "\($0):\(line):\(column)" } ?? "\(line):\(column)"
        return "\(place): error: \(message) [\(ruleID)]\n  hint: \(hint)"
    }

    package var description: String { formatted() }
}
