import Foundation
import Testing
import TestSupport
@testable import CommonMark

@Suite struct HTMLTextTests {
    @Test func plainTextDropsTagsDecodesEntitiesAndFoldsSpace() {
        let html = "<p id=\"p1\">A &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;\n  <em>e</em></p><svg><text>chart</text></svg><p>&amp;x &nbsp;</p>"
        #expect(HTMLText.plain(html) == "A <b> & \"c\" 'd' e &x &nbsp;")
    }

    /// Cases where Characters and bytes part ways, with what the Character loop made of them.
    @Test func graphemeClustersAndUnicodeSpaceAreReadAsBefore() {
        let cases: [(html: String, plain: String)] = [
            // A combining mark after "<" makes one Character that is not a bracket: text.
            ("a <\u{301}b> c", "a <\u{301}b> c"),
            // A prepended mark before ">" keeps the tag open.
            ("<p\u{600}>x</p>y", "y"),
            // A no-break or ideographic space ends the tag name.
            ("<svg\u{A0}x>hidden</svg>shown", "shown"),
            ("<svg\u{3000}>hidden</svg>shown", "shown"),
            ("<SCRIPT>hidden</Script>shown", "shown"),
            // Unicode space folds; form feed and vertical tab do not.
            ("a\u{2028}\u{3000} b\u{C}c\u{B}", "a b\u{C}c\u{B}"),
            ("\r\n a \r\n", "a"),
            // String equality is canonical: a final GREEK QUESTION MARK counts as ";".
            ("x &lt\u{37E}", "x <"),
            ("x &lt\u{37E} ", "x &lt\u{37E}"),
            ("&&amp;&amp", "&&&amp"),
        ]
        for (html, plain) in cases {
            #expect(ReferenceHTMLText.plain(html) == plain, "reference: \(html.debugDescription)")
            #expect(HTMLText.plain(html) == plain, "\(html.debugDescription)")
        }
    }

    @Test func validUTF8IsToldFromCutCharacters() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(HTMLText.firstNonASCIIOfValidUTF8) != nil }
        #expect(valid(Array("plain text".utf8)) && valid([]))
        // Valid bytes give where they stop being ASCII (the mention linker starts there).
        #expect(Array("abc é".utf8).withUnsafeBufferPointer(HTMLText.firstNonASCIIOfValidUTF8) == 4)
        #expect(Array("abc".utf8).withUnsafeBufferPointer(HTMLText.firstNonASCIIOfValidUTF8) == 3)
        #expect(valid(Array("é – 한국 \u{FFFD} 𝄞".utf8)))
        #expect(!valid([0x61, 0xEF, 0x5D]))  // U+FFFD cut after its first byte, then "]"
        #expect(!valid([0xBF]))  // a continuation byte alone
        #expect(!valid([0xC0, 0x80]))  // NUL, overlong
        #expect(!valid([0xED, 0xA0, 0x80]))  // a surrogate
        // Random bytes, mostly ASCII with some of the rest: the standard library's answer.
        var random = SplitMix64(seed: 0x0717_F8)
        for _ in 0..<5_000 {
            let bytes = (0..<Int(random.next() % 24)).map { _ -> UInt8 in
                let byte = UInt8(truncatingIfNeeded: random.next())
                return random.next() % 3 == 0 ? byte : byte & 0x7F
            }
            #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func randomHTMLMatchesTheCharacterImplementation() {
        var random = SplitMix64(seed: 0x5EED_4A11)
        var differing: [String] = []
        var scratch = HTMLText.Scratch()
        for round in 0..<20_000 {
            let html = round.isMultiple(of: 2)
                ? Self.randomTokens(count: Int(random.next() % 40), using: &random)
                : Self.randomScalars(count: Int(random.next() % 60), using: &random)
            let plain = HTMLText.plain(html)
            // As the search index makes it, in buffers kept from the last text (as a shard
            // keeps them from one page to the next).
            let pieces = HTMLText.withPlainUTF8(of: Array(html.utf8), scratch: &scratch) { Array($0) }
            if plain != ReferenceHTMLText.plain(html) || HTMLText.plainUTF8(Array(html.utf8)) != Array(plain.utf8)
                || pieces != Array(plain.utf8) {
                differing.append(html)
            }
        }
        #expect(differing.isEmpty, "differ: \(differing.prefix(5).map(\.debugDescription))")
    }

    @Test func realPagesMatchTheCharacterImplementation() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var pages: [String] = []
        for folder in ["Content", "Tests/StudySiteTests/Fixtures", "Templates"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() {
                guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(file).path) else {
                    continue
                }
                let text = String(decoding: data, as: UTF8.self)
                if file.hasSuffix(".md") {
                    pages.append(HTMLWriter.render(MarkdownParser.parse(text)).html)
                    pages.append(HTMLWriter.render(MarkdownParser.parse(text, allowRawHTML: true)).html)
                } else if file.hasSuffix(".html") {
                    pages.append(text)
                }
            }
        }
        #expect(pages.count > 100)
        #expect(pages.contains { $0.contains("<svg") })
        for page in pages {
            #expect(HTMLText.plain(page) == ReferenceHTMLText.plain(page))
        }
    }

    /// HTML-ish text from pieces that exercise tags, entities, white space and clusters.
    static func randomTokens(count: Int, using random: inout SplitMix64) -> String {
        let tokens = [
            "<p>", "</p>", "<em>", "</em>", "<p id=\"a\">", "<a href=\"x.html#y\">", "</a>", "<br>",
            "<svg>", "</svg>", "<SVG viewBox=\"0 0 1 1\">", "</SVG>", "<svg\n>", "<svg\r\n>", "<svg/>",
            "<style>", "</style>", "<script>", "</script>", "<Style type=\"x\">", "< svg>", "<svg",
            "<svg\u{A0}x>", "<svg\u{3000}>", "<svg\u{85}>", "<svg\u{2028}>", "<svg\u{301}>", "</svg\u{301}>",
            "<\u{301}svg>", "\u{600}<svg>", "<svg>\u{301}", "</svg\u{600} >", "\u{600}>", "<s\u{212A}ript>",
            "<!-- c -->", "<", ">", "<<", ">>", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;",
            "&", "&amp", "&lt\u{37E}", "&quot\u{37E}", "&&amp;", "&#39", "&am", "&lt;\u{338}", "&\u{301}lt;",
            " ", "  ", "\n", "\t", "\r", "\r\n", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{85}",
            "\u{B}", "\u{C}", "\u{200B}", "\u{FEFF}", "\u{1680}", "\u{202F}",
            "a", "Word", "é", "e\u{301}", "한국", "🇰🇷", "👩‍👩‍👧", "\u{600}", "\u{903}", "\u{200D}",
            "\u{1F3FB}", "—", ";", "\u{37E}", "x", "\u{301}", "\u{338}", "\u{FE0F}", "\u{1100}\u{1161}",
        ]
        return (0..<count).map { _ in tokens[Int(random.next() % UInt64(tokens.count))] }.joined()
    }

    /// Scalars from a small alphabet of brackets, entity pieces, names and awkward Unicode.
    static func randomScalars(count: Int, using random: inout SplitMix64) -> String {
        let alphabet = Array("<>&;#/ \n\r\tsvgSVGtylecrip ampltgquo39=\"".unicodeScalars)
            + ["\u{A0}", "\u{2028}", "\u{3000}", "\u{85}", "\u{301}", "\u{600}", "\u{903}", "\u{200D}",
               "\u{37E}", "\u{212A}", "\u{1F1F0}", "\u{1F600}", "\u{C}", "\u{B}", "é", "\u{1100}",
               // At the edges of the ranges HTMLText takes as never joining a bracket.
               "\u{2FF}", "\u{300}", "\u{36F}", "\u{AD}", "\u{200C}", "\u{2014}", "\u{205E}", "\u{2060}",
               "\u{20E3}", "\u{2100}", "\u{21A9}", "\u{23FF}", "\u{2400}"]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
        return String(scalars)
    }

    /// Trimming on bytes gives Foundation's answer, ends of every kind included.
    @Test func trimmingWhitespacesMatchesFoundation() {
        let pieces = [" ", "\t", "\n", "\r", "\u{A0}", "\u{3000}", "\u{2009}", "a", "Z", "é", "e\u{301}", "\u{301}", "—", "1", ".", "\u{1F600}"]
        var random = SplitMix64(seed: 11)
        var cases = ["", " ", "\t \t", "a", " a ", "\ta b\t", "\u{A0}x\u{A0}", " \u{301}x", "x \u{A0}"]
        for _ in 0..<5_000 { cases.append(random.text(from: pieces, maxPieces: 8)) }
        for text in cases {
            #expect(HTMLText.trimmingWhitespaces(text) == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
        }
    }
}

/// The Character-based implementation `HTMLText.plain` replaced, kept as the reference its
/// output must equal.
enum ReferenceHTMLText {
    static func plain(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        var inSVG = false
        var inStyle = false
        var tagName = ""
        var tagNameDone = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tagName.lowercased()
                    switch name {
                    case "svg": inSVG = true
                    case "/svg": inSVG = false
                    case "style", "script": inStyle = true
                    case "/style", "/script": inStyle = false
                    default: break
                    }
                    text.append(" ")
                } else if !tagNameDone, !character.isWhitespace {
                    tagName.append(character)
                } else {
                    tagNameDone = true
                }
                continue
            }
            if character == "<" {
                inTag = true
                tagName = ""
                tagNameDone = false
                continue
            }
            if !inSVG && !inStyle { text.append(character) }
        }
        return decodeAndFold(text)
    }

    static func decodeAndFold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var scalars = text.unicodeScalars.makeIterator()
        var lookahead: [Unicode.Scalar] = []
        func next() -> Unicode.Scalar? { lookahead.isEmpty ? scalars.next() : lookahead.removeFirst() }
        while let scalar = next() {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace) {
                pendingSpace = !result.isEmpty
                continue
            }
            var emitted = String(scalar)
            if scalar == "&" {
                var entity: [Unicode.Scalar] = []
                while entity.count < 6, let following = next() {
                    entity.append(following)
                    if following == ";" { break }
                }
                switch String(String.UnicodeScalarView(entity)) {
                case "lt;": emitted = "<"
                case "gt;": emitted = ">"
                case "quot;": emitted = "\""
                case "#39;": emitted = "'"
                case "amp;": emitted = "&"
                default: lookahead = entity + lookahead
                }
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result += emitted
        }
        return result
    }
}
