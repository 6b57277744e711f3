import CommonMark
import Testing
@testable import Linker

/// Writing HTML with a text hook must equal rewriting the tree with `InlineRewriter` and
/// writing the result: same HTML, and the hook asked about the same texts, in the same order,
/// with the same context.
@Suite struct LinkedWritingTests {
    static let documents = [
        "# Kim and (X)\n\nA X paragraph with *X* and **X** and ~~X~~ and [X link](a.html).\n",
        "Para one X.\n\n> Quoted X\n>\n> # Heading X\n\n- tight X\n- item [X](javascript:x)\n\n1. loose X\n\n2. two X\n",
        "| X | b |\n|---|---|\n| X | ![X alt](i.png) |\n\nText[^1] and X.\n\n[^1]: Note X with *X*.\n\n## Later X\n\nEnd X `code X`.\n",
        "Line X\nsoft X  \nhard X\n\n***\n\n```\nX code\n```\n\n<b>X</b>\n",
    ]

    /// Replaces each "X" with a link that holds a span, and notes what it was asked.
    final class Hook {
        var calls: [String] = []

        func rewrite(_ text: String, _ context: TextContext) -> [MarkdownInline] {
            calls.append("\(text)|\(context.inHeading)|\(context.inLink)|\(context.footnote ?? "-")|"
                         + "\(context.paragraph.map(String.init) ?? "-")|\(context.line)|\(context.section)")
            var parts: [MarkdownInline] = []
            for (index, piece) in text.split(separator: "X", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    parts.append(.link(destination: "x.html", title: "", [.span(cssClass: "mention", [.text("X")])]))
                }
                if !piece.isEmpty { parts.append(.text(String(piece))) }
            }
            return parts
        }

        /// `rewrite`, or nil for a text without "X" (written as it is, as the linkers do).
        func rewriteIfChanged(_ text: String, _ context: TextContext) -> [MarkdownInline]? {
            let parts = rewrite(text, context)
            return text.contains("X") ? parts : nil
        }
    }

    @Test(arguments: documents)
    func hookedWritingEqualsRewriteThenWrite(markdown: String) {
        var document = MarkdownParser.parse(markdown)
        // An illegible mark and a citation-like span, as the body parser and linker make them.
        if case .paragraph(var inlines, let line)? = document.blocks.last {
            inlines.append(.span(cssClass: "illegible", [.text("[illegible X]")]))
            inlines.append(.identified(id: "cite-9", cssClass: "citation", [.text("X")]))
            document.blocks[document.blocks.count - 1] = .paragraph(inlines, line: line)
        }
        let rewriting = Hook()
        let expected = HTMLWriter.render(InlineRewriter { rewriting.rewrite($0, $1) }.apply(document))
        let writing = Hook()
        let actual = HTMLWriter.render(document) { writing.rewrite($0, $1) }
        #expect(actual == expected)
        #expect(writing.calls == rewriting.calls)
        #expect(!writing.calls.isEmpty)
        // A hook that leaves most runs alone (nil) writes the same.
        let sparing = Hook()
        #expect(HTMLWriter.render(document) { sparing.rewriteIfChanged($0, $1) } == expected)
        #expect(sparing.calls == rewriting.calls)
    }
}
