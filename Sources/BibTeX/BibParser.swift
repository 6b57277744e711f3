/// Splits .bib source into entries and `@string` definitions, skipping `@comment`,
/// `@preamble` and text between entries.
///
/// It never stops at an error: each problem becomes a diagnostic and reading resumes at
/// the next field or the next entry. Every loop advances or returns, so it cannot hang.
struct BibParser {
    let source: SourceText
    var position = 0
    /// Just past the last value part read, where a missing comma is reported.
    var valueEnd = 0
    private(set) var diagnostics: [BibDiagnostic] = []
    private(set) var items: [RawItem] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Reads the whole file.
    mutating func parse() -> [RawItem] {
        while skipToNextItem() {
            parseItem()
        }
        return items
    }

    /// The scalar at the reading position, or nil at the end.
    var current: Unicode.Scalar? { source[position] }

    mutating func append(_ item: RawItem) {
        items.append(item)
    }

    /// Syntax problems reported per file; past this a hostile file would only fill memory.
    static let maxDiagnostics = 500

    mutating func report(
        _ message: String, at index: Int, hint: String? = nil,
        severity: BibDiagnostic.Severity = .error, rule: BibRule = .syntax
    ) {
        guard diagnostics.count <= Self.maxDiagnostics else { return }
        let location = source.location(of: index)
        if diagnostics.count == Self.maxDiagnostics {
            diagnostics.append(BibDiagnostic(
                .error, .syntax, "too many syntax problems; the rest are not reported",
                at: location, hint: "fix the problems above and read the file again"))
            return
        }
        diagnostics.append(BibDiagnostic(severity, rule, message, at: location, hint: hint))
    }

    /// Moves to the next `@`, skipping `%` comment lines and other text, which BibTeX
    /// ignores. Text that looks like a piece of an entry is reported once per stretch.
    private mutating func skipToNextItem() -> Bool {
        var reported = false
        while let scalar = current {
            switch scalar {
            case "@":
                return true
            case "%":
                skipLine()
            case "{", "}", "=", "\"":
                if !reported {
                    reported = true
                    report(
                        "text outside any entry is ignored, but “\(scalar)” suggests it "
                            + "belongs to one", at: position,
                        hint: "check that the entry above is closed in the right place",
                        severity: .warning, rule: .strayText)
                }
                position += 1
            default:
                position += 1
            }
        }
        return false
    }

    /// Parses what follows an `@`.
    private mutating func parseItem() {
        let start = position
        position += 1
        skipSpace()
        let type = readIdentifier()
        guard !type.isEmpty else {
            report(
                "expected an entry type after “@”", at: start,
                hint: "entries look like @article{key, title = {...}}")
            return
        }
        skipSpace()
        switch type.lowercased() {
        case "comment": skipComment()
        case "preamble": parsePreamble(start: start)
        case "string": parseStrings(start: start)
        default: parseEntry(type: type, start: start)
        }
    }

    /// Expects `{` or `(` and returns the matching closer.
    mutating func openDelimiter(after type: String) -> Unicode.Scalar? {
        guard let scalar = current, scalar == "{" || scalar == "(" else {
            report(
                "expected “{” after “@\(type)”", at: position,
                hint: "write @\(type){ ... } with the whole item inside the braces")
            return nil
        }
        position += 1
        return scalar == "{" ? "}" : ")"
    }

    /// `@comment{...}` skips a balanced group; a bare `@comment` just the word.
    private mutating func skipComment() {
        if current == "{" {
            _ = readBraced()
        } else if current == "(" {
            var depth = 0
            while let scalar = current {
                position += 1
                if scalar == "(" { depth += 1 }
                if scalar == ")" { depth -= 1 }
                if depth == 0 { return }
            }
        }
    }
}
