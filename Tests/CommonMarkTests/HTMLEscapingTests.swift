import Testing
import TestSupport
@testable import CommonMark

@Suite struct HTMLEscapingTests {
    @Test func refusesScriptSchemesHoweverWritten() {
        for url in ["javascript:alert(1)", "JavaScript:x", " java\tscript:x", "\u{1}data:text/html,x",
                    "VBSCRIPT:x", "file:///etc/passwd", "jav\u{A0}ascript:x", "ｊavascript:x".uppercased()] {
            #expect(HTMLEscaping.safeURL(url) == HTMLEscaping.unicodeSafeURL(url), "\(url.debugDescription)")
        }
        #expect(HTMLEscaping.safeURL("JavaScript:x") == nil)
        #expect(HTMLEscaping.safeURL(" java\tscript:x") == nil)
        #expect(HTMLEscaping.safeURL("../entities/people/kim.html#p3") == "../entities/people/kim.html#p3")
        #expect(HTMLEscaping.safeURL("https://example.org") == "https://example.org")
    }

    /// The byte check answers as the Unicode one does, for random ASCII text made of scheme
    /// pieces, case changes, whitespace and controls.
    @Test func byteSchemeCheckMatchesUnicodeCheck() {
        var random = SplitMix64(seed: 11_26)
        let pieces = ["java", "JAVA", "script", "Script:", ":", "data", "DaTa:", "vb", "file", "fi", "le:",
                      " ", "\t", "\n", "\u{1}", "\u{7F}", "x", "/", "#", "http:"]
        for _ in 0..<5000 {
            let url = random.text(from: pieces, maxPieces: 6)
            #expect(HTMLEscaping.safeURL(url) == HTMLEscaping.unicodeSafeURL(url), "\(url.debugDescription)")
        }
    }

    @Test func attributeURLsAreEncodedThenEscaped() {
        #expect(HTMLEscaping.attributeURL("../entities/people/kim.html#p3") == "../entities/people/kim.html#p3")
        #expect(HTMLEscaping.attributeURL("a b\"c") == "a%20b%22c")
        #expect(HTMLEscaping.attributeURL("caf\u{E9}.html?x=1&y='2'") == "caf%C3%A9.html?x=1&amp;y=&#39;2&#39;")
        #expect(HTMLEscaping.attributeURL("\u{7F}\t") == "%7F%09")
    }

    @Test func appendEscapingMatchesEscape() {
        for text in ["", "plain", "<a href=\"x\">'&'</a>", "é\u{301}<", "&&", "<", "tail>"] {
            var bytes: [UInt8] = Array("pre".utf8)
            HTMLEscaping.append(escaping: text, to: &bytes)
            #expect(bytes == Array(("pre" + HTMLEscaping.escape(text)).utf8), "\(text.debugDescription)")
        }
    }

    /// Escaping (eight bytes at a time where none is in the escaped ranges) against a
    /// character-by-character reference, on random texts with the escaped characters and
    /// their neighbours in the ranges at every offset.
    @Test func escapingMatchesACharacterLoop() {
        func reference(_ text: String) -> String {
            var result = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "'": result += "&#39;"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
        var random = SplitMix64(seed: 0xE5C)
        let pieces = ["&", "<", ">", "\"", "'", "#", "$", "%", "=", ";", "!", "(", "?", "@", "a", "word ",
                      "eightchr", "é", "\u{2019}", "\u{1F600}", "0", "\u{7F}", "\u{A2}", "\u{BC}"]
        for _ in 0..<5_000 {
            let text = random.text(from: pieces, maxPieces: 24)
            #expect(HTMLEscaping.escape(text) == reference(text), "\(text.debugDescription)")
            var bytes: [UInt8] = []
            HTMLEscaping.append(escaping: text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == reference(text), "\(text.debugDescription)")
        }
    }
}

@Suite struct SlugTests {
    @Test func makesSlugs() {
        #expect(Slug.make("Kim Il Sung's Purge (1956)") == "kim-il-sung-s-purge-1956")
        #expect(Slug.make("  --  ") == "section")
        #expect(Slug.make("Khrushch\u{EB}v") == "khrushchev")
        #expect(Slug.make("Ⅻ ﬁne") == Slug.unicodeSlug("Ⅻ ﬁne"))
    }

    /// The ASCII byte path gives what the Unicode path gives, on random ASCII text.
    @Test func asciiPathMatchesUnicodePath() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let text = String(decoding: (0..<Int(random.next() % 24)).map { _ in UInt8(random.next() % 128) },
                              as: UTF8.self)
            #expect(Slug.make(text) == Slug.unicodeSlug(text), "\(text.debugDescription)")
        }
    }
}

/// A link's start tag: a destination of plain site-path bytes is written as it is; every
/// destination gives what the safe-URL check, percent-encoding and escaping give.
@Suite struct LinkStartTests {
    @Test func linkStartIsTheCheckedEncodedEscapedDestination() {
        func reference(_ destination: String, title: String) -> String {
            guard let url = HTMLEscaping.safeURL(destination) else { return #"<span class="link-removed">"# }
            let titled = title.isEmpty ? "" : #" title=""# + HTMLEscaping.escape(title) + "\""
            return #"<a href=""# + HTMLEscaping.attributeURL(url) + "\"" + titled + ">"
        }
        var random = SplitMix64(seed: 0x11_4C)
        let pieces = ["../", "entities/", "a00001", ".html", "#p3", "-", "_", "~", "javascript:", "JavaScript:", "data:", "file:",
                      "http://x.org", "mailto:a@b", " ", "\t", "&", "<", "\"", "'", "%20", "é", "{", "|", "\u{7F}", ":", "?q=1", ""]
        var plain = 0
        for _ in 0..<5_000 {
            let destination = random.text(from: pieces, maxPieces: 6)
            // A plain path is written as it is.
            if HTMLEscaping.isPlainPath(destination) {
                plain += 1
                #expect(reference(destination, title: "") == #"<a href=""# + destination + #"">"#, "\(destination)")
            }
            let title = random.next() % 4 == 0 ? random.text(from: ["a", "&", "\"", " "], maxPieces: 4) : ""
            var output = Array("x".utf8)
            let isLink = HTMLWriter.appendLinkStart(destination: destination, title: title, to: &output)
            let expected = reference(destination, title: title)
            #expect(String(decoding: output.dropFirst(), as: UTF8.self) == expected, "\(destination.debugDescription)")
            #expect(isLink == expected.hasPrefix("<a "))
        }
        #expect(plain > 500)
    }
}
