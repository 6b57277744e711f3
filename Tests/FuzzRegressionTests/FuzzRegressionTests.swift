import Foundation
import CommonMark
import Corpus
import Diagnostics
import FuzzChecks
import Testing

/// Replays the fuzz targets' checks (Sources/FuzzChecks) on their seed corpora and on every
/// input the fuzzers or their reviews found to crash, so a fixed bug stays fixed.
/// scripts/fuzz.sh and docs/reliability.md describe the fuzzing itself.
@Suite struct FuzzRegressionTests {
    static let checks: [(name: String, check: @Sendable ([UInt8]) -> [String])] = [
        ("FuzzFrontMatter", FuzzCheck.frontMatter), ("FuzzBibTeX", FuzzCheck.bibTeX),
        ("FuzzEDTF", FuzzCheck.edtf), ("FuzzCSV", FuzzCheck.csv), ("FuzzMarkdown", FuzzCheck.markdown),
    ]

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: checks.map(\.name))
    func seedCorpusHoldsTheInvariants(target: String) throws {
        let check = try #require(Self.checks.first { $0.name == target }).check
        let folder = Self.repository.appendingPathComponent("Fuzz/Corpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(check([UInt8](data)) == [], "Fuzz/Corpus/\(target)/\(name)")
        }
    }
}

/// Inputs that crashed or broke an invariant, one test each; all four are fixed and each test
/// proves its fix. Crashes run as exit tests (in a child process), so a regression fails the
/// test instead of killing the suite. scripts/sanitizers.sh skips this suite.
@Suite struct FuzzCrashRegressionTests {
    /// Found by reviewing the Markdown target's recursion (libFuzzer's 4 KB inputs are too
    /// short): 12 KB of `*` around one letter passes `MarkdownLimits.standard` (no line starts
    /// with a container marker), cmark-gfm nests `<strong>`/`<em>` thousands deep, and the
    /// recursive `HTMLWriter.write(_:)` overflows the stack: `studysite check` dies with
    /// SIGSEGV for n = 6000 on this machine (debug build, 8 MB main-thread stack).
    @Test func deeplyNestedEmphasisRenders() async {
        do {
            await #expect(processExitsWith: .success) {
                let n = 100_000
                let text = String(repeating: "*", count: n) + "a" + String(repeating: "*", count: n)
                _ = FuzzCheck.markdown(Array(text.utf8))
            }
        }
    }

    /// Found while checking where Markdown is parsed without `MarkdownLimits`: the timeline
    /// renders each event's `summary` (corpus YAML) with `MarkdownParser.parse` directly
    /// (Planner/TimelineModel.swift), so the nesting budget that refuses this in a page body
    /// never runs. A 14 KB summary of `> > > … x` (7000 levels) makes `studysite check`
    /// die with SIGSEGV in the recursive `TreeConverter.block(_:)`; `- - - … x` does too.
    @Test func deeplyNestedTimelineSummaryRenders() async {
        do {
            await #expect(processExitsWith: .success) {
                // What TimelineModel does with `summary`.
                let summary = String(repeating: "> ", count: 100_000) + "x"
                _ = HTMLWriter.render(
                    MarkdownParser.parse(summary), options: HTMLRenderOptions(numberParagraphs: false))
            }
        }
    }

    /// Found by FuzzFrontMatter (a 532-byte mutation of Content/site.yaml; minimised by hand):
    /// libyaml follows YAML 1.1 and counts U+0085 (NEL), U+2028 (LINE SEPARATOR) and U+2029
    /// (PARAGRAPH SEPARATOR) as line breaks, while the file, `SourceText` and every editor
    /// count only "\n". Each such character, even inside a quoted value, moves every later YAML
    /// diagnostic and value location down a line, so messages and their source excerpt point
    /// at the wrong line (or past the end of the file).
    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func yamlLineSeparatorsKeepLocations(separator: String) {
        func errorLines(_ yaml: String) -> [Int?] {
            var diagnostics: [Diagnostic] = []
            _ = YAMLReader.read(yaml, file: "site.yaml", diagnostics: &diagnostics)
            return diagnostics.map { $0.location?.line }
        }
        // Without the separator the error is reported on line 3, the end of the text.
        #expect(errorLines("title: \"AB\"\nbroken: [unclosed\n") == [3])
        let yaml = "title: \"A\(separator)B\"\nbroken: [unclosed\n"
        do {
            #expect(errorLines(yaml) == [3])
            #expect(FuzzCheck.frontMatter(Array(yaml.utf8), skipKnownIssues: false) == [])
        }
    }

    /// Found by FuzzFrontMatter (the same 532-byte input; minimised by hand): a carriage
    /// return followed by a combining mark survives `SourceText.decode`, whose contract is
    /// that CRLF and CR become LF. It uses Foundation's `replacingOccurrences(of: "\r", …)`,
    /// which does not match a CR followed by a combining mark (U+0301, U+035E, …).
    /// libyaml and cmark-gfm then count that CR as a line break, StudySite does not, and
    /// every later diagnostic is a line off.
    @Test func sourceTextTurnsEveryCarriageReturnIntoALineFeed() {
        let bytes = Array("title: a\r\u{301}b\rbroken: [\n".utf8)
        do {
            guard case .success(let text) = SourceText.decode(Data(bytes), file: "site.yaml") else {
                Issue.record("valid UTF-8 refused")
                return
            }
            #expect(!text.utf8.contains(0x0D))
            #expect(FuzzCheck.frontMatter(bytes, skipKnownIssues: false) == [])
        }
    }

    /// Found by CI's fuzz smoke run (FuzzMarkdown, session 10): cmark-gfm cut short a
    /// character it had put in for a NUL byte, at a label like a footnote's (`[^ … ]`), and
    /// left a text node ending in the first byte of U+FFFD. The tree's writer makes a String
    /// of a run of text (which repairs it); the writer that works from cmark's nodes copied
    /// the bytes, so the page held invalid UTF-8 and the two writers' bytes differed.
    @Test func textCutShortByCmarkIsRepairedAsTheTreeRepairsIt() throws {
        let input = "IyAtOnxmb290bm90ZXMtaGVhZGluZwp8IDEgfCAyIHwKCnRleHRbXiB0aGUgCmXhAgAAAAAAAA4AAAAAADBdOiB0aGUgCmXhAlBQUFBQUFBQUFBQUAAAAP////WQkYufYGBzd2lmdApsZXRlIHd0aGkgW2xpbmtdKGhUdHBzOi8vZWVsYW14LoufhQP/////////////////////////////////AAAAAAAAYGBzd2lmKSBhbmQgIVtpbWddKGEucG5nKQoKMS4gb25lCiAgIC0gbmVxdGVkIH5+cwotLS0K"
        let bytes = [UInt8](try #require(Data(base64Encoded: input)))
        #expect(FuzzCheck.markdown(bytes) == [])
    }
}
