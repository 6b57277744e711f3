import Foundation
import Testing
import TestSupport
@testable import StrictCSV

/// Hostile input: random bytes and truncations never crash, hang or break invariants.
struct StrictCSVRobustnessTests {
    private static let sample = """
        year,total,"note, with comma"
        1955,12.5,"a ""quoted"" word"
        1956,N.A.,"two
        lines"
        1957,-3,plain\r
        1958,1,\u{D55C}

        """

    /// Checks what must hold for any input, whatever its diagnostics.
    private func checkInvariants(_ text: String) {
        let result = StrictCSVReader.read(text)
        let lineCount = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
        for diagnostic in result.diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.line <= lineCount)
            #expect(diagnostic.column >= 1)
            #expect(!diagnostic.hint.isEmpty && !diagnostic.message.isEmpty)
        }
        #expect(result.diagnostics.map(\.position) == result.diagnostics.map(\.position).sorted())
        if let table = result.table {
            for row in table.rows {
                #expect(row.fields.count == table.header.count)
                #expect(row.positions.count == row.fields.count)
            }
            let lines = table.rows.map(\.line)
            #expect(lines == lines.sorted() && Set(lines).count == lines.count)
        } else {
            #expect(!result.diagnostics.isEmpty)
        }
    }

    @Test func everyTruncationOfAValidFile() {
        let scalars = Array(Self.sample.unicodeScalars)
        for end in 0...scalars.count {
            checkInvariants(String(String.UnicodeScalarView(scalars[..<end])))
        }
    }

    @Test func randomBytes() {
        var random = SplitMix64(seed: 0x5EED)
        let alphabet = Array("ab1,\"\r\n .-\u{FEFF}".utf8) + [0, 0xFF, 0xC3]
        for _ in 0..<2_000 {
            let length = Int(random.next() % 64)
            let bytes = (0..<length).map { _ in
                random.next() % 3 == 0
                    ? UInt8(truncatingIfNeeded: random.next())
                    : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            checkInvariants(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func randomEditsOfAValidFile() {
        var random = SplitMix64(seed: 42)
        let scalars = Array(Self.sample.unicodeScalars)
        let inserts: [Unicode.Scalar] = ["\"", ",", "\n", "\r", "x"]
        for _ in 0..<1_000 {
            var edited = scalars
            for _ in 0..<(1 + random.next() % 3) {
                let at = Int(random.next() % UInt64(edited.count))
                if random.next() % 2 == 0 {
                    edited.remove(at: at)
                } else {
                    edited.insert(inserts[Int(random.next() % 5)], at: at)
                }
            }
            checkInvariants(String(String.UnicodeScalarView(edited)))
        }
    }

    @Test func pathologicalQuotesStayFast() {
        let lines = (0..<20_000).map { index in
            ["\"", "\"\"", "\"\"\"", "a\"", "\"x", "1,2"][index % 6]
        }
        let started = Date()
        let result = StrictCSVReader.read("a,b\n" + lines.joined(separator: "\n"))
        #expect(!result.diagnostics.isEmpty)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func largeValidFileIsLinear() {
        let rows = (0..<50_000).map { "\($0),\"v, \($0)\",\($0 % 7)" }
        let started = Date()
        let result = StrictCSVReader.read("k,v,w\n" + rows.joined(separator: "\n"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.table?.rows.count == 50_000)
        #expect(result.table?.rows.last?.line == 50_001)
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
