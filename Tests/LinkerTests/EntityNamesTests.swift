import Foundation
import Testing
import Corpus
import TestSupport
@testable import Linker

@Suite struct EntityNamesTests {
    /// Trimming on ASCII bytes against Foundation's `.whitespaces`, on every ASCII character
    /// and on random texts with other spaces in them.
    @Test func trimsAsFoundationTrims() {
        var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var random = SplitMix64(seed: 0xE_4E41)
        let pieces = [" ", "\t", "\n", "a", "Kim", "\u{A0}", "\u{3000}", "é", "\r", "-"]
        for _ in 0..<3_000 { texts.append(random.text(from: pieces, maxPieces: 7)) }
        for text in texts {
            #expect(EntityNames.trimmingWhitespaces(text) == text.trimmingCharacters(in: .whitespaces),
                    "\(text.debugDescription)")
        }
    }

    /// Longest names first (in Characters, not bytes), then by text.
    @Test func longestNamesComeFirst() {
        let entity = { (slug: String, name: String) in
            Entity(slug: slug, kind: .person, name: name, aliases: [], description: nil, dates: nil,
                   born: nil, died: nil, body: MarkdownSource(file: "e.md", text: "", firstLine: 1))
        }
        let names = EntityNames([entity("a", "Kim"), entity("b", "서울서울"), entity("c", "  Kim Il  "), entity("d", "Abc")])
        #expect(names.names.map(\.text) == ["Kim Il", "서울서울", "Abc", "Kim"])
    }
}
