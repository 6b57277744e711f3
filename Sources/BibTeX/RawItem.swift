/// One piece of a field value before `@string` expansion: `{text}`, `"text"`, `1984`, `jan`.
enum ValuePart: Sendable, Hashable {
    case literal(String)
    case number(String)
    /// A `@string` name (lowercased) and the index of its first scalar, for diagnostics.
    case macro(String, at: Int)
}

/// A value as written: parts joined by `#`.
struct RawValue: Sendable, Hashable {
    var parts: [ValuePart]
}

/// A `name = value` pair as written inside an entry.
struct RawField: Sendable, Hashable {
    /// Lowercased field name.
    var name: String
    var value: RawValue
    /// Index of the field name's first scalar.
    var start: Int
}

/// An entry as written, before macros, LaTeX and crossrefs are resolved.
struct RawEntry: Sendable, Hashable {
    var type: String
    /// Empty when the key was missing (already reported).
    var key: String
    var fields: [RawField]
    /// From the `@` to just past the closing delimiter (or where reading stopped).
    var range: Range<Int>
}

/// What the parser found at each `@` it kept.
enum RawItem: Sendable, Hashable {
    case entry(RawEntry)
    /// A `@string` definition: lowercased name, value, index of the name.
    case string(String, RawValue, at: Int)
}
