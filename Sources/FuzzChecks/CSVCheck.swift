import StrictCSV

extension FuzzCheck {
    /// `StrictCSVReader.read` on the text, then `CSVValueParser.parse` on every cell (and on
    /// the whole text when it is short). Rows must match the header's width, diagnostics must
    /// be sorted, a missing table must come with a diagnostic, and every accepted number must
    /// be finite and equal to `Double(cell)`.
    package static func csv(_ bytes: [UInt8]) -> [String] {
        let text = Self.text(bytes)
        var problems = Problems()
        let (table, diagnostics) = StrictCSVReader.read(text)
        problems.expect(table != nil || !diagnostics.isEmpty, "no table and no diagnostic")
        problems.expect(diagnostics.isNonDecreasing { $0.position }, "diagnostics are not sorted by position")
        for diagnostic in diagnostics {
            problems.expect(diagnostic.line >= 1 && diagnostic.column >= 1,
                            "diagnostic at \(diagnostic.position): \(diagnostic)")
        }
        var cells: [String] = text.unicodeScalars.count <= 64 ? [text] : []
        if let table {
            cells += table.header
            for row in table.rows {
                problems.expect(row.fields.count == table.header.count,
                                "row at line \(row.line) has \(row.fields.count) fields, header \(table.header.count)")
                problems.expect(row.positions.count == row.fields.count,
                                "row at line \(row.line) has \(row.positions.count) positions for \(row.fields.count) fields")
                cells += row.fields
            }
        }
        for cell in cells.prefix(256) {
            problems.list += csvValue(cell)
        }
        return problems.list
    }

    /// `CSVValueParser.parse` on one cell.
    package static func csvValue(_ cell: String) -> [String] {
        var problems = Problems()
        switch CSVValueParser.parse(cell) {
        case .success(.missing):
            problems.expect(CSVValueParser.missingMarkers.contains(cell), "\(cell.debugDescription) read as missing")
        case .success(.number(let value)):
            problems.expect(value.isFinite, "\(cell.debugDescription) read as \(value)")
            problems.expect(Double(cell).map { $0 == value } ?? false,
                            "\(cell.debugDescription) read as \(value), Double() says \(String(describing: Double(cell)))")
        case .failure(let problem):
            problems.expect(!problem.message.isEmpty && !problem.hint.isEmpty,
                            "empty message or hint for \(cell.debugDescription)")
            // The suggested spelling must itself be accepted.
            let marker = "write it without separators: "
            if problem.rule == .thousandsSeparator, let range = problem.hint.range(of: marker) {
                let plain = String(problem.hint[range.upperBound...])
                if case .success(.number) = CSVValueParser.parse(plain) {} else {
                    problems.list.append("suggested \(plain.debugDescription) for \(cell.debugDescription) is refused")
                }
            }
        }
        return problems.list
    }
}
