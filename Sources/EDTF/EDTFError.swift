/// Why a string is not a valid EDTF level 0/1 value, where, and how to fix it.
///
/// `offset` counts `Character`s (grapheme clusters) from 0 at the start of the parsed text, so
/// a caller that knows where the text starts in a file line gets the column by adding it.
package struct EDTFError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A coarse classification, for callers and tests that branch on the cause.
    package enum Kind: Sendable, Hashable {
        /// The text is empty.
        case empty
        /// The text does not follow the EDTF syntax.
        case malformed
        /// A month field outside 01–12 and 21–24.
        case invalidMonth
        /// A day that does not exist in its month, such as 1981-02-29.
        case invalidDay
        /// A `?`, `~` or `%` somewhere other than the end of a date, or repeated.
        case misplacedQualifier
        /// An interval whose start begins after its end has finished.
        case reversedInterval
        /// Valid in EDTF, but outside levels 0 and 1 as supported here (times, level 2).
        case unsupported
        /// A year too large for this implementation (more than nine digits).
        case yearOutOfRange
    }

    /// The classification of the problem.
    package let kind: Kind
    /// What is wrong, in one lowercase sentence without a final period.
    package let message: String
    /// The 0-based `Character` offset of the first offending character.
    package let offset: Int
    /// How to fix it, often with corrected text.
    package let hint: String

    /// Creates an error; `offset` is a `Character` offset into the parsed text.
    package init(kind: Kind, message: String, offset: Int, hint: String) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.hint = hint
    }

    /// `"offset 8: February 1981 has only 28 days (hint: ...)"`.
    package var description: String {
        "offset \(offset): \(message) (hint: \(hint))"
    }
}
