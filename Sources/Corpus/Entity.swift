import Diagnostics

/// A person, place, organization, agreement or named event: `Content/entities/<kind>/<slug>.md`.
package struct Entity: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case person, group, place, organization, agreement, event

        /// The folder under `Content/entities/` that holds this kind.
        package var folder: String {
            switch self {
            case .person: "people"
            case .group: "groups"
            case .place: "places"
            case .organization: "organizations"
            case .agreement: "agreements"
            case .event: "events"
            }
        }

        package var pluralTitle: String {
            switch self {
            case .person: "People"
            case .group: "Peoples and groups"
            case .place: "Places"
            case .organization: "Organizations"
            case .agreement: "Agreements"
            case .event: "Events"
            }
        }

        package init?(folder: String) {
            guard let kind = Kind.allCases.first(where: { $0.folder == folder }) else { return nil }
            self = kind
        }
    }

    package var slug: String
    package var kind: Kind
    package var name: String
    package var aliases: [String]
    package var description: String?
    /// EDTF strings as written; the linker checks them.
    package var dates: Located<String>?
    package var born: Located<String>?
    package var died: Located<String>?
    package var body: MarkdownSource

    package init(
        slug: String, kind: Kind, name: String, aliases: [String], description: String?,
        dates: Located<String>?, born: Located<String>?, died: Located<String>?, body: MarkdownSource
    ) {
        self.slug = slug
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.description = description
        self.dates = dates
        self.born = born
        self.died = died
        self.body = body
    }

    static func read(
        slug: String, kind: Kind, split: FrontMatterSplit, yaml: YAMLValue, file: String,
        diagnostics: inout [Diagnostic]
    ) -> Entity? {
        var fields = FieldReader(yaml, file: file)
        let name = fields.string("name", required: true)
        func located(_ key: String) -> Located<String>? {
            fields.string(key).map { Located($0, at: fields.location(of: key)) }
        }
        let entity = Entity(
            slug: slug, kind: kind, name: name ?? "", aliases: fields.strings("aliases"),
            description: fields.string("description"), dates: located("dates"),
            born: located("born"), died: located("died"),
            body: MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine))
        _ = fields.string("kind")  // allowed for readability; the folder decides
        diagnostics.append(contentsOf: fields.finish(kind: "an entity"))
        return name == nil ? nil : entity
    }
}
