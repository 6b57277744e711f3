import Diagnostics

/// A long document split in parts: `Content/documents/<slug>/`.
package struct Document: Sendable, Equatable {
    package var slug: String
    package var title: String
    package var authors: [String]
    /// The references.bib key of the document itself.
    package var source: Located<String>?
    /// Bibliographic facts as printed (report number, contract, date, sponsor, …), in a
    /// fixed order, for the document's title page.
    package var metadata: [(label: String, value: String)]
    package var tags: [String]
    package var summary: String?
    /// The parts in reading order; the first is the opening part held in `index.md`.
    package var parts: [DocumentPart]

    package static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.slug == rhs.slug && lhs.title == rhs.title && lhs.parts == rhs.parts
            && lhs.metadata.map(\.label) == rhs.metadata.map(\.label)
            && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
    }

    static let metadataKeys: [(key: String, label: String)] = [
        ("report_number", "Report number"), ("date", "Date"), ("publisher", "Publisher"),
        ("place", "Place"), ("sponsor", "Sponsor"), ("contract", "Contract"),
        ("distribution", "Distribution"),
    ]
}

/// One part of a document: `index.md` (the opening part) or `NN-<slug>.md`.
package struct DocumentPart: Sendable, Equatable {
    /// `index` for the opening part, else the file name without its `NN-` prefix.
    package var slug: String
    package var title: String
    package var section: String?
    package var summary: String?
    package var body: MarkdownSource
}

extension Document {
    static func readIndex(
        slug: String, split: FrontMatterSplit, yaml: YAMLValue, file: String,
        diagnostics: inout [Diagnostic]
    ) -> Document? {
        var fields = FieldReader(yaml, file: file)
        let title = fields.string("title", required: true)
        var metadata: [(label: String, value: String)] = []
        for (key, label) in metadataKeys {
            if let value = fields.string(key) { metadata.append((label, value)) }
        }
        let partTitle = fields.string("part_title") ?? "Introduction"
        let document = Document(
            slug: slug, title: title ?? "", authors: fields.strings("authors"),
            source: fields.string("source").map { Located($0, at: fields.location(of: "source")) },
            metadata: metadata, tags: fields.strings("tags"), summary: fields.string("summary"),
            parts: [DocumentPart(
                slug: "index", title: partTitle, section: nil, summary: nil,
                body: MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine))])
        diagnostics.append(contentsOf: fields.finish(kind: "a document index"))
        return title == nil ? nil : document
    }

    static func readPart(
        slug: String, split: FrontMatterSplit, yaml: YAMLValue, file: String,
        diagnostics: inout [Diagnostic]
    ) -> DocumentPart? {
        var fields = FieldReader(yaml, file: file)
        let title = fields.string("title", required: true)
        let part = DocumentPart(
            slug: slug, title: title ?? "", section: fields.string("section"),
            summary: fields.string("summary"),
            body: MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine))
        diagnostics.append(contentsOf: fields.finish(kind: "a document part"))
        return title == nil ? nil : part
    }
}
