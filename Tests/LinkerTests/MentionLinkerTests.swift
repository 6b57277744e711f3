import CommonMark
import Corpus
import Testing
import TestSupport
@testable import Linker

@Suite struct MentionLinkerTests {
    func entity(_ slug: String, _ name: String, _ aliases: [String] = []) -> Entity {
        Entity(slug: slug, kind: .person, name: name, aliases: aliases, description: nil, dates: nil,
               born: nil, died: nil, body: MarkdownSource(file: "e.md", text: "", firstLine: 1))
    }

    var names: EntityNames {
        EntityNames([
            entity("kim-il-sung", "Kim Il Sung", ["Kim Il-song"]),
            entity("kim-chong-il", "Kim Chong-il"),
            entity("korea", "Korea"),
            entity("north-korea", "North Korea", ["DPRK"]),
            entity("prc", "People's Republic of China"),
        ])
    }

    func render(_ markdown: String, mode: String = "first-in-section", own: String? = nil) -> (String, [MentionRecord]) {
        var linker = MentionLinker(names: names, page: "articles/a.html", pageTitle: "A", mode: mode, ownSlug: own)
        let document = InlineRewriter { linker.link($0, $1) }.apply(MarkdownParser.parse(markdown))
        return (HTMLWriter.render(document).html, linker.records)
    }

    @Test func aliasesReachTheSamePage() {
        let (html, records) = render("Kim Il-song met Kim Il Sung.\n", mode: "every")
        #expect(html.components(separatedBy: "href=\"../entities/kim-il-sung.html\"").count == 3)
        #expect(records.count == 1)
    }

    @Test func longestMatchWinsAndWholeWordsOnly() {
        let (html, _) = render("North Korea, not Koreans or Korean, nor Korea-based; Korea.\n", mode: "every")
        #expect(html.contains("href=\"../entities/north-korea.html\""))
        #expect(!html.contains(">Koreans<"))
        #expect(html.contains("<span class=\"mention\">Korea</span></a>."))
        // A hyphen ends a word: "Korea-based" mentions Korea.
        #expect(html.components(separatedBy: "entities/korea.html").count == 3)
    }

    @Test func firstMentionPerSectionByDefault() {
        let (html, _) = render("DPRK and DPRK.\n\n## Next\n\nDPRK again.\n")
        #expect(html.components(separatedBy: "entities/north-korea.html").count == 3)
    }

    @Test func neverInHeadingsLinksCodeOrOwnPage() {
        let (html, records) = render("## Korea\n\n[Korea](https://example.org) and `Korea`.\n", mode: "every")
        #expect(!html.contains("entities/korea.html"))
        #expect(records.count == 1)
        let (own, _) = render("Korea.\n", mode: "every", own: "korea")
        #expect(!own.contains("entities/korea.html"))
    }

    @Test func typographicApostrophesMatch() {
        let (html, _) = render("The People’s Republic of China.\n")
        #expect(html.contains("entities/prc.html"))
        #expect(html.contains("People’s Republic of China</span>"))
    }

    @Test func backlinksCarryParagraphAndSnippet() {
        let (_, records) = render("First.\n\nThen Kim Chong-il spoke.[^1]\n\n[^1]: Kim Chong-il again.\n", mode: "off")
        #expect(records.map(\.anchor) == ["p2", "fn-1"])
        #expect(records.first?.snippet == "Then Kim Chong-il spoke.")
    }

    /// The byte matcher must agree with the Character matcher it replaced on every text it
    /// accepts: random runs of names, pieces of names, punctuation, typographic apostrophes,
    /// accented letters, and letters with combining marks (which go to the Character path).
    @Test func byteMatchingEqualsCharacterMatching() {
        let pieces = ["Kim", " ", "Il", "Sung", "Kim Il Sung", "Kim Il-song", "Korea", "North Korea", "DPRK",
                      "People’s", "People‘s", "People's Republic of China", "Koreans", "é", "ŏ", "–", "…",
                      "e\u{301}", "Ko\u{308}rea", ".", ",", "-", "(", ")", "’", "x", "1", "\n", "\u{00A0}",
                      "Ł", "Korea\u{301}", "🇰🇷", "Å", "Å",
                      "1Korea", "Korea1", "xKorea", "KOREA", "kim", "DPRKs", "_", "@"]
        var generator = SplitMix64(seed: 7)
        var fastPathRuns = 0
        for _ in 0..<3_000 {
            // Now and then a long run, so that snippets are cut ("… " and " …").
            let count = generator.next() % 8 == 0 ? 60 : Int(generator.next() % 12) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let simple = MentionLinker.isSimpleText(Array(text.utf8))
            if simple { fastPathRuns += 1 }
            // The eight-bytes-at-a-time version for buffers says the same.
            var contiguous = text
            #expect(contiguous.withUTF8 { MentionLinker.isSimpleText($0) } == simple, "\(text.debugDescription)")
            for mode in ["every", "first-in-section"] {
                var fast = MentionLinker(names: names, page: "articles/a.html", pageTitle: "A", mode: mode, ownSlug: "korea")
                var slow = MentionLinker(names: names, page: "articles/a.html", pageTitle: "A", mode: mode, ownSlug: "korea")
                // In a paragraph, in a footnote, or in neither (the passage is the line).
                var context = TextContext()
                switch generator.next() % 3 {
                case 0: context.paragraph = 1
                case 1: context.footnote = "n 1"
                default: context.line = 7
                }
                // nil is "the run stays as it is", which the Character path spells out.
                func unchangedSpelledOut(_ linked: [MarkdownInline]?) -> [MarkdownInline] {
                    linked ?? (text.isEmpty ? [] : [.text(text)])
                }
                let fastResult = unchangedSpelledOut(fast.link(text, context)) + unchangedSpelledOut(fast.link(text, context))
                let slowResult = slow.linkCharacters(text, context) + slow.linkCharacters(text, context)
                #expect(fastResult == slowResult, "\(text.debugDescription)")
                #expect(fast.records == slow.records, "\(text.debugDescription)")
            }
        }
        #expect(fastPathRuns > 500)
    }
}

/// The eight-bytes-at-once search for bytes that may start a name against a byte loop.
@Suite struct FirstBytesTests {
    @Test func findsWhatAByteLoopFinds() {
        var random = SplitMix64(seed: 0xF1_2571)
        for round in 0..<3_000 {
            var set = CandidateTable.FirstBytes()
            var members = Set<UInt8>()
            // Capitals, a few of anything, or bytes at the edges (0x00, 0x7F, 0x80, 0xFF).
            for _ in 0..<(1 + Int(random.next() % 5)) {
                let byte: UInt8 = switch round % 3 {
                case 0: UInt8(0x41 + random.next() % 26)
                case 1: UInt8(truncatingIfNeeded: random.next())
                default: [0x00, 0x01, 0x7F, 0x80, 0xC3, 0xFF][Int(random.next() % 6)]
                }
                set.insert(byte)
                members.insert(byte)
            }
            let text = (0..<Int(random.next() % 40)).map { _ -> UInt8 in
                random.next() % 4 == 0 ? UInt8(truncatingIfNeeded: random.next()) : UInt8(0x61 + random.next() % 26)
            }
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let expected = (start..<bytes.count).first { members.contains(bytes[$0]) } ?? bytes.count
                    #expect(set.firstIndex(in: bytes, from: start) == expected, "\(text) from \(start)")
                }
                for byte in 0...255 {
                    #expect(set.contains(UInt8(byte)) == members.contains(UInt8(byte)))
                }
            }
        }
    }
}

/// A mention's snippet on bytes is the one the Character version cuts: about 70 characters
/// either side, widened to whole words, for every place of the mention in long texts of
/// ASCII and of the other characters the byte path takes.
@Suite struct MentionSnippetTests {
    @Test func byteSnippetEqualsCharacterSnippet() {
        var random = SplitMix64(seed: 0x5_41_99)
        let pieces = ["a", "b", "word", " ", " ", "\n", ".", "é", "’", "–", "ŏ", "\u{00A0}", "Kim"]
        var checked = 0
        for _ in 0..<2_000 {
            let text = random.text(from: pieces, maxPieces: 120)
            let characters = Array(text)
            guard characters.count > 2, MentionLinker.isSimpleText(Array(text.utf8)) else { continue }
            let offset = Int(random.next() % UInt64(characters.count - 1))
            let length = 1 + Int(random.next() % UInt64(min(5, characters.count - offset)))
            let start = String(characters[..<offset]).utf8.count
            let end = start + String(characters[offset..<(offset + length)]).utf8.count
            var contiguous = text
            let onBytes = contiguous.withUTF8 { MentionLinker.snippet($0, start: start, end: end) }
            #expect(onBytes == MentionLinker.snippet(characters, offset: offset, length: length), "\(text.debugDescription) \(offset)")
            checked += 1
        }
        #expect(checked > 1_000)
        // A space exactly 70 characters before the mention, and exactly 70 after it.
        let crafted = "aaaa " + String(repeating: "b", count: 69) + "KIM" + String(repeating: "c", count: 70) + " dddd"
        var bytes = crafted
        let onBytes = bytes.withUTF8 { MentionLinker.snippet($0, start: 74, end: 77) }
        #expect(onBytes == MentionLinker.snippet(Array(crafted), offset: 74, length: 3))
    }
}
