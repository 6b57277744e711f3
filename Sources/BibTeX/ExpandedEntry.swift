/// An entry with `@string` names replaced, its field values still in LaTeX.
struct ExpandedEntry: Sendable {
    var type: String
    var key: String
    /// LaTeX values by lowercase field name.
    var fields: [String: String]
    var fieldLocations: [String: BibLocation]
    var location: BibLocation
    var raw: String
}
