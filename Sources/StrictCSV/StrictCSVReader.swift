/// Reads RFC 4180 CSV text strictly: a header row is required and every problem is
/// reported with its line, column and a hint.
///
/// Accepted: a UTF-8 byte order mark (dropped), CRLF, LF or lone CR line ends, quoted
/// fields holding commas, doubled quotes and line breaks, a final line end, and blank
/// lines at the very end. Everything else that the lax readers let through (ragged
/// rows, stray or unclosed quotes, blank lines inside the data) is a diagnostic.
package enum StrictCSVReader {
    /// Reads `text` into a table and every problem found in it.
    ///
    /// - Returns: `table` is nil only when there is no usable header row (an empty file,
    ///   or a header with a broken quote). Otherwise it holds every record that matched
    ///   the header's shape; records with problems are left out. Non-empty
    ///   `diagnostics`, sorted by position, mean the table is incomplete and the file
    ///   must be treated as failed.
    package static func read(_ text: String) -> (table: CSVTable?, diagnostics: [CSVDiagnostic]) {
        let scalars = Array(text.unicodeScalars)
        let start = scalars.first == "\u{FEFF}" ? 1 : 0
        var scanner = CSVScanner(scalars: scalars, startIndex: start)
        var records: [CSVRecord] = []
        while let record = scanner.nextRecord() {
            records.append(record)
        }
        while records.last?.isBlank == true {
            records.removeLast()
        }
        var diagnostics = scanner.diagnostics
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            diagnostics.append(CSVDiagnostic(
                rule: .empty,
                message: records.isEmpty && scalars.count <= start
                    ? "the file is empty" : "the file holds only blank lines",
                at: CSVPosition(line: 1, column: 1),
                hint: "start with a header row naming each column, e.g. year,total"))
            return (nil, sorted(diagnostics))
        }
        for blank in records[..<headerIndex] {
            diagnostics.append(blankLine(blank, beforeHeader: true))
        }
        let header = records[headerIndex]
        diagnostics += CSVHeaderCheck.diagnostics(for: header)
        var rows: [CSVRow] = []
        for record in records[(headerIndex + 1)...] {
            if record.isBlank {
                diagnostics.append(blankLine(record, beforeHeader: false))
            } else if record.isDamaged {
                continue  // Its syntax problem is already reported.
            } else if record.fields.count != header.fields.count {
                diagnostics.append(ragged(record, expected: header.fields.count))
            } else {
                rows.append(CSVRow(line: record.line, fields: record.fields,
                                   positions: record.positions))
            }
        }
        let table = header.isDamaged ? nil : CSVTable(header: header.fields, rows: rows)
        return (table, sorted(diagnostics))
    }

    private static func blankLine(_ record: CSVRecord, beforeHeader: Bool) -> CSVDiagnostic {
        CSVDiagnostic(
            rule: .blankLine,
            message: beforeHeader ? "blank line before the header row" : "blank line",
            at: CSVPosition(line: record.line, column: 1),
            hint: beforeHeader
                ? "remove it: the first line must be the header row"
                : "remove it, or write N.A. in each column for a row with no data")
    }

    private static func ragged(_ record: CSVRecord, expected: Int) -> CSVDiagnostic {
        let count = record.fields.count
        let tooMany = count > expected
        let position = tooMany ? record.positions[expected] : record.end
        var hint = tooMany
            ? "quote a value that contains a comma (\"a, b\"), or add the column to the header"
            : "add the missing fields (write N.A. for a missing value)"
        if let open = record.firstMultilineField {
            hint = "the quoted field opened at \(open) runs over several lines; "
                + "check for a missing closing quote, or " + hint
        }
        return CSVDiagnostic(
            rule: .raggedRow,
            message: "row has \(count) field\(count == 1 ? "" : "s"), "
                + "but the header has \(expected)",
            at: position, hint: hint)
    }

    private static func sorted(_ diagnostics: [CSVDiagnostic]) -> [CSVDiagnostic] {
        // Stable: problems at the same place keep the order they were found in.
        diagnostics.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
    }
}
