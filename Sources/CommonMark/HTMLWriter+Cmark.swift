import CCmarkGFM
import Foundation

extension HTMLWriter {
    /// What `render(converter.document(from: root), linkingText:)` writes, with each top-level
    /// block passed through `topLevelBlock` first (a body's chart blocks; it must leave
    /// paragraphs and tables as they are), written straight from cmark's nodes where the
    /// body's top-level paragraphs and tables are: their inlines (most of any body) are not
    /// made into Swift values, walked and freed (2% of a build's CPU; docs/performance.md).
    /// Every other block, and the footnotes, are converted and written as usual.
    ///
    /// Nil, with nothing of the walk kept, where the tree is needed: a text holds one of the
    /// converter's needles (marks that `BodyParser` turns into inlines) or nests deeper than
    /// the converter flattens (it warns). The hook may already have seen some of the text
    /// then; the caller runs it again, fresh, on the tree.
    ///
    /// `MarkdownParser.render` calls this while cmark's tree lives; the hook must not parse
    /// Markdown on this thread (the parser's arena would be reset under the tree).
    static func render(
        cmark root: OpaquePointer, converter: TreeConverter, options: HTMLRenderOptions = HTMLRenderOptions(),
        linkingText: TextHook?, writingText: TextWriter? = nil, capacity: Int = 16_384,
        topLevelBlock: (MarkdownBlock) -> MarkdownBlock
    ) -> RenderedMarkdown? {
        var writer = HTMLWriter(body: options, linkingText: linkingText, writingText: writingText, capacity: capacity)
        // Definitions are converted before the blocks, as `TreeConverter.document` does.
        let (footnotes, blocks) = converter.footnotesAndBlocks(of: root)
        for node in blocks {
            guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else {
                if converter.typeName(node) == "table" {
                    // Tables (one in most articles) are written from their cell nodes too.
                    let (alignments, header, rows) = converter.tableParts(node)
                    writer.enterTopLevelBlock(isHeading: false)
                    writer.writeTable(alignments: alignments, header: header, rows: rows) { writer, cell in
                        writer.writeInlines(ofCmark: cell, converter: converter)
                    }
                    if converter.noticed || converter.exceededDepth { return nil }
                    continue
                }
                guard let block = converter.block(node) else { continue }
                writer.writeTopLevel(topLevelBlock(block))
                continue
            }
            // A paragraph with no anchor (there are none without marks) is numbered.
            writer.writeNumberedParagraph(line: Int(cmark_node_get_start_line(node))) { writer in
                writer.writeInlines(ofCmark: node, converter: converter)
            }
            if converter.noticed || converter.exceededDepth { return nil }
        }
        if converter.noticed || converter.exceededDepth { return nil }
        writer.writeFootnotes(footnotes)
        return writer.finished()
    }

    /// The inlines of `node`, written as `write(converter.inlines(of: node))` writes them:
    /// runs of text nodes joined into one text, nodes the converter drops left out without
    /// ending a run, and nesting counted by the converter (`nested`).
    private mutating func writeInlines(ofCmark node: OpaquePointer, converter: TreeConverter) {
        var run: [UInt8] = []
        var inRun = false
        func flush(_ writer: inout HTMLWriter) {
            guard inRun else { return }
            run.withUnsafeBufferPointer { text in
                converter.notice(text)
                // cmark-gfm can leave a character cut short in a text node (one it put in for
                // a NUL byte, at a footnote label): made a String, as the tree's text is.
                guard let firstNonASCII = HTMLText.firstNonASCIIOfValidUTF8(text) else {
                    return Array(String(decoding: text, as: UTF8.self).utf8).withUnsafeBufferPointer { writer.writeText($0) }
                }
                writer.writeText(text, firstNonASCII: firstNonASCII)
            }
            run.removeAll(keepingCapacity: true)
            inRun = false
        }
        var child = cmark_node_first_child(node)
        while let current = child, !converter.noticed {
            child = cmark_node_next(current)
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT {
                TreeConverter.appendLiteral(of: current, to: &run)
                inRun = true
                continue
            }
            let tag: String? = switch type {
            case CMARK_NODE_EMPH: "em"
            case CMARK_NODE_STRONG: "strong"
            case CMARK_NODE_LINK: "a"
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_IMAGE,
                 CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE: nil
            default: converter.typeName(current) == "strikethrough" ? "del" : nil
            }
            guard let tag else {
                // Leaves and the rare kinds, as the converter makes them (none is text: the
                // converter makes text only of containers nested too deep, which are here).
                guard let inline = converter.inline(current) else { continue }
                flush(&self)
                write(inline)
                continue
            }
            flush(&self)
            // Past the converter's budget it would flatten the node to text and warn: the tree
            // is needed (`nested` notes it, and `render` gives nil).
            let wrote: Void? = converter.nested {
                if type == CMARK_NODE_LINK {
                    let destination = cmark_node_get_url(current).map { String(cString: $0) } ?? ""
                    let title = cmark_node_get_title(current).map { String(cString: $0) } ?? ""
                    writeLink(destination: destination, title: title) { $0.writeInlines(ofCmark: current, converter: converter) }
                } else {
                    wrap(tag) { $0.writeInlines(ofCmark: current, converter: converter) }
                }
            }
            guard wrote != nil else { return }
        }
        flush(&self)
    }
}
