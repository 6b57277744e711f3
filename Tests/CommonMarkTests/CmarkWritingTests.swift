import Foundation
import Testing
import TestSupport
@testable import CommonMark

/// `MarkdownParser.render`, which writes top-level paragraphs straight from cmark's nodes,
/// against writing the converted tree (`HTMLWriter.render(MarkdownParser.parse(…))`): the
/// same HTML, headings and ids, the hook asked about the same texts in the same contexts in
/// the same order, the top-level blocks passed through the same way; and nil exactly where
/// the tree is needed (a needle noticed, nesting flattened).
@Suite struct CmarkWritingTests {
    static let needles: [StaticString] = ["{{page", "[illegible"]

    /// What the hook was asked, and what it made of it: texts with an "x" become a span, so
    /// the writer's path for rewritten runs is taken too.
    final class Calls {
        var log: [String] = []

        func hook(_ text: String, _ context: TextContext) -> [MarkdownInline]? {
            log.append("\(text.debugDescription) p\(context.paragraph ?? -1) l\(context.line) s\(context.section)"
                + " \(context.inLink) \(context.inHeading) \(context.footnote ?? "-")")
            guard text.contains("x") else { return nil }
            return [.text("<"), .span(cssClass: "x", [.text(text)]), .rendered(html: "<i>r</i>", text: "r")]
        }
    }

    /// Code blocks whose info is "chart" become HTML, as a body's chart blocks do.
    static func charts(_ block: MarkdownBlock) -> MarkdownBlock {
        guard case .codeBlock(let info, let code, _) = block, info.hasPrefix("chart") else { return block }
        return .html("<figure>\(code.count)</figure>\n")
    }

    /// Problems found comparing the two ways of writing `text` (empty when they agree).
    static func differences(_ text: String, allowRawHTML: Bool) -> [String] {
        let treeCalls = Calls(), cmarkCalls = Calls()
        let parsed = MarkdownParser.parse(text, allowRawHTML: allowRawHTML, noticing: needles)
        var document = parsed.document
        document.blocks = document.blocks.map(charts)
        let tree = HTMLWriter.render(document, linkingText: treeCalls.hook)
        let direct = MarkdownParser.render(
            text, allowRawHTML: allowRawHTML, noticing: needles, linkingText: cmarkCalls.hook, topLevelBlock: charts)
        let needsTree = parsed.noticed || parsed.document.flattenedDeepNesting
        guard let direct else {
            return needsTree ? [] : ["nil without a needle or deep nesting: \(text.debugDescription)"]
        }
        var problems: [String] = []
        if needsTree { problems.append("written although the tree is needed: \(text.debugDescription)") }
        if direct != tree { problems.append("HTML differs for \(text.debugDescription):\n\(tree.html)\n\(direct.html)") }
        if cmarkCalls.log != treeCalls.log {
            problems.append("hook calls differ for \(text.debugDescription):\n\(treeCalls.log)\n\(cmarkCalls.log)")
        }
        return problems
    }

    @Test func randomMarkdownIsWrittenAsTheTreeIs() {
        var random = SplitMix64(seed: 0xC3A2_0001)
        let pieces = [
            "a", "x", "Word ", " ", "  ", "\n", "\n\n", "*", "**", "_", "~~", "`", "[", "]", "(", ")", "[l](u)",
            "[x](javascript:a)", "![i](s \"t\")", "<b>", "</b>", "<!-- c -->", "&amp;", "&#123;", "\\{", "\\*",
            "{{page 3}}", "{{pa", "ge 4}}", "[illegible]", "[^1]", "[^n]", "\n\n[^1]: note x\n", "\n\n[^n]: *n*\n",
            "# ", "\n## H x\n", "> ", "- ", "1. ", "\n    code\n", "\n```chart\nseries: s\n```\n", "\n```\nc\n```\n",
            "\n| a | b |\n|---|---|\n| x | *y* |\n", "---\n", "www.example.com", "<http://a.b>", "é", "\u{0}", "\t",
        ]
        var problems: [String] = []
        for round in 0..<4_000 {
            let text = random.text(from: pieces, maxPieces: 40)
            problems += Self.differences(text, allowRawHTML: round % 4 == 0)
        }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
    }

    /// Nesting deeper than the converter keeps gives nil (the tree flattens it and warns).
    @Test func deepNestingNeedsTheTree() {
        for text in [String(repeating: "*a ", count: 70) + "b" + String(repeating: " c*", count: 70),
                     String(repeating: "> ", count: 70) + "x", "a\n\n" + String(repeating: "- ", count: 70) + "x"] {
            #expect(MarkdownParser.parse(text).flattenedDeepNesting)
            #expect(MarkdownParser.render(text, noticing: Self.needles, linkingText: nil) == nil)
            #expect(Self.differences(text, allowRawHTML: false).isEmpty)
        }
        // At the converter's budget and one past it, in a paragraph and inside a list item.
        for depth in (TreeConverter.maxDepth - 1)...(TreeConverter.maxDepth + 1) {
            for prefix in ["", "- "] {
                let text = prefix + String(repeating: "*a ", count: depth) + "b" + String(repeating: " c*", count: depth)
                let flattened = MarkdownParser.parse(text).flattenedDeepNesting
                #expect(flattened == (depth + (prefix.isEmpty ? 0 : 1) > TreeConverter.maxDepth))
                #expect((MarkdownParser.render(text, noticing: Self.needles, linkingText: nil) == nil) == flattened)
                #expect(Self.differences(text, allowRawHTML: false).isEmpty)
            }
        }
        #expect(MarkdownParser.render("{{page 2}} a", noticing: Self.needles, linkingText: nil) == nil)
        #expect(MarkdownParser.render("# {{page 2}}\n\na", noticing: Self.needles, linkingText: nil) == nil)
        #expect(MarkdownParser.render("a *b* [c](d)", noticing: Self.needles, linkingText: nil) != nil)
    }

    /// Every Markdown file of the default corpus, the test fixtures and the templates.
    @Test func realMarkdownIsWrittenAsTheTreeIs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        var problems: [String] = []
        for folder in ["Content", "Tests/StudySiteTests/Fixtures", "Templates"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where file.hasSuffix(".md") {
                let data = try #require(FileManager.default.contents(atPath: base.appendingPathComponent(file).path))
                let text = String(decoding: data, as: UTF8.self)
                problems += Self.differences(text, allowRawHTML: false) + Self.differences(text, allowRawHTML: true)
                checked += 1
            }
        }
        #expect(checked > 50)
        #expect(problems.isEmpty, "\(problems.prefix(3))")
    }
}
