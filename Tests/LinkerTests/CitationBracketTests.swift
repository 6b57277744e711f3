import Foundation
import Testing
import TestSupport
@testable import Linker

/// The byte scanner that finds `[@…]` citations against the regular expression it replaced,
/// on seeded random text made of brackets, at signs, keys, locators and non-ASCII letters.
@Suite struct CitationBracketTests {
    @Test func bracketsMatchTheRegularExpression() throws {
        let pattern = try NSRegularExpression(pattern: #"\[(@[^\[\]]+)\]"#)
        let pieces = ["[", "]", "@", "[@", "key1", "; ", ", p. 3", "x", " ", "é", "\n", "[@a]", "—", "e\u{301}"]
        var random = SplitMix64(seed: 42)
        var found = 0
        for _ in 0..<5_000 {
            let count = Int(random.next() % 16)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            let mine = CitationLinker.brackets(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            let ns = text as NSString
            let theirs = pattern.matches(in: text, range: NSRange(location: 0, length: ns.length))
                .map { ns.substring(with: $0.range) }
            #expect(mine == theirs, "\(text.debugDescription)")
            found += mine.count
        }
        #expect(found > 500)
    }
}

/// The byte reading of a bracketed citation's items against the regular expression it
/// stands in for, on seeded random printable ASCII made of keys, separators and locators.
@Suite struct CitationItemTests {
    @Test func readsKeysAndLocators() {
        func item(_ text: String) -> [String?]? {
            CitationLinker.asciiItem(text).map { $0.map { [$0.key, $0.locator] } } ?? nil
        }
        #expect(item("@lankov2002, p. 12") == ["lankov2002", "p. 12"])
        #expect(item("  @a.b-c_1 ") == ["a.b-c_1", nil])
        #expect(item("@key,   ") == ["key", nil])
        #expect(item("@key.") == nil)
        #expect(item("key") == nil)
        #expect(CitationLinker.asciiItem("@k\u{E9}y") == nil)
    }

    @Test func byteReadingMatchesThePattern() {
        var random = SplitMix64(seed: 20_261_126)
        func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
        func some(_ items: [String], upTo count: UInt64) -> String {
            (0..<Int(random.next() % (count + 1))).map { _ in pick(items) }.joined()
        }
        let spaces = ["", " ", "  "]
        var compared = 0
        for _ in 0..<20_000 {
            // Mostly the shape of an item, with a random piece now and then where it breaks.
            var text = pick(spaces) + pick(["@", "@", "@", "", "x@", "@@"])
            text += some(["key", "a", "1", "_", ".", ":", "-", "Z"], upTo: 4)
            text += pick(spaces)
            if random.next() % 3 > 0 {
                text += pick([",", ",", ", ", ";", "x"]) + pick(spaces)
                text += some(["p. 12", "pp. 3-5", "x", " ", ",", "@", "."], upTo: 3) + pick(spaces)
            }
            guard let fast = CitationLinker.asciiItem(text) else { continue }
            compared += 1
            let expected = CitationLinker.patternItem(text)
            #expect(fast?.key == expected?.key && fast?.locator == expected?.locator,
                    "\(text.debugDescription): \(String(describing: fast)) vs \(String(describing: expected))")
        }
        #expect(compared == 20_000)
    }

    /// A bracket's items read on its bytes equal the items read through Characters and the
    /// pattern (the String path, kept for text that is not printable ASCII).
    @Test func itemsOnBytesEqualItemsThroughCharacters() {
        var random = SplitMix64(seed: 7_111)
        let pieces = ["@key1", "@a", ";", ";", " ", ", p. 3", ",", "x", "@", "pp. 3-5", ";;", "é", "\t", "e\u{301}", ";\u{301}"]
        var read = 0
        for _ in 0..<10_000 {
            let inner = random.text(from: pieces, maxPieces: 8)
            let onBytes = Array(inner.utf8).withUnsafeBufferPointer { CitationLinker.parseItems($0) }
            let throughCharacters = CitationLinker.parseItems(inner)
            #expect(onBytes?.map { [$0.key, $0.locator] } == throughCharacters?.map { [$0.key, $0.locator] },
                    "\(inner.debugDescription)")
            if onBytes != nil { read += 1 }
        }
        #expect(read > 400)
    }
}
