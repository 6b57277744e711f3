/// A parsed Markdown document as plain Swift values: no C pointer survives the parser.
package struct MarkdownDocument: Sendable, Equatable {
    package var blocks: [MarkdownBlock]
    /// Footnote definitions in the order of their first reference.
    package var footnotes: [MarkdownFootnote]
    /// Whether nesting deeper than the converter's budget was flattened to text.
    package var flattenedDeepNesting = false

    package init(blocks: [MarkdownBlock], footnotes: [MarkdownFootnote] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// A footnote definition: its label as written (`[^12]` gives "12") and its content.
package struct MarkdownFootnote: Sendable, Equatable {
    package var label: String
    package var blocks: [MarkdownBlock]

    package init(label: String, blocks: [MarkdownBlock]) {
        self.label = label
        self.blocks = blocks
    }
}

package enum TableAlignment: Sendable, Equatable {
    case none, left, center, right
}

/// A block-level element. `line` is the 1-based line in the Markdown text where it starts.
package indirect enum MarkdownBlock: Sendable, Equatable {
    case paragraph([MarkdownInline], line: Int)
    case heading(level: Int, [MarkdownInline], line: Int)
    case blockQuote([MarkdownBlock])
    case list(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]])
    case codeBlock(info: String, code: String, line: Int)
    /// Raw HTML; the parser only produces it when raw HTML is allowed.
    case html(String)
    case thematicBreak
    case table(alignments: [TableAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]])
}

/// An inline element. The cases after `footnoteReference` are made by the linker, never by
/// the parser, so that corpus features (page markers, citations) stay out of the C layer.
package indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
    /// Raw inline HTML; only produced when raw HTML is allowed.
    case html(String)
    case footnoteReference(label: String)
    /// A named place in the text, shown as a small marker (printed page starts).
    case anchor(id: String, label: String, cssClass: String)
    /// A span with a class, e.g. an `[illegible]` mark or a resolved citation.
    case span(cssClass: String, [MarkdownInline])
    /// A span with an id other pages link to (a citation's place, a mention).
    case identified(id: String, cssClass: String, [MarkdownInline])
    /// What a linker made of a run of text, already written as the HTML the writer would
    /// make of its pieces, with the text a reader sees in it (a heading's id and contents
    /// entry are made from that text).
    case rendered(html: String, text: String)
}

extension MarkdownInline {
    /// The text a reader sees, without markup (for heading ids, search and snippets).
    package var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .softBreak, .lineBreak: " "
        case .emphasis(let children), .strong(let children), .strikethrough(let children),
             .link(_, _, let children), .span(_, let children), .identified(_, _, let children):
            children.plainText
        case .image(_, _, let alt): alt.plainText
        case .rendered(_, let text): text
        case .html, .footnoteReference, .anchor: ""
        }
    }
}

extension Array where Element == MarkdownInline {
    package var plainText: String { map(\.plainText).joined() }
}

extension MarkdownBlock {
    /// The text of the block without markup.
    package var plainText: String {
        switch self {
        case .paragraph(let inlines, _), .heading(_, let inlines, _): inlines.plainText
        case .blockQuote(let blocks): blocks.map(\.plainText).joined(separator: "\n")
        case .list(_, _, _, let items):
            items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .codeBlock(_, let code, _): code
        case .html, .thematicBreak: ""
        case .table(_, let header, let rows):
            ([header] + rows).map { $0.map(\.plainText).joined(separator: " ") }
                .joined(separator: "\n")
        }
    }
}

/// Where a piece of text sits, so linkers can skip places they must not touch.
package struct TextContext: Sendable {
    package var inHeading = false
    package var inLink = false
    /// The footnote's label when the text is inside a footnote definition.
    package var footnote: String?
    /// The number of the top-level paragraph holding the text (p3 is 3), if any.
    package var paragraph: Int?
    /// The 1-based line in the body where the enclosing block starts.
    package var line: Int = 1
    /// The nearest heading before the text (its id is not known yet: its text).
    package var section: Int = 0

    package init() {}
}
