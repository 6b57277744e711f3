/// One field as the scanner found it, and what ended it.
struct CSVScannedField {
    /// What ended a field.
    enum Terminator {
        /// A comma: another field of the same record follows.
        case comma
        /// A line end at the given position: the record is complete.
        case lineEnd(CSVPosition)
        /// The end of the text at the given position: the record is complete.
        case endOfText(CSVPosition)
    }

    var text: String
    var position: CSVPosition
    var terminator: Terminator
    var wasQuoted = false
    var isDamaged = false
    var spansLines = false
}
