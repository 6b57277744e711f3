import Foundation
import Testing
import TestSupport
@testable import Corpus

/// `SourceText.decode` trusts the standard library's UTF-8 check and uses its own byte loop
/// only to say where a file fails: the two must agree on every input.
@Suite struct SourceTextTests {
    @Test func validationAgreesWithTheByteLoop() {
        var random = SplitMix64(seed: 0xC0FFEE)
        // Lead bytes of every class, continuation bytes at the edges of their ranges.
        let pieces: [[UInt8]] = [
            [0x41], [0x7F], [0x80], [0xBF], [0xC0], [0xC1], [0xC2], [0xDF], [0xE0], [0xA0], [0x9F],
            [0xED], [0xEF], [0xF0], [0x90], [0x8F], [0xF4], [0xF5], [0xFF], [0xC3, 0xA9],
            [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0x0A],
        ]
        for _ in 0..<20_000 {
            let bytes = (0..<Int(random.next() % 6)).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect((String(validating: bytes, as: UTF8.self) != nil) == (SourceText.firstInvalidUTF8(bytes) == nil),
                    "\(bytes)")
        }
    }

    @Test func decodesAndReportsWhereAFileFails() throws {
        #expect(try SourceText.decode(Data("plain é\n".utf8), file: "f").get() == "plain é\n")
        guard case .failure(let diagnostic) = SourceText.decode(Data([0x61, 0x0A, 0x62, 0xED, 0xA0, 0x80]), file: "f")
        else {
            Issue.record("a surrogate is not UTF-8")
            return
        }
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.column == 2)
    }
}
