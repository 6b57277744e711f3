import Diagnostics

/// One "See also" entry as the source prints it. It resolves to a page by name, or names its
/// page explicitly (`{text: "…", page: entities/koreans}`), or says it refers to something
/// outside the corpus (`{text: "…", outside: true}`), which is shown as plain text without
/// a warning.
package struct SeeAlsoItem: Sendable, Equatable {
    package var text: String
    /// `articles/<slug>` or `entities/<slug>`, when given.
    package var page: String?
    package var outside: Bool
    package var location: SourceLocation

    static func read(_ value: YAMLValue?, file: String, diagnostics: inout [Diagnostic]) -> [SeeAlsoItem] {
        guard let value else { return [] }
        let items = value.items ?? [value]
        return items.compactMap { item in
            if let text = item.string {
                return SeeAlsoItem(text: text, page: nil, outside: false, location: item.location)
            }
            var fields = FieldReader(item, file: file)
            let text = fields.string("text", required: true)
            let page = fields.string("page")
            let outside = fields.flag("outside") ?? false
            diagnostics += fields.finish(kind: "a see-also item")
            return text.map { SeeAlsoItem(text: $0, page: page, outside: outside, location: item.location) }
        }
    }
}
