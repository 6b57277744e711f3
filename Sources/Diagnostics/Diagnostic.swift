/// How bad a problem is.
package enum Severity: String, Sendable, Codable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the input, with where it is and what to do about it.
package struct Diagnostic: Sendable, Hashable, Codable {
    package var severity: Severity
    /// A stable identifier of the check, e.g. `front-matter-missing-key`.
    package var rule: String
    package var message: String
    package var location: SourceLocation?
    package var hint: String?

    package init(
        _ severity: Severity, rule: String, _ message: String,
        at location: SourceLocation? = nil, hint: String? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.hint = hint
    }

    package static func error(
        _ rule: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, rule: rule, message, at: location, hint: hint)
    }

    package static func warning(
        _ rule: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, rule: rule, message, at: location, hint: hint)
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics print in file order; those without a location come first.
    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, nil): return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?):
            if l != r { return l < r }
            return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
        }
    }
}

/// A diagnostic can be thrown when a stage cannot go on.
extension Diagnostic: Error {}
