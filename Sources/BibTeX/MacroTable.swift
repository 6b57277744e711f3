/// The `@string` names in force while reading, starting with BibTeX's month names.
///
/// Expansion is bounded: each value is cut at `valueLimit` scalars and the whole file may
/// expand to at most `budget` scalars, so `@string` definitions that double each other
/// (the BibTeX form of a "billion laughs") cannot exhaust memory.
struct MacroTable {
    static let months: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April",
        "may": "May", "jun": "June", "jul": "July", "aug": "August",
        "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    let valueLimit: Int
    private var budget: Int
    private var values: [String: String] = MacroTable.months

    init(valueLimit: Int = 100_000, budget: Int) {
        self.valueLimit = valueLimit
        self.budget = budget
    }

    /// Defines or redefines a name; a later definition wins, as in BibTeX.
    mutating func define(_ name: String, as value: String) {
        values[name] = value
    }

    /// Joins a value's parts, replacing `@string` names by their text. An undefined name
    /// is reported and expands to nothing, as BibTeX does.
    /// `index` is where the field or definition starts, for reporting a value too long.
    mutating func expand(
        _ value: RawValue, at index: Int, in source: SourceText,
        diagnostics: inout [BibDiagnostic]
    ) -> String {
        var result = ""
        var length = 0
        for part in value.parts {
            let text: String
            switch part {
            case .literal(let literal), .number(let literal):
                text = literal
            case .macro(let name, let index):
                guard let defined = values[name] else {
                    diagnostics.append(BibDiagnostic(
                        .warning, .undefinedString, "undefined @string “\(name)”",
                        at: source.location(of: index),
                        hint: "define it with @string{\(name) = {...}} before this entry, "
                            + "or put the text in braces"))
                    continue
                }
                text = defined
            }
            let count = text.unicodeScalars.count
            guard length + count <= valueLimit, count <= budget else {
                diagnostics.append(BibDiagnostic(
                    .error, .valueTooLong,
                    "value grows past \(valueLimit) characters; the rest is dropped",
                    at: source.location(of: index),
                    hint: "check for @string definitions that repeat each other"))
                break
            }
            budget -= count
            length += count
            result += text
        }
        return result
    }
}
