/// One data record of a CSV table, with the place each field starts.
package struct CSVRow: Hashable, Sendable {
    /// The 1-based line on which the record starts.
    package var line: Int
    /// The field values, unquoted; a quoted line break is always `"\n"`.
    package var fields: [String]
    /// Where each field starts (the opening quote, for a quoted field).
    package var positions: [CSVPosition]

    package init(line: Int, fields: [String], positions: [CSVPosition]? = nil) {
        self.line = line
        self.fields = fields
        // Without explicit positions, assume a one-line record; good enough for
        // rows built by hand in tests.
        self.positions = positions ?? fields.indices.map { _ in
            CSVPosition(line: line, column: 1)
        }
    }

    /// Where field `index` starts, or the start of the row if there is no such field.
    package func position(ofField index: Int) -> CSVPosition {
        positions.indices.contains(index)
            ? positions[index]
            : CSVPosition(line: line, column: 1)
    }
}
