import Diagnostics

/// A page designed for paper: `Content/handouts/<slug>.md`. Its front matter chooses what it
/// gathers from the corpus; its body adds the author's text.
package struct Handout: Sendable, Equatable {
    /// Events of a lane (or all lanes) within a period, or chosen by id.
    package struct EventSelection: Sendable, Equatable {
        package var lane: Located<String>?
        package var from: Located<String>?
        package var to: Located<String>?
        package var ids: [Located<String>]
    }

    package var slug: String
    package var title: String
    package var subtitle: String?
    /// Pages whose summary the handout opens with: `articles/<slug>` or `documents/<slug>`.
    package var summaryOf: [Located<String>]
    package var events: EventSelection?
    /// A chart request (`series`, `kind`, `columns`, `events`, `title`), read by the linker.
    package var chart: YAMLValue?
    package var entities: [Located<String>]
    package var references: [Located<String>]
    /// The length the handout is designed for, checked when it is printed to PDF.
    package var maxPages: Int
    package var body: MarkdownSource
    package var location: SourceLocation

    static func read(
        slug: String, split: FrontMatterSplit, yaml: YAMLValue, file: String, diagnostics: inout [Diagnostic]
    ) -> Handout? {
        var fields = FieldReader(yaml, file: file)
        let title = fields.string("title", required: true)
        var events: EventSelection?
        if let value = fields.value("events") {
            var eventFields = FieldReader(value, file: file)
            func located(_ key: String) -> Located<String>? {
                eventFields.string(key).map { Located($0, at: eventFields.location(of: key)) }
            }
            events = EventSelection(
                lane: located("lane"), from: located("from"), to: located("to"),
                ids: eventFields.locatedStrings("ids"))
            diagnostics += eventFields.finish(kind: "a handout's events")
        }
        let maxPagesText = fields.string("max_pages") ?? "2"
        let maxPages = Int(maxPagesText) ?? 2
        if Int(maxPagesText) == nil {
            diagnostics.append(.error(
                "front-matter-type", "\"max_pages\" must be a whole number, not \"\(maxPagesText)\"",
                at: fields.location(of: "max_pages")))
        }
        let handout = Handout(
            slug: slug, title: title ?? "", subtitle: fields.string("subtitle"),
            summaryOf: fields.locatedStrings("summary_of"), events: events, chart: fields.value("chart"),
            entities: fields.locatedStrings("entities"), references: fields.locatedStrings("references"),
            maxPages: maxPages,
            body: MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine),
            location: yaml.location)
        diagnostics += fields.finish(kind: "a handout")
        return title == nil ? nil : handout
    }
}
