import Foundation
import Diagnostics
import Testing
@testable import Corpus

@Suite struct FrontMatterTests {
    func read(_ yaml: String, firstLine: Int = 2) -> (YAMLValue?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let value = YAMLReader.read(yaml, file: "x.md", firstLine: firstLine, diagnostics: &diagnostics)
        return (value, diagnostics)
    }

    @Test func scalarsStayText() {
        let (value, diagnostics) = read("date: 1884-07-07\ncount: 010\nflag: no\nnothing: ~\n")
        #expect(diagnostics.isEmpty)
        #expect(value?["date"]?.string == "1884-07-07")
        #expect(value?["count"]?.string == "010")
        #expect(value?["flag"]?.string == "no")
        #expect(value?["nothing"]?.string == "~")
    }

    @Test func valuesRememberTheirFilePosition() {
        let (value, _) = read("title: A\nsee_also:\n  - B\n", firstLine: 2)
        #expect(value?["title"]?.location == SourceLocation(file: "x.md", line: 2, column: 8))
        #expect(value?["see_also"]?.items?.first?.location == SourceLocation(file: "x.md", line: 4, column: 5))
    }

    @Test func aliasBombIsRefusedQuickly() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for (index, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].enumerated() {
            let previous = index == 0 ? "a" : ["b", "c", "d", "e", "f", "g", "h", "i"][index - 1]
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let (value, diagnostics) = read(lines.joined(separator: "\n") + "\n")
        #expect(value == nil)
        #expect(diagnostics.contains { $0.rule == "yaml-alias" })
        #expect(start.duration(to: clock.now) < .seconds(2))
    }

    @Test func tagsAreRefused() {
        let (value, diagnostics) = read("title: !!python/object:os.system echo\n")
        #expect(value == nil)
        #expect(diagnostics.first?.rule == "yaml-tag")
    }

    @Test func duplicateKeysAreErrors() {
        let (_, diagnostics) = read("title: A\ntitle: B\n")
        #expect(diagnostics.first?.rule == "yaml-duplicate-key")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func syntaxErrorsCarryFileLineAndColumn() {
        let (value, diagnostics) = read("title: [unclosed\nauthor: x\n")
        #expect(value == nil)
        #expect(diagnostics.first?.rule == "yaml-syntax")
        #expect((diagnostics.first?.location?.line ?? 0) >= 2)
    }

    @Test func splitFindsBodyLine() throws {
        let split = try FrontMatter.split("---\ntitle: A\n---\nBody\n", file: "a.md").get()
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 4)
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: A\n", file: "a.md").get() }
    }

    @Test func missingTitleIsAnErrorAndUnknownKeysWarn() {
        let (value, _) = read("subtitle: x\ncolour: red\n")
        guard let value else { Issue.record("no value"); return }
        var diagnostics: [Diagnostic] = []
        let split = FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 4)
        let article = Article.read(slug: "a", split: split, yaml: value, file: "x.md", diagnostics: &diagnostics)
        #expect(article == nil)
        #expect(diagnostics.contains { $0.rule == "front-matter-missing-key" && $0.severity == .error })
        #expect(diagnostics.contains {
            $0.rule == "front-matter-unknown-key" && $0.severity == .warning && $0.location?.line == 3
        })
    }

    @Test func nonUTF8AndBOMAndCRLF() throws {
        let text = try SourceText.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8)), file: "f").get()
        #expect(text == "a\nb\nc")
        let bad = SourceText.decode(Data(Array("ok\nab".utf8) + [0xFF]), file: "f")
        guard case .failure(let diagnostic) = bad else { Issue.record("accepted bad UTF-8"); return }
        #expect(diagnostic.rule == "file-not-utf8")
        #expect(diagnostic.location == SourceLocation(file: "f", line: 2, column: 3))
    }

    /// The byte splitter against the line-splitting version it replaced, on fences in every
    /// position, empty front matter, `...` closers, no trailing newline and non-ASCII text.
    @Test func splitMatchesLineSplittingReference() {
        func reference(_ text: String) -> FrontMatterSplit? {
            guard text.hasPrefix("---\n") || text == "---" else {
                return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
            }
            var lineNumber = 1
            var yamlLines: [Substring] = []
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.dropFirst() {
                lineNumber += 1
                if line == "---" || line == "..." {
                    return FrontMatterSplit(
                        yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                        body: lines.dropFirst(lineNumber).joined(separator: "\n"), bodyFirstLine: lineNumber + 1)
                }
                yamlLines.append(line)
            }
            return nil
        }
        let pieces = ["---", "...", "title: Ŏ", "", "body é", "----", " ---", "--- ", "x\u{301}"]
        var cases = ["---", "---\n", "", "---\n---", "---\n---\n", "---\n...\nb"]
        for a in pieces { for b in pieces { for c in pieces {
            cases.append("---\n\(a)\n\(b)\n\(c)")
            cases.append("---\n\(a)\n\(b)\n\(c)\n")
        } } }
        for text in cases {
            let split = try? FrontMatter.split(text, file: "a.md").get()
            #expect(split == reference(text), "\(text.debugDescription)")
        }
    }
}
