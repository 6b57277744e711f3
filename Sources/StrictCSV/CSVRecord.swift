/// One record as the scanner found it, before it is checked against the header.
struct CSVRecord {
    /// The line the record starts on.
    var line: Int
    var fields: [String] = []
    var positions: [CSVPosition] = []
    /// Where the line end (or end of text) that closed the record is.
    var end: CSVPosition
    /// True when a syntax diagnostic was reported inside the record.
    var isDamaged = false
    /// True when any field was quoted.
    var hasQuotedField = false
    /// The opening quote of the first quoted field that spans more than one line.
    var firstMultilineField: CSVPosition?

    init(line: Int) {
        self.line = line
        self.end = CSVPosition(line: line, column: 1)
    }

    /// A line with nothing on it at all.
    var isBlank: Bool {
        !hasQuotedField && fields.count == 1 && fields[0].isEmpty
    }

    mutating func append(_ field: CSVScannedField) {
        fields.append(field.text)
        positions.append(field.position)
        isDamaged = isDamaged || field.isDamaged
        hasQuotedField = hasQuotedField || field.wasQuoted
        if field.spansLines && firstMultilineField == nil {
            firstMultilineField = field.position
        }
    }
}
