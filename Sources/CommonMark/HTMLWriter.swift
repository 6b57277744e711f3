import Foundation

/// What the writer should add to the plain HTML of a Markdown body.
package struct HTMLRenderOptions: Sendable, Equatable {
    /// Give top-level paragraphs ids `p1`, `p2`, … so other pages can point at a paragraph.
    package var numberParagraphs: Bool
    /// Ids that are already taken on the page (so heading ids never collide with them).
    package var reservedIDs: Set<String>

    package init(numberParagraphs: Bool = true, reservedIDs: Set<String> = []) {
        self.numberParagraphs = numberParagraphs
        self.reservedIDs = reservedIDs
    }
}

/// A heading as it appears in a page's table of contents.
package struct HeadingInfo: Sendable, Equatable {
    package var level: Int
    package var id: String
    package var text: String
}

/// A Markdown body turned into HTML, with what the rest of the build needs to know about it.
package struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML as UTF-8, as the writer made it: pages and the search index read these bytes
    /// (a String of every body, whose bytes Swift checks again, was 2% of a build's CPU).
    package var utf8: [UInt8]
    package var headings: [HeadingInfo]
    /// Every `id` the HTML defines.
    package var ids: [String]

    /// The HTML as a String, made on each call (tests and the few places that edit HTML).
    package var html: String { String(decoding: utf8, as: UTF8.self) }

    package init(utf8: [UInt8], headings: [HeadingInfo], ids: [String]) {
        self.utf8 = utf8
        self.headings = headings
        self.ids = ids
    }

    package init(html: String, headings: [HeadingInfo], ids: [String]) {
        self.init(utf8: Array(html.utf8), headings: headings, ids: ids)
    }
}

/// Renders `MarkdownDocument` values to HTML. Pure Swift, so pages render in parallel.
package struct HTMLWriter {
    private var options: HTMLRenderOptions
    /// The HTML so far, as UTF-8 bytes (appending bytes is cheaper than growing a String).
    package var output = HTMLBytes()
    private var usedIDs: Set<String>
    private var ids: [String] = []
    private var headings: [HeadingInfo] = []
    /// Top-level paragraphs so far that are not only page markers: their ids (`p1`, `p2`, …)
    /// and the hook's `context.paragraph`.
    private var paragraphs = 0
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var tableCount = 0
    /// Called with every text run the linker may rewrite, and where it sits; its inlines are
    /// written instead of the text (not passed to it again).
    private var linkText: TextHook?
    /// Writes runs of text itself, before the hook is asked (`TextWriter`).
    private var writeLinkedText: TextWriter?
    /// Where the text being written sits, as the hook sees it.
    package internal(set) var context = TextContext()
    /// Where the run the text writer is given stops being ASCII, when the writer knows it
    /// (`writeText(_:firstNonASCII:)`); nil otherwise.
    package private(set) var runFirstNonASCII: Int?

    package init(options: HTMLRenderOptions = HTMLRenderOptions()) {
        self.options = options
        // The notes section's heading has a fixed id; a heading in the text whose slug is the
        // same gets another (found by fuzzing: "# footnotes-heading" gave two equal ids).
        self.usedIDs = options.reservedIDs.union([Self.footnotesHeadingID])
    }

    static let footnotesHeadingID = "footnotes-heading"

    /// Rewrites one run of text into inlines (citations, mentions) as it is written; nil
    /// when the run stays as it is (most runs: no array is made for them).
    package typealias TextHook = (_ text: String, _ context: TextContext) -> [MarkdownInline]?

    /// Writes one run of text (valid UTF-8, outside headings, in `writer.context`) as HTML
    /// into `writer.output`, as the writer would write what the hook makes of it, and says
    /// whether it did; when it did not, it wrote and changed nothing, and the hook gets the
    /// run. Linkers write most runs this way: no String, array or inline is made for them
    /// (docs/performance.md). Headings always go through the hook: their id and contents
    /// entry come from its inlines.
    package typealias TextWriter = (_ text: UnsafeBufferPointer<UInt8>, _ writer: inout HTMLWriter) -> Bool

    /// `linkingText`, when given, rewrites the text runs as they are written, in document
    /// order, with the context `InlineRewriter` gives them: the same HTML as writing the
    /// document `InlineRewriter(linkingText).apply` makes, without building that copy.
    /// `writingText` writes the runs it takes itself (only with `linkingText`).
    package static func render(
        _ document: MarkdownDocument, options: HTMLRenderOptions = HTMLRenderOptions(),
        linkingText: TextHook? = nil, writingText: TextWriter? = nil
    ) -> RenderedMarkdown {
        var writer = HTMLWriter(body: options, linkingText: linkingText, writingText: writingText)
        writer.writeTopLevel(document.blocks)
        writer.writeFootnotes(document.footnotes)
        return writer.finished()
    }

    /// The room to reserve for the HTML of a body of `markdownBytes` bytes: twice the
    /// Markdown, which the HTML of a body (its tags, paragraph ids, links) seldom exceeds;
    /// at least 16 KiB. A fixed 16 KiB was too little for most articles of 1,500 words,
    /// whose HTML (about 17 KB) was then copied into a buffer twice the size.
    static func bodyCapacity(markdownBytes: Int) -> Int { max(16_384, 2 * markdownBytes) }

    /// A writer for a body, its text linked by `linkingText` and `writingText`, with room
    /// for `capacity` bytes of HTML (`bodyCapacity`).
    init(body options: HTMLRenderOptions, linkingText: TextHook?, writingText: TextWriter?, capacity: Int = 16_384) {
        self.init(options: options)
        linkText = linkingText
        writeLinkedText = writingText
        output.bytes.reserveCapacity(capacity)
        // A body claims an id per paragraph, citation and note: room for a long page's ids
        // at once, not grown by rehashing every id so far (a fifth of claiming ids).
        usedIDs.reserveCapacity(options.reservedIDs.count + 128)
        ids.reserveCapacity(128)
    }

    func finished() -> RenderedMarkdown {
        RenderedMarkdown(utf8: output.bytes, headings: headings, ids: ids)
    }

    /// Renders inline content only (titles, captions).
    package static func renderInline(_ inlines: [MarkdownInline]) -> String {
        var writer = HTMLWriter()
        writer.write(inlines)
        return writer.output.string
    }

    /// `wanted`, or `wanted-2`, `wanted-3`, … when the page has it: an id of the page's own.
    package mutating func claim(_ wanted: String) -> String {
        var candidate = wanted
        var suffix = 2
        // One hash per id that is free (nearly all of them): insert says whether it was.
        while !usedIDs.insert(candidate).inserted {
            candidate = "\(wanted)-\(suffix)"
            suffix += 1
        }
        ids.append(candidate)
        return candidate
    }

    private mutating func writeTopLevel(_ blocks: [MarkdownBlock]) {
        for block in blocks { writeTopLevel(block) }
    }

    /// A block of the document's top level: its paragraphs (but a page's start) are numbered.
    mutating func writeTopLevel(_ block: MarkdownBlock) {
        if case .paragraph(let inlines, let line) = block, !Self.isOnlyAnchors(inlines) {
            writeNumberedParagraph(line: line) { $0.write(inlines) }
            return
        }
        var isHeading = false
        if case .heading = block { isHeading = true }
        enterTopLevelBlock(isHeading: isHeading)
        write(block)
    }

    /// The hook's context at a top-level block that is not a numbered paragraph, as
    /// InlineRewriter.apply keeps it.
    mutating func enterTopLevelBlock(isHeading: Bool) {
        context.paragraph = nil
        if isHeading { context.section += 1 }
    }

    /// A top-level paragraph that is not only page anchors, its inlines written by `inlines`.
    mutating func writeNumberedParagraph(line: Int, _ inlines: (inout HTMLWriter) -> Void) {
        paragraphs += 1
        context.paragraph = paragraphs
        if options.numberParagraphs {
            let id = claim("p\(paragraphs)")
            output.literal("<p id=\"")
            output += id
            output.literal("\">")
        } else {
            output.literal("<p>")
        }
        writeParagraphText(line: line, inlines)
        output.literal("</p>\n")
    }

    /// A paragraph's inlines, with the hook told the paragraph's line.
    private mutating func writeParagraphText(_ inlines: [MarkdownInline], line: Int) {
        writeParagraphText(line: line) { $0.write(inlines) }
    }

    private mutating func writeParagraphText(line: Int, _ inlines: (inout HTMLWriter) -> Void) {
        // Writing inlines changes no other field of the context for good (a link sets and
        // restores `inLink`): saving the one field, not the context with its String, saves
        // a retain and a release per paragraph and link.
        let outerLine = context.line
        context.line = line
        inlines(&self)
        context.line = outerLine
    }

    /// What the hook makes of a heading's inlines, before the heading is written: its id and
    /// its entry in the contents come from the rewritten text.
    private mutating func linkedHeading(_ inlines: [MarkdownInline], line: Int) -> [MarkdownInline] {
        guard let linkText else { return inlines }
        var heading = context
        heading.line = line
        heading.inHeading = true
        return InlineRewriter(rewrite: linkText).rewrite(inlines, heading)
    }

    /// Writes inlines that the hook must not see again (its own output, or text it skips).
    private mutating func writeUnlinked(_ inlines: [MarkdownInline]) {
        let hook = linkText
        linkText = nil
        write(inlines)
        linkText = hook
    }

    /// Whether a paragraph holds only page anchors (and white space): it starts a page of
    /// the original, and is not a numbered paragraph. Asked of every paragraph, twice.
    package static func isOnlyAnchors(_ inlines: [MarkdownInline]) -> Bool {
        var sawAnchor = false
        for inline in inlines {
            switch inline {
            case .anchor: sawAnchor = true
            case .softBreak, .lineBreak: continue
            case .text(let text): if !isWhitespace(text) { return false }
            default: return false
            }
        }
        return sawAnchor
    }

    /// `text.allSatisfy(\.isWhitespace)`, on the bytes while they are ASCII: an ASCII byte
    /// that is not white space starts a Character that is not (only a CR joins the byte after
    /// it, and a non-ASCII byte before it sends the rest to the Character loop).
    static func isWhitespace(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
            if !HTMLText.isASCIIWhitespace(byte) { return false }
        }
        return true
    }

    private mutating func write(_ blocks: [MarkdownBlock]) {
        for block in blocks { write(block) }
    }

    private mutating func write(_ block: MarkdownBlock) {
        switch block {
        case .paragraph(let inlines, let line):
            output += Self.isOnlyAnchors(inlines) ? "<p class=\"page-start\">" : "<p>"
            writeParagraphText(inlines, line: line)
            output.literal("</p>\n")
        case .heading(let level, let original, let line):
            let inlines = linkedHeading(original, line: line)
            let text = HTMLText.trimmingWhitespaces(inlines.plainText)
            let id = claim(Slug.make(text))
            headings.append(HeadingInfo(level: level, id: id, text: text))
            output += "<h\(level) id=\""
            output += id
            output.literal("\">")
            writeUnlinked(inlines)
            output += "</h\(level)>\n"
        case .blockQuote(let blocks):
            output.literal("<blockquote>\n")
            write(blocks)
            output.literal("</blockquote>\n")
        case .list(let ordered, let start, let tight, let items):
            writeList(ordered: ordered, start: start, tight: tight, items: items)
        case .codeBlock(let info, let code, _):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            if language.isEmpty {
                output.literal("<pre><code>")
            } else {
                output.literal("<pre><code class=\"language-")
                output.escaped(language)
                output.literal("\">")
            }
            output.escaped(code)
            output.literal("</code></pre>\n")
        case .html(let html):
            output += html
        case .thematicBreak:
            output.literal("<hr>\n")
        case .table(let alignments, let header, let rows):
            writeTable(alignments: alignments, header: header, rows: rows) { $0.write($1) }
        }
    }

    private mutating func writeList(
        ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]]
    ) {
        let tag = ordered ? "ol" : "ul"
        output += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
        for item in items {
            output.literal("<li>")
            for block in item {
                if tight, case .paragraph(let inlines, let line) = block {
                    writeParagraphText(inlines, line: line)
                } else {
                    write(block)
                }
            }
            output.literal("</li>\n")
        }
        output += "</\(tag)>\n"
    }

    /// A table, its cells written by `cell` (the tree's inlines, or cmark's cell nodes).
    mutating func writeTable<Cell>(
        alignments: [TableAlignment], header: [Cell], rows: [[Cell]], cell write: (inout HTMLWriter, Cell) -> Void
    ) {
        func cellClass(_ index: Int) -> String {
            guard alignments.indices.contains(index) else { return "" }
            switch alignments[index] {
            case .none: return ""
            case .left: return " class=\"align-left\""
            case .center: return " class=\"align-center\""
            case .right: return " class=\"align-right\""
            }
        }
        // The wrapper scrolls on narrow screens; it is focusable so keyboard users can scroll.
        // Each scrollable region needs a name of its own on the page.
        tableCount += 1
        output += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table \(tableCount)\">"
        output.literal("<table>\n<thead>\n<tr>")
        for (index, cell) in header.enumerated() {
            output.literal("<th scope=\"col\"")
            output += cellClass(index)
            output.literal(">")
            write(&self, cell)
            output.literal("</th>")
        }
        output.literal("</tr>\n</thead>\n")
        if !rows.isEmpty {
            output.literal("<tbody>\n")
            for row in rows {
                output.literal("<tr>")
                for (index, cell) in row.enumerated() {
                    output.literal("<td")
                    output += cellClass(index)
                    output.literal(">")
                    write(&self, cell)
                    output.literal("</td>")
                }
                output.literal("</tr>\n")
            }
            output.literal("</tbody>\n")
        }
        output.literal("</table></div>\n")
    }

    mutating func writeFootnotes(_ footnotes: [MarkdownFootnote]) {
        guard !footnotes.isEmpty else { return }
        output.literal("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n")
        output.literal("<h2 id=\"footnotes-heading\">Notes</h2>\n<ol>\n")
        ids.append("footnotes-heading")
        for footnote in footnotes {
            context = TextContext()
            context.footnote = footnote.label
            let slug = Slug.make(footnote.label)
            let id = claim("fn-\(slug)")
            output.literal("<li id=\"")
            output += id
            output.literal("\"")
            if let value = Int(footnote.label) {
                output.literal(" value=\"")
                output += String(value)
                output.literal("\"")
            }
            output.literal(">")
            write(footnote.blocks)
            output.literal("<a href=\"#fnref-")
            output += slug
            output.literal("\" class=\"footnote-back\" aria-label=\"Back to note reference ")
            output.escaped(footnote.label)
            output.literal("\">↩</a></li>\n")
        }
        output.literal("</ol>\n</section>\n")
    }

    mutating func write(_ inlines: [MarkdownInline]) {
        for inline in inlines { write(inline) }
    }

    /// A run of text, through the text writer or the hook if there is one.
    mutating func writeText(_ text: String) {
        guard linkText != nil else { return HTMLEscaping.append(escaping: text, to: &output.bytes) }
        if let writeLinkedText {
            var text = text
            if text.withUTF8({ writeLinkedText($0, &self) }) { return }
        }
        rewriteText(text)
    }

    /// A run of text as UTF-8 (valid), through the text writer or the hook if there is one:
    /// a String is made only for the hook.
    mutating func writeText(_ text: UnsafeBufferPointer<UInt8>) {
        guard linkText != nil else { return HTMLEscaping.append(escaping: text, to: &output.bytes) }
        if let writeLinkedText, writeLinkedText(text, &self) { return }
        rewriteText(String(decoding: text, as: UTF8.self))
    }

    /// `writeText(text)` for a run whose first byte of 0x80 or more the caller has found
    /// already (checking it was UTF-8): the text writer reads it from `runFirstNonASCII`
    /// instead of scanning the run again.
    mutating func writeText(_ text: UnsafeBufferPointer<UInt8>, firstNonASCII: Int) {
        runFirstNonASCII = firstNonASCII
        defer { runFirstNonASCII = nil }
        writeText(text)
    }

    private mutating func rewriteText(_ text: String) {
        if let linkText, let linked = linkText(text, context) {
            writeUnlinked(linked)
        } else {
            HTMLEscaping.append(escaping: text, to: &output.bytes)
        }
    }

    mutating func write(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            writeText(text)
        case .softBreak:
            output.literal("\n")
        case .lineBreak:
            output.literal("<br>\n")
        case .code(let code):
            output.literal("<code>")
            output.escaped(code)
            output.literal("</code>")
        case .emphasis(let children):
            wrap("em") { $0.write(children) }
        case .strong(let children):
            wrap("strong") { $0.write(children) }
        case .strikethrough(let children):
            wrap("del") { $0.write(children) }
        case .link(let destination, let title, let children):
            writeLink(destination: destination, title: title) { $0.write(children) }
        case .image(let source, let title, let alt):
            guard let url = HTMLEscaping.safeURL(source) else { return }
            output.literal("<img src=\"")
            output += HTMLEscaping.attributeURL(url)
            output.literal("\" alt=\"")
            output.escaped(alt.plainText)
            output.literal("\"")
            if !title.isEmpty {
                output.literal(" title=\"")
                output.escaped(title)
                output.literal("\"")
            }
            output.literal(">")
        case .html(let html), .rendered(let html, _):
            output += html
        case .footnoteReference(let label):
            let slug = Slug.make(label)
            let count = footnoteReferenceCounts[label, default: 0] + 1
            footnoteReferenceCounts[label] = count
            let id = claim(count == 1 ? "fnref-\(slug)" : "fnref-\(slug)-\(count)")
            output.literal("<sup class=\"footnote-ref\"><a id=\"")
            output += id
            output.literal("\" href=\"#fn-")
            output += slug
            output.literal("\" aria-label=\"Note ")
            output.escaped(label)
            output.literal("\">")
            output.escaped(label)
            output.literal("</a></sup>")
        case .anchor(let id, let label, let cssClass):
            let claimed = claim(id)
            output.spanStart(cssClass, id: claimed)
            output.escaped(label)
            output.literal("</span>")
        case .span(let cssClass, let children):
            // The hook leaves an illegible mark's text alone.
            if cssClass == "illegible", linkText != nil {
                output.spanStart(cssClass, id: nil)
                writeUnlinked(children)
                output.literal("</span>")
            } else {
                wrapSpan(cssClass, children)
            }
        case .identified(let id, let cssClass, let children):
            let claimed = claim(id)
            output.spanStart(cssClass, id: claimed)
            writeUnlinked(children)
            output.literal("</span>")
        }
    }

    /// Appends what a link's content follows: `<a href="…">` (with its title, if any), or,
    /// for a destination `safeURL` refuses, `<span class="link-removed">`: a neutralized link
    /// keeps its text so the reader loses nothing but the target. Returns whether it is an
    /// `<a>`, closed by `</a>` (else `</span>`). Linkers that write their links as HTML use it
    /// too, so their links are the writer's to the byte.
    package static func appendLinkStart(destination: String, title: String, to output: inout [UInt8]) -> Bool {
        // A plain path (every link to the site's own pages) is its own safe, encoded, escaped
        // form: one pass over it instead of three.
        let isPlain = HTMLEscaping.isPlainPath(destination)
        guard let url = isPlain ? destination : HTMLEscaping.safeURL(destination) else {
            output.append(contentsOf: #"<span class="link-removed">"#.utf8)
            return false
        }
        output.append(contentsOf: #"<a href=""#.utf8)
        output.append(contentsOf: (isPlain ? url : HTMLEscaping.attributeURL(url)).utf8)
        output.append(UInt8(ascii: "\""))
        if !title.isEmpty {
            output.append(contentsOf: #" title=""#.utf8)
            HTMLEscaping.append(escaping: title, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        output.append(UInt8(ascii: ">"))
        return true
    }

    /// `children` (which write the element's content) inside `<tag>` and `</tag>`.
    mutating func wrap(_ tag: String, _ children: (inout HTMLWriter) -> Void) {
        output.literal("<")
        output += tag
        output.literal(">")
        children(&self)
        output.literal("</")
        output += tag
        output.literal(">")
    }

    /// A link around what `children` write, with the hook told it is inside a link.
    mutating func writeLink(destination: String, title: String, _ children: (inout HTMLWriter) -> Void) {
        let isLink = Self.appendLinkStart(destination: destination, title: title, to: &output.bytes)
        let outerInLink = context.inLink
        context.inLink = true
        children(&self)
        context.inLink = outerInLink
        output += isLink ? "</a>" : "</span>"
    }

    private mutating func wrapSpan(_ cssClass: String, _ children: [MarkdownInline]) {
        output.spanStart(cssClass, id: nil)
        write(children)
        output.literal("</span>")
    }
}

/// UTF-8 bytes that Strings are appended to with `+=`, piece by piece: a tag made with
/// interpolation or `+` first made a String of its own.
package struct HTMLBytes {
    package var bytes: [UInt8] = []

    static func += (output: inout HTMLBytes, text: String) {
        output.bytes.append(contentsOf: text.utf8)
    }

    /// Appends a tag or other literal: its bytes copied from the binary as one buffer (the
    /// writer's many short literals went through the String's UTF-8 view one by one).
    package mutating func literal(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` escaped for HTML.
    mutating func escaped(_ text: String) {
        HTMLEscaping.append(escaping: text, to: &bytes)
    }

    /// `<span class="…">` or `<span class="…" id="…">`, the class escaped.
    package mutating func spanStart(_ cssClass: String, id: String?) {
        literal("<span class=\"")
        escaped(cssClass)
        if let id {
            literal("\" id=\"")
            self += id
        }
        literal("\">")
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
