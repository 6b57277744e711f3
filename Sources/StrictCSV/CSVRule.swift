/// The stable identifiers of every check made by `StrictCSVReader` and `CSVValueParser`.
///
/// The raw value is what a build log prints in brackets, e.g. `[csv-ragged-row]`.
package enum CSVRule: String, Sendable, CaseIterable {
    /// The file has no header row: it is empty, or holds only a BOM or blank lines.
    case empty = "csv-empty"
    /// A row has more or fewer fields than the header.
    case raggedRow = "csv-ragged-row"
    /// A quoted field is never closed.
    case unterminatedQuote = "csv-unterminated-quote"
    /// A double quote appears inside a field that does not start with one.
    case badQuote = "csv-bad-quote"
    /// Characters follow the closing quote of a field before the comma or line end.
    case textAfterQuote = "csv-text-after-quote"
    /// An empty line before the last record.
    case blankLine = "csv-blank-line"
    /// A header field is empty.
    case emptyHeader = "csv-empty-header"
    /// Two header fields have the same name.
    case duplicateHeader = "csv-duplicate-header"
    /// Every header field is a number: the header row is probably missing.
    case headerLooksLikeData = "csv-header-looks-like-data"
    /// A numeric cell uses thousands separators ("1,234").
    case thousandsSeparator = "csv-thousands-separator"
    /// A numeric cell is neither a plain decimal number nor a missing-value marker.
    case notANumber = "csv-not-a-number"
    /// A numeric cell is too large to be represented.
    case numberOutOfRange = "csv-number-out-of-range"
}
