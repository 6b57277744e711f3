/// Splits CSV text into records, reporting syntax problems as it goes.
///
/// The scanner never stops at a problem: it records a diagnostic, resynchronises at a
/// line end and carries on, so one bad quote cannot hide the rest of the file. It reads
/// each scalar at most a bounded number of times, so it cannot hang.
struct CSVScanner {
    private let scalars: [Unicode.Scalar]
    private var index: Int
    private var line = 1
    private var column = 1
    /// Syntax problems found so far, in the order they were found.
    private(set) var diagnostics: [CSVDiagnostic] = []

    /// A scanner over `scalars`, starting at `startIndex` (past a byte order mark).
    init(scalars: [Unicode.Scalar], startIndex: Int = 0) {
        self.scalars = scalars
        self.index = startIndex
    }

    /// The next record, or nil at the end of the text.
    mutating func nextRecord() -> CSVRecord? {
        guard index < scalars.count else { return nil }
        var record = CSVRecord(line: line)
        while true {
            let field = scanField()
            record.append(field)
            switch field.terminator {
            case .comma:
                continue
            case .lineEnd(let end), .endOfText(let end):
                record.end = end
                return record
            }
        }
    }

    // MARK: - Fields

    private mutating func scanField() -> CSVScannedField {
        index < scalars.count && scalars[index] == "\"" ? scanQuoted() : scanUnquoted()
    }

    private mutating func scanUnquoted() -> CSVScannedField {
        let start = position
        var text = String.UnicodeScalarView()
        var isDamaged = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "," {
                advance()
                return CSVScannedField(text: String(text), position: start,
                                       terminator: .comma, isDamaged: isDamaged)
            }
            if let end = consumeLineBreak() {
                return CSVScannedField(text: String(text), position: start,
                                       terminator: .lineEnd(end), isDamaged: isDamaged)
            }
            if scalar == "\"" && !isDamaged {
                isDamaged = true
                report(.badQuote, "double quote inside a field that is not quoted",
                       hint: Self.badQuoteHint(before: String(text)))
            }
            text.append(scalar)
            advance()
        }
        return CSVScannedField(text: String(text), position: start,
                               terminator: .endOfText(position), isDamaged: isDamaged)
    }

    private static func badQuoteHint(before text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" }) {
            return "remove the space before the opening quote"
        }
        return "quote the whole field and double each quote inside it, "
            + "e.g. \"say \"\"hi\"\"\""
    }

    private mutating func scanQuoted() -> CSVScannedField {
        let open = position
        let saved = (index: index, line: line, column: column)
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard index < scalars.count else {
                return recoverFromOpenQuote(at: open, saved: saved, closedAt: nil)
            }
            if scalars[index] == "\"" {
                if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                    text.append("\"")
                    advance()
                    advance()
                    continue
                }
                break
            }
            if consumeLineBreak() != nil {
                // Line ends inside a value are normalised so CRLF and LF files agree.
                text.append("\n")
                continue
            }
            text.append(scalars[index])
            advance()
        }
        let closing = position
        advance()
        var field = CSVScannedField(text: String(text), position: open, terminator: .comma,
                                    wasQuoted: true, spansLines: closing.line != open.line)
        if index >= scalars.count {
            field.terminator = .endOfText(position)
            return field
        }
        if scalars[index] == "," {
            advance()
            return field
        }
        if let end = consumeLineBreak() {
            field.terminator = .lineEnd(end)
            return field
        }
        if field.spansLines {
            // A quote that only "closes" lines later, with text after it, is almost
            // always an opening quote someone forgot to close: say so where it opened.
            return recoverFromOpenQuote(at: open, saved: saved, closedAt: closing)
        }
        return skipTextAfterQuote(field)
    }

    private mutating func skipTextAfterQuote(_ quoted: CSVScannedField) -> CSVScannedField {
        var field = quoted
        field.isDamaged = true
        let strayIsSpace = scalars[index] == " " || scalars[index] == "\t"
        report(.textAfterQuote, "text after the closing quote of a field",
               hint: strayIsSpace
                   ? "remove the space between the closing quote and the comma"
                   : "put the whole value inside the quotes, or double a quote meant "
                       + "as part of the value (\"\")")
        while index < scalars.count {
            if scalars[index] == "," {
                advance()
                field.terminator = .comma
                return field
            }
            if let end = consumeLineBreak() {
                field.terminator = .lineEnd(end)
                return field
            }
            advance()
        }
        field.terminator = .endOfText(position)
        return field
    }

    /// Reports the quote opened at `open` as unterminated, rewinds to just after it and
    /// ends the record at the end of that physical line, so later lines are read afresh.
    private mutating func recoverFromOpenQuote(
        at open: CSVPosition,
        saved: (index: Int, line: Int, column: Int),
        closedAt closing: CSVPosition?
    ) -> CSVScannedField {
        var message = "quoted field is never closed"
        if let closing {
            message = "quoted field is not closed on its line; the next quote, at "
                + "\(closing), is followed by more text"
        }
        let diagnostic = CSVDiagnostic(
            rule: .unterminatedQuote, message: message, at: open,
            hint: "add the closing double quote, or double a quote that is part of the "
                + "value (\"\")")
        diagnostics.append(diagnostic)
        index = saved.index
        line = saved.line
        column = saved.column
        advance()
        while index < scalars.count {
            if let end = consumeLineBreak() {
                return CSVScannedField(text: "", position: open, terminator: .lineEnd(end),
                                       wasQuoted: true, isDamaged: true)
            }
            advance()
        }
        return CSVScannedField(text: "", position: open, terminator: .endOfText(position),
                               wasQuoted: true, isDamaged: true)
    }

    // MARK: - Cursor

    private var position: CSVPosition { CSVPosition(line: line, column: column) }

    private mutating func advance() {
        index += 1
        column += 1
    }

    /// Consumes a CRLF, LF or lone CR at the cursor; returns where it started.
    private mutating func consumeLineBreak() -> CSVPosition? {
        guard index < scalars.count else { return nil }
        let start = position
        switch scalars[index] {
        case "\n":
            index += 1
        case "\r":
            index += 1
            if index < scalars.count && scalars[index] == "\n" { index += 1 }
        default:
            return nil
        }
        line += 1
        column = 1
        return start
    }

    private mutating func report(_ rule: CSVRule, _ message: String, hint: String) {
        diagnostics.append(CSVDiagnostic(rule: rule, message: message, at: position, hint: hint))
    }
}
