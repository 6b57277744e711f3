import Diagnostics

/// A lane of the timeline: one relationship or strand of events.
package struct Lane: Sendable, Equatable {
    package var id: String
    package var title: String
    package var description: String?
    package var location: SourceLocation
}

/// Where a source states an event, and how it words the date.
package struct Attestation: Sendable, Equatable {
    /// `articles/<slug>` or `documents/<slug>`.
    package var source: Located<String>
    /// `p3` (a paragraph) or `page-12` (a printed page).
    package var anchor: Located<String>?
    /// The date exactly as the source words it.
    package var says: String?
    /// This source's reading as EDTF, when it differs from the event's date.
    package var date: Located<String>?
    package var location: SourceLocation

    package init(
        source: Located<String>, anchor: Located<String>?, says: String?, date: Located<String>?,
        location: SourceLocation
    ) {
        self.source = source
        self.anchor = anchor
        self.says = says
        self.date = date
        self.location = location
    }
}

/// One dated event of `Content/timeline/*.yaml`.
package struct TimelineEvent: Sendable, Equatable {
    package var id: String
    package var date: Located<String>
    package var title: String
    package var summary: String?
    package var lanes: [Located<String>]
    package var entities: [Located<String>]
    package var attestations: [Attestation]
    package var location: SourceLocation
}

extension TimelineEvent {
    static func read(_ yaml: YAMLValue, file: String, diagnostics: inout [Diagnostic]) -> TimelineEvent? {
        var fields = FieldReader(yaml, file: file)
        let id = fields.string("id", required: true)
        let date = fields.string("date", required: true)
        let title = fields.string("title", required: true)
        var attestations: [Attestation] = []
        for item in fields.value("attestations")?.items ?? [] {
            var attestation = FieldReader(item, file: file)
            func located(_ key: String) -> Located<String>? {
                attestation.string(key).map { Located($0, at: attestation.location(of: key)) }
            }
            let source = located("source")
            if source == nil {
                _ = attestation.string("source", required: true)
            }
            let anchor = located("anchor")
            let says = attestation.string("says")
            let reading = located("date")
            _ = attestation.string("note")
            diagnostics.append(contentsOf: attestation.finish(kind: "an attestation"))
            if let source {
                attestations.append(Attestation(
                    source: source, anchor: anchor, says: says, date: reading,
                    location: item.location))
            }
        }
        if fields.has("attestations") == false {
            diagnostics.append(.warning(
                "event-unattested", "event \"\(id ?? "?")\" has no attestations",
                at: yaml.location, hint: "say which source states it: `attestations: [{source: …}]`"))
        }
        let event = TimelineEvent(
            id: id ?? "", date: Located(date ?? "", at: fields.location(of: "date")),
            title: title ?? "", summary: fields.string("summary"),
            lanes: fields.locatedStrings("lanes"), entities: fields.locatedStrings("entities"),
            attestations: attestations, location: yaml.location)
        diagnostics.append(contentsOf: fields.finish(kind: "an event"))
        return id == nil || date == nil || title == nil ? nil : event
    }
}

extension Lane {
    static func read(_ yaml: YAMLValue, file: String, diagnostics: inout [Diagnostic]) -> Lane? {
        var fields = FieldReader(yaml, file: file)
        let id = fields.string("id", required: true)
        let title = fields.string("title", required: true)
        let lane = Lane(
            id: id ?? "", title: title ?? "", description: fields.string("description"),
            location: yaml.location)
        diagnostics.append(contentsOf: fields.finish(kind: "a lane"))
        return id == nil || title == nil ? nil : lane
    }
}
