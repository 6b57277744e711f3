import Testing
import TestSupport
@testable import CommonMark

/// The eight-bytes-at-once tests against a loop over the bytes.
@Suite struct WordBytesTests {
    @Test func eachTestMarksExactlyTheBytesItShould() {
        var random = SplitMix64(seed: 0xB17E5)
        // Bytes at the edges of every test, and random ones.
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x26, 0x3C, 0x5C, 0x7F, 0x80, 0x81, 0x9F, 0xA0, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in
                random.next() % 2 == 0 ? edges[Int(random.next() % UInt64(edges.count))] : UInt8(truncatingIfNeeded: random.next())
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let probe = edges[Int(random.next() % UInt64(edges.count))]
            let bound = UInt8(random.next() % 0x81)
            let lowest = UInt8(random.next() % 0x80), highest = max(lowest, UInt8(random.next() % 0x80))
            for (index, byte) in bytes.enumerated() {
                func marked(_ result: UInt64) -> Bool { result >> (8 * UInt64(index) + 7) & 1 == 1 }
                #expect(marked(WordBytes.zero(word)) == (byte == 0))
                #expect(marked(WordBytes.equal(word, probe)) == (byte == probe))
                // Exact for ASCII bytes; non-ASCII ones below 0x80 + bound are marked too.
                let expectedBelow = byte < 0x80 ? byte < bound : Int(byte) < 0x80 + Int(bound)
                #expect(marked(WordBytes.below(word, bound)) == expectedBelow, "\(byte) below \(bound)")
                #expect(marked(WordBytes.between(word, lowest, highest)) == (lowest...highest).contains(byte),
                        "\(byte) between \(lowest) and \(highest)")
            }
            #expect(WordBytes.zero(word) & ~WordBytes.high == 0)
            #expect(WordBytes.below(word, bound) & ~WordBytes.high == 0)
            #expect(WordBytes.between(word, lowest, highest) & ~WordBytes.high == 0)
        }
    }
}
