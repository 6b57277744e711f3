import CommonMark
import Corpus
import Diagnostics
import Foundation

/// A body parsed into Swift values, before cross-references are linked.
package struct ParsedBody: Sendable, Equatable {
    package var source: MarkdownSource
    package var document: MarkdownDocument
    /// Printed pages that start in this body ("12", "xiii"), in order.
    package var pageMarkers: [String]
}

/// Parses one Markdown body and turns corpus conventions in its text into inline nodes:
/// `{{page 12}}` page markers and `[illegible]` marks.
package struct BodyParser: Sendable {
    package var limits: MarkdownLimits
    package var allowRawHTML: Bool
    /// Results of earlier parses, reused when the same text comes again (`serve`).
    package var cache: ParseCache?

    package init(limits: MarkdownLimits = .standard, allowRawHTML: Bool = false) {
        self.limits = limits
        self.allowRawHTML = allowRawHTML
    }

    package func parse(_ source: MarkdownSource, diagnostics: inout [Diagnostic]) -> ParsedBody {
        guard let cache else { return parseNow(source, diagnostics: &diagnostics) }
        let key = ParseKey(source: source, allowRawHTML: allowRawHTML)
        if let hit = cache.lookup(key) {
            diagnostics += hit.diagnostics
            return hit.body
        }
        var found: [Diagnostic] = []
        let body = parseNow(source, diagnostics: &found)
        cache.store(key, (body, found))
        diagnostics += found
        return body
    }

    /// Parses `source` and writes it as HTML in one walk (`MarkdownParser.render`), where
    /// nothing needs its tree: no parse is kept (`serve` keeps them), the text is within the
    /// limits, has no mark and nests no deeper than the converter flattens. Nil otherwise:
    /// `parse` it and write the tree; a parse would report nothing here.
    package func render(
        _ source: MarkdownSource, linkingText: HTMLWriter.TextHook?, writingText: HTMLWriter.TextWriter? = nil,
        topLevelBlock: (MarkdownBlock) -> MarkdownBlock
    ) -> RenderedMarkdown? {
        guard cache == nil, limits.check(source.text) == nil else { return nil }
        return MarkdownParser.render(
            source.text, allowRawHTML: allowRawHTML, noticing: Self.markStarts,
            linkingText: linkingText, writingText: writingText, topLevelBlock: topLevelBlock)
    }

    private func parseNow(_ source: MarkdownSource, diagnostics: inout [Diagnostic]) -> ParsedBody {
        if let violation = limits.check(source.text) {
            diagnostics.append(.error(
                "markdown-limit-\(violation.kind.rawValue)", violation.message,
                at: SourceLocation(file: source.file, line: source.firstLine + violation.line - 1),
                hint: "the file is refused rather than risk a parser that takes minutes"))
            return ParsedBody(source: source, document: MarkdownDocument(blocks: []), pageMarkers: [])
        }
        // The parser notes whether any text holds the start of a mark, so a body without one
        // (nearly all) is not walked again to look (that walk was 1% of a build).
        var (document, mayHaveMarks) = MarkdownParser.parse(
            source.text, allowRawHTML: allowRawHTML, noticing: Self.markStarts)
        if document.flattenedDeepNesting {
            diagnostics.append(.warning(
                "markdown-limit-nesting",
                "emphasis, links, lists or quotes nested more than \(MarkdownLimits.standard.maxNesting * 2) deep were flattened to text",
                at: SourceLocation(file: source.file, line: source.firstLine),
                hint: "simplify the markup; deep nesting is usually a mistake or hostile input"))
        }
        var markers: [String] = []
        // Most bodies have no page marker or illegible mark: looking costs no copy of the
        // tree, and rebuilding it for nothing was a tenth of parsing.
        guard mayHaveMarks,
              Self.hasMarks(document.blocks) || document.footnotes.contains(where: { Self.hasMarks($0.blocks) })
        else { return ParsedBody(source: source, document: document, pageMarkers: markers) }
        document.blocks = document.blocks.map { transform($0, markers: &markers) }
        document.footnotes = document.footnotes.map { footnote in
            var footnote = footnote
            footnote.blocks = footnote.blocks.map { transform($0, markers: &markers) }
            return footnote
        }
        return ParsedBody(source: source, document: document, pageMarkers: markers)
    }

    /// Whether `transform` would change anything: a text it reads holds a mark.
    static func hasMarks(_ blocks: [MarkdownBlock]) -> Bool {
        blocks.contains { block in
            switch block {
            case .paragraph(let inlines, _), .heading(_, let inlines, _): hasMarks(inlines)
            case .blockQuote(let blocks): hasMarks(blocks)
            case .list(_, _, _, let items): items.contains { hasMarks($0) }
            case .table(_, let header, let rows):
                header.contains { hasMarks($0) } || rows.contains { $0.contains { hasMarks($0) } }
            case .codeBlock, .html, .thematicBreak: false
            }
        }
    }

    private static func hasMarks(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .text(let text): hasMark(text)
            case .emphasis(let children), .strong(let children), .strikethrough(let children): hasMarks(children)
            default: false
            }
        }
    }

    private func transform(_ block: MarkdownBlock, markers: inout [String]) -> MarkdownBlock {
        switch block {
        case .paragraph(let inlines, let line):
            return .paragraph(transform(inlines, markers: &markers), line: line)
        case .heading(let level, let inlines, let line):
            return .heading(level: level, transform(inlines, markers: &markers), line: line)
        case .blockQuote(let blocks):
            return .blockQuote(blocks.map { transform($0, markers: &markers) })
        case .list(let ordered, let start, let tight, let items):
            return .list(
                ordered: ordered, start: start, tight: tight,
                items: items.map { $0.map { transform($0, markers: &markers) } })
        case .table(let alignments, let header, let rows):
            return .table(
                alignments: alignments, header: header.map { transform($0, markers: &markers) },
                rows: rows.map { $0.map { transform($0, markers: &markers) } })
        case .codeBlock, .html, .thematicBreak:
            return block
        }
    }

    private func transform(_ inlines: [MarkdownInline], markers: inout [String]) -> [MarkdownInline] {
        inlines.flatMap { inline -> [MarkdownInline] in
            switch inline {
            case .text(let text):
                return Self.expandText(text, markers: &markers)
            case .emphasis(let children):
                return [.emphasis(transform(children, markers: &markers))]
            case .strong(let children):
                return [.strong(transform(children, markers: &markers))]
            case .strikethrough(let children):
                return [.strikethrough(transform(children, markers: &markers))]
            default:
                return [inline]
            }
        }
    }

    // A constant pattern: it compiles or the build's own tests fail, so `try!` cannot hide input.
    private static let pattern = try! NSRegularExpression(
        pattern: #"\{\{page ([0-9]+|[ivxlcdm]+)\}\}|\[illegible[^\]]*\]"#)

    /// Whether the text may hold a page marker or an illegible mark. Both are ASCII, so the
    /// regular expression can only match where their bytes are (Foundation's `contains`
    /// here was 4% of a large build).
    static func hasMark(_ text: String) -> Bool {
        markStarts.contains { containsBytes(text, $0) }
    }

    /// What every page marker and illegible mark starts with.
    static let markStarts: [StaticString] = ["{{page", "[illegible"]

    /// Whether the UTF-8 of `text` contains the bytes of `needle`.
    static func containsBytes(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(needle) }
    }

    /// Splits text at page markers and illegible marks.
    static func expandText(_ text: String, markers: inout [String]) -> [MarkdownInline] {
        guard hasMark(text) else { return [.text(text)] }
        let nsText = text as NSString
        var result: [MarkdownInline] = []
        var cursor = 0
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            if match.range.location > cursor {
                result.append(.text(nsText.substring(
                    with: NSRange(location: cursor, length: match.range.location - cursor))))
            }
            let whole = nsText.substring(with: match.range)
            if match.range(at: 1).location != NSNotFound {
                let page = nsText.substring(with: match.range(at: 1))
                markers.append(page)
                result.append(.anchor(id: "page-\(page)", label: "p. \(page)", cssClass: "page-marker"))
            } else {
                result.append(.span(cssClass: "illegible", [.text(whole)]))
            }
            cursor = match.range.location + match.range.length
        }
        if cursor < nsText.length {
            result.append(.text(nsText.substring(from: cursor)))
        }
        return result
    }
}
