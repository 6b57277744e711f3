/// Rewrites the text runs of a document through a closure, block by block, keeping track of
/// the context (heading, link, footnote, paragraph number) the way the HTML writer numbers
/// paragraphs.
package struct InlineRewriter {
    /// The inlines a run of text becomes; nil leaves the run as it is (the writer's hook).
    package var rewrite: HTMLWriter.TextHook

    package init(rewrite: @escaping HTMLWriter.TextHook) {
        self.rewrite = rewrite
    }

    package func apply(_ document: MarkdownDocument) -> MarkdownDocument {
        var context = TextContext()
        var paragraphs = 0
        var result = document
        result.blocks = document.blocks.map { block in
            context.paragraph = nil
            if case .paragraph(let inlines, _) = block, !HTMLWriter.isOnlyAnchors(inlines) {
                paragraphs += 1
                context.paragraph = paragraphs
            }
            if case .heading = block { context.section += 1 }
            return rewrite(block, context)
        }
        result.footnotes = document.footnotes.map { footnote in
            var context = TextContext()
            context.footnote = footnote.label
            var rewritten = footnote
            rewritten.blocks = footnote.blocks.map { rewrite($0, context) }
            return rewritten
        }
        return result
    }

    private func rewrite(_ block: MarkdownBlock, _ outer: TextContext) -> MarkdownBlock {
        var context = outer
        switch block {
        case .paragraph(let inlines, let line):
            context.line = line
            return .paragraph(rewrite(inlines, context), line: line)
        case .heading(let level, let inlines, let line):
            context.line = line
            context.inHeading = true
            return .heading(level: level, rewrite(inlines, context), line: line)
        case .blockQuote(let blocks):
            return .blockQuote(blocks.map { rewrite($0, context) })
        case .list(let ordered, let start, let tight, let items):
            return .list(ordered: ordered, start: start, tight: tight,
                         items: items.map { $0.map { rewrite($0, context) } })
        case .table(let alignments, let header, let rows):
            return .table(alignments: alignments, header: header.map { rewrite($0, context) },
                          rows: rows.map { $0.map { rewrite($0, context) } })
        case .codeBlock, .html, .thematicBreak:
            return block
        }
    }

    /// The inlines with every text run rewritten; also used to rewrite what another
    /// rewriter made (one pass that runs two rewriters).
    package func rewrite(_ inlines: [MarkdownInline], _ context: TextContext) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text):
                if let replaced = rewrite(text, context) { result.append(contentsOf: replaced) } else { result.append(inline) }
            case .emphasis(let children): result.append(.emphasis(rewrite(children, context)))
            case .strong(let children): result.append(.strong(rewrite(children, context)))
            case .strikethrough(let children): result.append(.strikethrough(rewrite(children, context)))
            case .link(let destination, let title, let children):
                var inner = context
                inner.inLink = true
                result.append(.link(destination: destination, title: title, rewrite(children, inner)))
            case .span(let cssClass, let children) where cssClass != "illegible":
                result.append(.span(cssClass: cssClass, rewrite(children, context)))
            default: result.append(inline)
            }
        }
        return result
    }
}
