import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Corpus

/// The fast path for simple front matter (`SimpleYAML`) against Yams: whatever it accepts, it
/// must read exactly as Yams does, locations included.
@Suite struct SimpleYAMLTests {
    func yams(_ text: String, firstLine: Int = 2) -> (YAMLValue?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let value = YAMLReader.readWithYams(text, file: "x.md", firstLine: firstLine, diagnostics: &diagnostics)
        return (value, diagnostics)
    }

    func simple(_ text: String, firstLine: Int = 2) -> YAMLValue? {
        SimpleYAML.read(text, file: "x.md", firstLine: firstLine)
    }

    @Test func readsTheUsualFrontMatterAsYamsDoes() throws {
        let text = """
            title: "Naiwou wai notrouchai"
            summary: 'It''s a "summary" — with é, ü and 漢字: fine'
            subtitle: Plain text, with [brackets], {braces} and C#, not a comment
            tags: [army, science, "a, b", 'c']
            empty: []
            date: 1884-07-07
            # a comment line
            see_also:
              - "Korea War of 1871"
              - Korea-gate
            bibliography:
            - key1
            - 'key2'
            escaped: "a \\"quoted\\" \\\\ word"

            last: value   \n
            """
        let fast = try #require(simple(text, firstLine: 5))
        let (slow, diagnostics) = yams(text, firstLine: 5)
        #expect(diagnostics.isEmpty)
        #expect(fast == slow)
        #expect(fast["tags"]?.items?.map(\.string) == ["army", "science", "a, b", "c"])
        #expect(fast["escaped"]?.string == "a \"quoted\" \\ word")
        #expect(fast["summary"]?.location == SourceLocation(file: "x.md", line: 6, column: 10))
    }

    @Test func leavesEverythingElseToYams() {
        let others = [
            "title: a\ttab\n",                       // tabs
            "title: value # comment\n",             // comment after a value
            "title: a: b\n",                         // a mapping value inside a scalar
            "title: ends with colon:\n",
            "see_also:\n  - {text: a, outside: true}\n", // flow mapping
            "title: one\n  continued\n",             // multi-line plain scalar
            "title: \"one\n  two\"\n",               // multi-line quoted scalar
            "title: A\ntitle: B\n",                  // duplicate key
            "title:\n",                              // null
            "title: \"tab \\t escape\"\n",           // escapes other than \" and \\
            "title: |\n  block\n",                   // block scalar
            "title: &a x\nother: *a\n",              // anchors and aliases
            "title: !!str x\n",                      // tags
            "list: [a, [b]]\n",                      // nested flow
            "list:\n  - a\n\n  - b\n",               // blank line inside a list
            "list:\n  - a\n   - b\n",                // uneven list
            "title: line\u{2028}separator\n",        // a line break to libyaml only
            "# only a comment\n",                    // no mapping
            "",
            "- a\n- b\n",                            // not a mapping
            "\u{FEFF}title: x\n",                    // byte-order mark
            "ti tle: x\n",
            "title:x\n",
        ]
        for text in others {
            #expect(simple(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Seeded random front matter from pieces that are valid, invalid and on the edges: where
    /// the fast path answers, its answer is Yams' (without a diagnostic).
    @Test func randomFrontMatterReadsAsYamsReadsIt() {
        let keys = ["title", "tags", "see_also", "a-b", "_x", "K9", "summary", "date"]
        let badKeys = ["title", "2x", "-k", "ti tle", ""]
        // Plain words five times as often as each edge, so that many texts are simple.
        let words = Array(repeating: ["word", "Korea", "War of 1871", "a-b", "C#", "it's"], count: 5).flatMap { $0 } + [
            "word", "Korea", " ", "  ", "é", "—", "漢", ":", ": ", "#", " #", "-", "- ", "[", "]", "{", "}",
            ",", ", ", "'", "''", "\"", "\\\"", "\\\\", "\\n", "\t", "?", "!", "&", "*", "|", ">", "%", "@",
            "`", "~", "null", "yes", "\u{85}", "\u{2028}", "\u{301}", "1884-07-07", "0x1F", "\u{7F}",
        ]
        var random = SplitMix64(seed: 20_261_126)
        func value() -> String {
            let text = random.text(from: words, maxPieces: 6)
            switch random.next() % 7 {
            case 0: return "\"" + text + "\""
            case 1: return "'" + text + "'"
            case 2:
                let items = (0..<Int(random.next() % 4)).map { _ in
                    random.next() % 3 == 0 ? "\"" + random.text(from: words, maxPieces: 3) + "\""
                        : random.text(from: words, maxPieces: 3)
                }
                return "[" + items.joined(separator: random.next() % 4 == 0 ? "," : ", ") + "]"
            case 3:
                let indent = String(repeating: " ", count: Int(random.next() % 3))
                return (0..<Int(random.next() % 4)).map { _ in
                    "\n" + indent + "- " + (random.next() % 3 == 0 ? "'" + random.text(from: words, maxPieces: 3) + "'"
                        : random.text(from: words, maxPieces: 4))
                }.joined()
            default: return text
            }
        }
        var accepted = 0
        var compared = 0
        for _ in 0..<10_000 {
            var lines: [String] = []
            for _ in 0..<(1 + Int(random.next() % 5)) {
                switch random.next() % 20 {
                case 0: lines.append("# " + random.text(from: words, maxPieces: 3))
                case 1: lines.append("")
                case 2: lines.append(random.text(from: words, maxPieces: 4))
                default:
                    let key = random.next() % 8 == 0 ? badKeys[Int(random.next() % UInt64(badKeys.count))]
                        : keys[Int(random.next() % UInt64(keys.count))]
                    let separator = ["", " ", "  "][Int(random.next() % 3)]
                    lines.append(key + ":" + separator + value())
                }
            }
            let text = lines.joined(separator: "\n") + (random.next() % 2 == 0 ? "\n" : "")
            compared += 1
            guard let fast = simple(text, firstLine: 3) else { continue }
            accepted += 1
            let (slow, diagnostics) = yams(text, firstLine: 3)
            #expect(diagnostics.isEmpty, "\(text.debugDescription)")
            #expect(fast == slow, "\(text.debugDescription)")
        }
        // The fast path must answer often enough for the comparison to mean something.
        #expect(accepted > compared / 20, "accepted \(accepted) of \(compared)")
    }

    /// Every front matter and YAML file of the default corpus: read the same both ways, and
    /// most front matter takes the fast path.
    @Test func theDefaultCorpusReadsTheSameBothWays() throws {
        let content = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
        var frontMatters = 0
        var fastOnes = 0
        for relative in files.sorted() where relative.hasSuffix(".md") || relative.hasSuffix(".yaml") {
            let text = try String(contentsOf: content.appendingPathComponent(relative), encoding: .utf8)
            var yaml = text
            var firstLine = 1
            if relative.hasSuffix(".md") {
                guard case .success(let split) = FrontMatter.split(text, file: relative), let front = split.yaml else { continue }
                yaml = front
                firstLine = split.yamlFirstLine
            }
            let fast = SimpleYAML.read(yaml, file: relative, firstLine: firstLine)
            if relative.hasSuffix(".md") {
                frontMatters += 1
                if fast != nil { fastOnes += 1 }
            }
            guard let fast else { continue }
            var diagnostics: [Diagnostic] = []
            let slow = YAMLReader.readWithYams(yaml, file: relative, firstLine: firstLine, diagnostics: &diagnostics)
            #expect(diagnostics.isEmpty, "\(relative)")
            #expect(fast == slow, "\(relative)")
        }
        #expect(frontMatters > 0)
        #expect(fastOnes * 2 > frontMatters, "\(fastOnes) of \(frontMatters) front matters")
    }
}
