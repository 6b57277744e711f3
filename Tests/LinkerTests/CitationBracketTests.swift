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
