import Foundation

/// One bibliography entry, with LaTeX already turned into Unicode.
package struct BibEntry: Sendable, Hashable, Identifiable {
    /// The citation key, as written.
    package let key: String
    package let type: BibEntryType
    /// Every field by lowercase name, values in Unicode with braces and markup removed.
    /// Fields inherited through `crossref` are included. URL-like fields (`url`, `doi`,
    /// `eprint`, `file`) are kept verbatim apart from unescaping `\_`, `\%`, `\&`, `\#`.
    package let fields: [String: String]
    package let authors: NameList
    package let editors: NameList
    package let translators: NameList
    /// Where the entry's `@` is.
    package let location: BibLocation
    /// Where each field written in this entry begins (inherited fields have none).
    package let fieldLocations: [String: BibLocation]
    /// The entry's source text from `@` to its closing brace, for showing the BibTeX.
    package let raw: String
    /// `fields` trimmed, without the empty ones: what the subscript answers. Made once; the
    /// formatters and exports read fields thousands of times a build, and Foundation's
    /// trimming on every read was about 1% of a build's CPU.
    private let trimmedFields: [String: String]

    package init(
        key: String, type: BibEntryType, fields: [String: String],
        authors: NameList = [], editors: NameList = [], translators: NameList = [],
        location: BibLocation = BibLocation(line: 1, column: 1),
        fieldLocations: [String: BibLocation] = [:], raw: String = ""
    ) {
        self.key = key
        self.type = type
        self.fields = fields
        self.authors = authors
        self.editors = editors
        self.translators = translators
        self.location = location
        self.fieldLocations = fieldLocations
        self.raw = raw
        trimmedFields = fields.compactMapValues { value in
            // A value that starts and ends with an ASCII character other than white space
            // trims to itself (trimming looks at the first and last scalars); Foundation only
            // for the others.
            if let first = value.utf8.first, let last = value.utf8.last,
               Self.isASCIIText(first), Self.isASCIIText(last) { return value }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    package var id: String { key }

    /// An ASCII byte that is not white space or a newline as `trimmingCharacters` sees them.
    private static func isASCIIText(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// The field's value with surrounding white space trimmed, or nil when absent or empty.
    package subscript(field: String) -> String? {
        trimmedFields[field.lowercased()]
    }
}
