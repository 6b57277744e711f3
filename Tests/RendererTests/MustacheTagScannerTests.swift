import Foundation
import Testing
import TestSupport
@testable import Renderer

/// The byte scan of templates finds exactly the tags, lines and columns of the Character
/// scan it stands in for, or declines.
@Suite struct MustacheTagScannerTests {
    @Test func linesAndColumnsAreCountedInCharacters() {
        let text = "Intro · {{title}}\n\n  é {{#items}}{{name}}\n{{/items}}{{{body_html}}}"
        let tags = MustacheTagScanner.scan(text)
        #expect(tags == MustacheTagScanner.scanCharacters(text))
        #expect(tags.map(\.name) == ["title", "items", "name", "items", "body_html"])
        #expect(tags.map(\.line) == [1, 3, 3, 4, 4])
        // "Intro · " is eight Characters (nine bytes); "  é " four (five bytes).
        #expect(tags.map(\.column) == [9, 5, 15, 1, 11])
        #expect(scanBytes(text) != nil)
    }

    @Test func declinesWhereBytesAndCharactersDiffer() {
        // CR LF is one Character; a combining mark after a brace, or a prepended mark before
        // one, joins it to another Character.
        for text in ["a\r\n{{title}}", "{{\u{301}title}}", "\u{600}{{title}}", "{{title}}\u{301}"] {
            #expect(scanBytes(text) == nil, "\(text.debugDescription)")
            #expect(MustacheTagScanner.scan(text) == MustacheTagScanner.scanCharacters(text))
        }
    }

    @Test func unclosedTagEndsTheScan() {
        let text = "{{a}} {b} {{c} {{d}}"
        #expect(MustacheTagScanner.scan(text).map(\.name) == ["a", "c} {{d"])
        #expect(MustacheTagScanner.scan(text) == MustacheTagScanner.scanCharacters(text))
        #expect(MustacheTagScanner.scan("{{a}} {{{b}}").map(\.name) == ["a"])
    }

    @Test func randomTextsScanAlike() {
        let pieces = ["{", "}", "{{", "}}", "{{{", "}}}", "\n", "\r", "a", " ", "#", "/", "^", ">", "!",
                      "é", "·", "\u{301}", "\u{600}", "—", "x.y", "\t"]
        var random = SplitMix64(seed: 0x7A65_CA11)
        var declined = 0
        for _ in 0..<5_000 {
            let text = random.text(from: pieces, maxPieces: 40)
            let expected = MustacheTagScanner.scanCharacters(text)
            #expect(MustacheTagScanner.scan(text) == expected, "\(text.debugDescription)")
            if let scanned = scanBytes(text) {
                #expect(scanned == expected, "\(text.debugDescription)")
            } else {
                declined += 1
            }
        }
        // Most texts are scanned on their bytes (the test would pass vacuously otherwise).
        #expect(declined < 4_000)
    }

    @Test func inlineTagsAreProtectedAlike() {
        let pieces = ["{", "}", "{{", "}}", "{{{", "}}}", "\r", "a", " ", "#", "é", "\u{301}", "\u{600}", "x"]
        var random = SplitMix64(seed: 0x9207_EC7)
        for _ in 0..<5_000 {
            let line = random.text(from: pieces, maxPieces: 30)
            var tags = ["earlier"], expectedTags = ["earlier"]
            let protected = MarkdownTemplateCompiler.protectInline(line, tags: &tags)
            let expected = MarkdownTemplateCompiler.protectInlineCharacters(line, tags: &expectedTags)
            #expect(protected == expected, "\(line.debugDescription)")
            #expect(tags == expectedTags, "\(line.debugDescription)")
        }
        var tags: [String] = []
        #expect(MarkdownTemplateCompiler.protectInline("By {{name}} in {{#list", tags: &tags)
            == "By \u{E000}0\u{E001} in {{#list")
        #expect(tags == ["{{name}}"])
    }

    private func scanBytes(_ text: String) -> [MustacheTag]? {
        var contiguous = text
        return contiguous.withUTF8(MustacheTagScanner.scanBytes)
    }
}
