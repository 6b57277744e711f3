/// A problem found while reading a .bib file: what, where, and what to do about it.
package struct BibDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    package enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    package let severity: Severity
    package let rule: BibRule
    package let message: String
    /// 1-based line of the problem.
    package let line: Int
    /// 1-based column, counted in Unicode scalars (see `BibLocation`).
    package let column: Int
    /// What to do about it, when there is something useful to say.
    package let hint: String?

    /// A diagnostic of `rule` at `location`.
    package init(
        _ severity: Severity, _ rule: BibRule, _ message: String,
        at location: BibLocation, hint: String? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.line = location.line
        self.column = location.column
        self.hint = hint
    }

    /// The stable rule identifier, such as `bibtex-syntax`.
    package var ruleID: String { rule.rawValue }

    package var location: BibLocation { BibLocation(line: line, column: column) }

    /// `12:5: error: message [rule-id]`, the way compilers print problems.
    package var description: String {
        "\(line):\(column): \(severity.rawValue): \(message) [\(ruleID)]"
    }
}
