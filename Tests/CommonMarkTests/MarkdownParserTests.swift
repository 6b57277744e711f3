import Foundation
import Parallel
import Testing
import TestSupport
@testable import CommonMark

@Suite struct MarkdownParserTests {
    @Test func footnotesKeepTheirWrittenLabels() {
        let document = MarkdownParser.parse("A[^7] b[^x] c[^7].\n\n[^x]: second\n\n[^7]: first\n")
        #expect(document.footnotes.map(\.label) == ["7", "x"])
        guard case .paragraph(let inlines, _) = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        let labels = inlines.compactMap { inline -> String? in
            if case .footnoteReference(let label) = inline { label } else { nil }
        }
        #expect(labels == ["7", "x", "7"])
    }

    /// Labels are read back from the definition lines, after non-ASCII lines and in an
    /// order that makes the line search start over.
    @Test func footnoteLabelsAfterNonASCIILines() {
        let text = "Ч\u{E9}\u{301}[^β] — b[^2].\n\n[^2]: two\n\n\u{1F600}\n\n[^β]: beta\n"
        #expect(MarkdownParser.parse(text).footnotes.map(\.label) == ["β", "2"])
    }

    /// Labels with colons, dashes and underscores, indented or followed by another "]:",
    /// read on the bytes of ASCII lines.
    @Test func footnoteLabelsWithPunctuation() {
        let text = "a[^n-1] b[^x:y] d[^2] e[^s_p].\n\n[^n-1]: one\n[^x:y]: two\n\n  [^2]:four\n\n[^s_p]: five ]: six\n"
        #expect(MarkdownParser.parse(text).footnotes.map(\.label) == ["n-1", "x:y", "2", "s_p"])
    }

    /// The parser runs without cmark's UTF-8 check (a Swift String is always well-formed);
    /// NUL bytes must still become U+FFFD, in running text, headings and code.
    @Test func nulBytesBecomeReplacementCharacters() {
        let html = HTMLWriter.render(MarkdownParser.parse("# T\u{0}t\n\na\u{0}b \u{0}\n\n`c\u{0}`\n\u{0}")).html
        #expect(!html.contains("\u{0}"))
        #expect(html.contains("T\u{FFFD}t"))
        #expect(html.contains("a\u{FFFD}b"))
        #expect(html.contains("<code>c\u{FFFD}</code>"))
    }

    @Test func tablesStrikethroughAndAutolinksAreParsed() {
        let html = HTMLWriter.render(MarkdownParser.parse(
            "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~gone~~ and www.example.org\n")).html
        #expect(html.contains("<th scope=\"col\">a</th>"))
        #expect(html.contains("<td class=\"align-right\">2</td>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let text = "<script>alert(1)</script>\n\nHello <b onclick=\"x()\">there</b>\n"
        let safe = HTMLWriter.render(MarkdownParser.parse(text)).html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("onclick"))
        let unsafe = HTMLWriter.render(MarkdownParser.parse(text, allowRawHTML: true)).html
        #expect(unsafe.contains("<b onclick"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)",
                      "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4="])
    func scriptLinksAreNeutralized(_ url: String) {
        let html = HTMLWriter.render(MarkdownParser.parse("[click](<\(url)>)\n")).html
        #expect(!html.lowercased().contains("href=\"java"))
        #expect(!html.contains("href=\"vbscript"))
        #expect(!html.contains("href=\"data:"))
        #expect(html.contains("click"))
    }

    @Test func headingsGetStableUniqueIDsAndParagraphsAreNumbered() {
        let rendered = HTMLWriter.render(MarkdownParser.parse(
            "## Introduction\n\nOne.\n\n## Introduction\n\n- not counted\n\nTwo.\n"))
        #expect(rendered.headings.map(\.id) == ["introduction", "introduction-2"])
        #expect(rendered.html.contains("<p id=\"p1\">One.</p>"))
        #expect(rendered.html.contains("<p id=\"p2\">Two.</p>"))
        #expect(rendered.ids.filter { $0.hasPrefix("p") } == ["p1", "p2"])
    }

    /// Found by fuzzing: a heading whose slug is the notes section's id got the same id.
    @Test func aHeadingNamedLikeTheNotesSectionGetsAnotherID() {
        let rendered = HTMLWriter.render(MarkdownParser.parse("# footnotes-heading\n\nText[^1].\n\n[^1]: A note.\n"))
        #expect(rendered.headings.map(\.id) == ["footnotes-heading-2"])
        #expect(Set(rendered.ids).count == rendered.ids.count, "ids: \(rendered.ids)")
        #expect(rendered.html.contains("<h2 id=\"footnotes-heading\">Notes</h2>"))
    }

    @Test func textIsEscaped() {
        let html = HTMLWriter.render(MarkdownParser.parse("a < b & \"c\" 'd'\n")).html
        #expect(html.contains("a &lt; b &amp; &quot;c&quot; &#39;d&#39;"))
    }

    /// With the installed cmark-gfm the replacement in CCmarkConcurrency takes effect, so
    /// parses run in parallel instead of one at a time (a library built without the PLT call
    /// would turn this off; the build then still works, one parse at a time).
    @Test func parsesRunConcurrentlyWithTheInstalledLibrary() {
        _ = MarkdownParser.parse("x")
        #expect(MarkdownParser.parsesConcurrently)
    }

    /// cmark-gfm 0.29 is not thread-safe: concurrent parses once lost strikethrough and
    /// autolinks. Rendering through the project's API from many threads must equal serial.
    @Test func concurrentRenderingEqualsSerialRendering() {
        let texts = (0..<200).map { index in
            "# Page \(index)\n\n~~struck \(index)~~ see www.example\(index).org and "
                + "https://example.org/\(index).\n\n| a | b |\n|---|---|\n| \(index) | x |\n\n"
                + "Note[^1].\n\n[^1]: Footnote \(index).\n"
        }
        let serial = texts.map { HTMLWriter.render(MarkdownParser.parse($0)).html }
        // parallelMap runs them with DispatchQueue.concurrentPerform, on every core.
        let concurrent = texts.parallelMap { HTMLWriter.render(MarkdownParser.parse($0)).html }
        #expect(concurrent == serial)
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<a href=\"http://www.example") })
    }

    /// Parsing with each thread's arena gives the trees parsing with malloc gives: documents
    /// of every construct, small and larger than an arena block (1 MiB, so a parse spans
    /// blocks and a buffer moves out of its block as it grows), parsed on several threads
    /// at once, each thread reusing its arena from one parse to the next.
    @Test func arenaParsesEqualMallocParses() throws {
        var texts = try Self.defaultCorpusMarkdown()
        #expect(texts.count > 20)
        let constructs = "# H *e* **s** ~~x~~ `c`\n\n> quote\n> - list\n\n1. one\n2. two\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n"
            + "Text[^n] <b>raw</b> www.example.org [link](a.html \"t\") ![i](p.png)\n\n```swift\ncode\n```\n\n[^n]: Note.\n\n"
        texts.append(constructs)
        texts.append(String(repeating: constructs, count: 3_000))  // about 500 KB of text
        texts.append(String(repeating: "word ", count: 400_000))  // one 2 MB paragraph
        texts.append(String(repeating: "> ", count: 200) + "deep\n")
        // Random Markdown made of the pieces that make cmark allocate and grow the most:
        // brackets, emphasis runs, links, tables, lists, footnotes, entities, long lines.
        var random = SplitMix64(seed: 0xA7E_4A)
        let pieces = ["[", "]", "(", ")", "*", "**", "_", "~~", "`", "\n", "\n\n", "> ", "- ", "1. ", "| a | b |\n|---|---|\n",
                      "[^1]", "[^1]: n\n", "&amp;", "&#x41;", "<b>", "</b>", "www.example.org", "word ", "é", "\t",
                      String(repeating: "x", count: 300), "# ", "```\n", "![i](p.png)", "[l](u \"t\")"]
        for _ in 0..<400 { texts.append(random.text(from: pieces, maxPieces: 60)) }
        let expected = texts.map { text in
            [false, true].map { MarkdownParser.parse(text, allowRawHTML: $0, noticing: ["{{page"], inArena: false) }
        }
        // Each text three times over, in parallel: arenas are reused and reset under load.
        let indices = Array(texts.indices) + Array(texts.indices) + Array(texts.indices)
        let all = texts
        let parsed = indices.parallelMap { index in
            [false, true].map { MarkdownParser.parse(all[index], allowRawHTML: $0, noticing: ["{{page"]) }
        }
        for (index, result) in zip(indices, parsed) {
            for raw in 0..<2 {
                #expect(result[raw].document == expected[index][raw].document, "text \(index)")
                #expect(result[raw].noticed == expected[index][raw].noticed, "text \(index)")
            }
        }
    }

    /// The autolink extension is attached only where `mayAutolink` says a link could be
    /// found; the tree must be the one parsing with it always attached gives, and texts the
    /// extension does link must be ones `mayAutolink` says yes to. Random Markdown from the
    /// pieces the extension reacts to (schemes, `www.`, `@` after every kind of character,
    /// escapes, entities that make `@`), the default corpus, and cases one by one.
    @Test func autolinkIsLeftOffOnlyWhereItLinksNothing() throws {
        var texts = try Self.defaultCorpusMarkdown()
        #expect(texts.count > 20)
        let cases: [(String, Bool)] = [
            ("see www.example.org", true), ("http://example.org", true), ("ftp://x.org", true),
            ("mail a@b.org", true), ("mail a.b@c.org", true), ("a\\@b.org", true), ("a&#64;b.org", true),
            ("a&#x40;b.org", true), ("a&commat;b.org", true), ("&eacute;@b.org", true), ("mailto:x@y.org", true),
            ("cite [@key, p. 5]", false), ("@start of a line", false), ("a @ b", false), ("www", false),
            ("x: y", false), ("a & b", false), ("wwwx.org", false), ("", false),
        ]
        for (text, expected) in cases {
            #expect(MarkdownParser.mayAutolink(text) == expected, "\(text)")
        }
        texts += cases.map(\.0)
        var random = SplitMix64(seed: 0xA0_71AC)
        let pieces = ["www.", "www", "w", ".", "org", "http", "https", "ftp", "mailto", "xmpp", ":", "//", "/", "@", "a", "Z", "9",
                      "+", "-", "_", ";", "\\", "&#64;", "&#x40;", "&commat;", "&amp;", "&", "#", " ", "\n", "\n\n", "[", "]",
                      "(", ")", "*", "`", "<", ">", "~~", "[@key]", "é", "| a | b |\n|---|---|\n", "[^1]", "[^1]: n\n", "> "]
        for _ in 0..<3_000 { texts.append(random.text(from: pieces, maxPieces: 24)) }
        var linked = 0, leftOff = 0
        for text in texts {
            for raw in [false, true] {
                let always = MarkdownParser.parse(text, allowRawHTML: raw, noticing: ["{{page"], autolink: .always)
                let gated = MarkdownParser.parse(text, allowRawHTML: raw, noticing: ["{{page"])
                #expect(gated.document == always.document, "\(text)")
                #expect(gated.noticed == always.noticed, "\(text)")
                let never = MarkdownParser.parse(text, allowRawHTML: raw, noticing: ["{{page"], autolink: .never)
                if never.document != always.document {
                    linked += 1
                    #expect(MarkdownParser.mayAutolink(text), "\(text)")
                } else if !MarkdownParser.mayAutolink(text) {
                    leftOff += 1
                }
            }
        }
        // Both kinds are many: texts with links (so the comparison is not of link-free texts
        // alone) and texts the extension is left off.
        #expect(linked > 300)
        #expect(leftOff > 300)
    }

    /// Every Markdown file of the default corpus (`Content/`).
    static func defaultCorpusMarkdown() throws -> [String] {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = packageRoot.appendingPathComponent("Content")
        var texts: [String] = []
        if let files = FileManager.default.enumerator(atPath: corpus.path) {
            for case let file as String in files where file.hasSuffix(".md") {
                texts.append(try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8))
            }
        }
        return texts
    }

    @Test func limitsRefuseDeepNestingAndWideTables() {
        let limits = MarkdownLimits(maxBytes: 10_000, maxNesting: 10, maxTableColumns: 20)
        #expect(limits.check(String(repeating: "> ", count: 50) + "deep\n")?.kind == .nesting)
        #expect(limits.check(String(repeating: "- ", count: 50) + "deep\n")?.kind == .nesting)
        #expect(limits.check("ok\n\n" + String(repeating: "|a", count: 40) + "|\n")?.line == 3)
        #expect(limits.check(String(repeating: "x", count: 10_001))?.kind == .size)
        #expect(limits.check("- a\n  - b\n    - c\n\n> quote\n") == nil)
        // Exactly at the limit is allowed; the count is per line, the last line needs no newline.
        #expect(limits.check(String(repeating: "|", count: 20) + "\n" + String(repeating: "|", count: 20)) == nil)
        #expect(limits.check("a\n" + String(repeating: "|", count: 21))?.line == 2)
        #expect(limits.check("") == nil)
        #expect(limits.check("\n\n|a|b|\n") == nil)
    }
}
