/// Why a cell is not a number, before it is tied to a place in a file.
package struct CSVValueProblem: Error, Hashable, Sendable {
    /// The check that failed.
    package var rule: CSVRule
    /// What is wrong.
    package var message: String
    /// What to do about it.
    package var hint: String

    package init(rule: CSVRule, message: String, hint: String) {
        self.rule = rule
        self.message = message
        self.hint = hint
    }

    /// This problem as a diagnostic at `position`.
    package func diagnostic(at position: CSVPosition) -> CSVDiagnostic {
        CSVDiagnostic(rule: rule, message: message, at: position, hint: hint)
    }
}
