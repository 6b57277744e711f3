import Testing
import BibTeX

/// Hostile and broken input: the reader must return, without crashing, in bounded time.
@Suite(.timeLimit(.minutes(1))) struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    private static let pieces = [
        "@", "{", "}", "(", ")", "\"", "#", "%", "=", ",", "\\", " ", "\n", "\r", "\t", "~",
        "-", "'", "`", "$", "a", "Z", "1", "and", "others", "@string", "@misc", "@comment",
        "@preamble", "jan", "\\\"", "\\'", "\\c", "{\\", "crossref", "author", "é", "\u{0}",
    ]

    private func check(_ text: String) {
        let (_, diagnostics) = BibTeXReader.read(text)
        for diagnostic in diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
        }
    }

    @Test func randomInputs() {
        var generator = Generator(state: 2024)
        for _ in 0..<3000 {
            let length = Int.random(in: 0..<120, using: &generator)
            var text = ""
            for _ in 0..<length {
                text += Self.pieces.randomElement(using: &generator) ?? ""
            }
            check(text)
        }
    }

    @Test(arguments: Fixture.names)
    func truncatedAndMutatedRealFiles(name: String) throws {
        let scalars = Array(try Fixture.text(name).unicodeScalars)
        var generator = Generator(state: UInt64(scalars.count))
        for _ in 0..<40 {
            let cut = Int.random(in: 0...scalars.count, using: &generator)
            check(String(String.UnicodeScalarView(scalars[..<cut])))
            var mutated = scalars
            for _ in 0..<5 where !mutated.isEmpty {
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                let piece = Self.pieces.randomElement(using: &generator) ?? ""
                mutated.replaceSubrange(index...index, with: piece.unicodeScalars)
            }
            check(String(String.UnicodeScalarView(mutated)))
        }
    }

    @Test(arguments: [
        String(repeating: "{", count: 200_000),
        "@misc{a, title = " + String(repeating: "{", count: 100_000),
        "@misc{a, title = {" + String(repeating: "\\'{", count: 50_000) + "}}",
        "@misc{a, title = {" + String(repeating: "\\emph{", count: 30_000) + "}}",
        "@misc{a, author = {" + String(repeating: "a and ", count: 30_000) + "}}",
        String(repeating: "@misc{", count: 20_000),
        String(repeating: "@", count: 100_000),
        String(repeating: "@misc{x,", count: 10_000),
    ])
    func pathologicalShapes(text: String) {
        check(text)
    }

    @Test func doublingStringsAreCut() {
        var text = "@string{a0 = \"xxxxxxxxxx\"}\n"
        for level in 1...40 {
            text += "@string{a\(level) = a\(level - 1) # a\(level - 1)}\n"
        }
        text += "@misc{k, title = a40}"
        let (entries, diagnostics) = BibTeXReader.read(text)
        #expect(diagnostics.contains { $0.rule == .valueTooLong })
        #expect((entries.first?["title"]?.count ?? 0) <= 100_000)
    }
}

extension RobustnessTests {
    @Test func syntaxProblemsAreCapped() {
        let diagnostics = BibTeXReader.read(String(repeating: "@ ", count: 5_000)).diagnostics
        #expect(diagnostics.count == 501)
        #expect(diagnostics.last?.message == "too many syntax problems; the rest are not reported")
    }
}
