import CommonMark
import Foundation
import Testing
import TestSupport
@testable import Planner

@Suite struct SearchIndexTests {
    @Test func shardHasTheDocumentedShape() {
        var index = SearchIndex()
        index.add(title: "A", path: "a.html", kind: "page", headings: ["H"], text: "x", names: ["n", "m"])
        let files = SearchIndex.files(entries: index.entries.map(SearchIndex.json))
        #expect(String(decoding: files[1].contents, as: UTF8.self)
            == "(window.STUDYSITE_SEARCH_SHARDS = window.STUDYSITE_SEARCH_SHARDS || {})[0] = "
            + "{\"pages\":[{\"e\":[\"n\",\"m\"],\"h\":[\"H\"],\"k\":\"page\",\"t\":\"A\",\"u\":\"a.html\",\"x\":\"x\"}]};\n")
    }

    /// Version 2: the manifest names one shard per `shardSize` entries, each shard sets its
    /// number, and the shards' pages in order are the entries, byte for byte.
    @Test func shardsHoldEveryEntryInOrder() throws {
        var index = SearchIndex()
        for number in 0..<250 {
            index.add(title: "Page \(number) <b>", path: "p\(number).html", kind: "page", text: "text \(number)")
        }
        let entries = index.entries.map(SearchIndex.json)
        let files = SearchIndex.files(entries: entries)
        #expect(files.map(\.path) == ["search-index.js", "search/0.js", "search/1.js", "search/2.js"])
        #expect(String(decoding: files[0].contents, as: UTF8.self) == "window.STUDYSITE_SEARCH_INDEX = "
            + "{\"shards\":[\"search/0.js\",\"search/1.js\",\"search/2.js\"],\"version\":2};\n")
        var pages: [[String: String]] = []
        for (number, file) in files.dropFirst().enumerated() {
            let text = String(decoding: file.contents, as: UTF8.self)
            let head = "(window.STUDYSITE_SEARCH_SHARDS = window.STUDYSITE_SEARCH_SHARDS || {})[\(number)] = "
            #expect(text.hasPrefix(head) && text.hasSuffix("};\n"))
            #expect(!text.contains("<"), "\"<\" is written as \\u003c in shards too")
            let json = try #require(text.dropFirst(head.count).dropLast(2).data(using: .utf8))
            let shard = try JSONSerialization.jsonObject(with: json) as? [String: [[String: Any]]]
            pages += (shard?["pages"] ?? []).map { $0.compactMapValues { $0 as? String } }
        }
        #expect(pages.map { $0["u"] } == (0..<250).map { "p\($0).html" })
        #expect(pages.map { $0["t"] } == (0..<250).map { "Page \($0) <b>" })
        #expect(SearchIndex.shard(ofEntry: 99) == 0 && SearchIndex.shard(ofEntry: 100) == 1)
        #expect(SearchIndex.files(entries: []).map(\.path) == ["search-index.js"])
    }

    @Test func trickyTextIsWrittenAsTheEncoderWroteIt() {
        var allASCII = String.UnicodeScalarView()
        for value in 0..<0x80 { allASCII.append(Unicode.Scalar(UInt8(value))) }
        let texts = [
            String(allASCII), "", "</script><script>alert(1)</script>", "a/b\\c\"d", "\u{2028}\u{2029}\u{FEFF}\u{7F}\u{85}",
            "é e\u{301} 한국 🇰🇷 👩‍👩‍👧", "<\u{301}", "<\u{338}", "≮", "\u{600}<", "<\u{200D}", "<\u{903}", "<\u{9BE}",
            "<\u{1F3FB}", "<\u{E0020}", "<<\u{301}<", "x<", "<\u{7F}", "<\u{1F}", "<\"", "tab\there\r\nline",
        ]
        var index = SearchIndex()
        for (number, text) in texts.enumerated() {
            index.add(title: text, path: "p/\(number).html", kind: text, headings: [text, "h"], text: text,
                      names: number.isMultiple(of: 2) ? [] : [text])
        }
        #expect(index.entries.map(SearchIndex.json) == index.entries.map(ReferenceSearchIndexJSON.json))
    }

    @Test func randomEntriesAreWrittenAsTheEncoderWroteThem() {
        var random = SplitMix64(seed: 0xC0FF_EE00)
        let pieces = [
            "a", "Word", " ", "<", ">", "&", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1B}",
            "\u{7F}", "é", "e\u{301}", "\u{301}", "\u{338}", "\u{600}", "\u{200D}", "\u{903}", "\u{2028}", "\u{2029}",
            "\u{FEFF}", "한", "🇰🇷", "\u{1F3FB}", "\u{E0020}", "\u{FE0F}", "—", "\u{85}", "\u{A0}",
        ]
        func text() -> String { random.text(from: pieces, maxPieces: 12) }
        var index = SearchIndex()
        for _ in 0..<2_000 {
            index.add(title: text(), path: text(), kind: text(), headings: (0..<Int(random.next() % 3)).map { _ in text() },
                      text: text(), names: (0..<Int(random.next() % 3)).map { _ in text() })
        }
        #expect(index.entries.map(SearchIndex.json) == index.entries.map(ReferenceSearchIndexJSON.json))
    }

    /// A full build writes shards straight from the recipes; they must equal the shards of
    /// the filled entries' JSON (what `serve` keeps), byte for byte.
    @Test func shardsFromRecipesEqualShardsFromFilledEntries() {
        var random = SplitMix64(seed: 0x5EA2_C4)
        let pieces = [
            "a", "Word", " ", "  ", "<p>", "</p>", "<em>", "&amp;", "&lt;", "&quot;", "&", "\"", "\\", "<", "\n", "\t",
            "\u{C}", "\u{1B}", "é", "\u{A0}", "\u{2028}", "—", "<svg><text>x</text></svg>", "<br>", " &amp; ", "x y",
        ]
        func text() -> String { random.text(from: pieces, maxPieces: 16) }
        let recipes = (0..<1_050).map { index in
            SearchIndex.Recipe(
                entry: SearchIndex.Entry(t: text(), u: "p\(index).html", k: "page", h: [text()], x: text(), e: [text()]),
                html: index.isMultiple(of: 5) ? nil : Array(text().utf8), prefix: text(), suffix: text())
        }
        let fromEntries = SearchIndex.files(entries: recipes.map { SearchIndex.json($0.filled()) })
        #expect(fromEntries.count == 12)  // the manifest and 11 shards
        // The shards are made beside the work the build gives (here: none, a short and a
        // long wait), some before it ends and the rest after, always the same files.
        for wait: UInt32 in [0, 2_000, 200_000] {
            let (serial, fromRecipes) = SearchIndex.files(recipes: { recipes }) { () -> Int in
                usleep(wait)
                return 7
            }
            #expect(serial == 7)
            #expect(fromRecipes.map(\.path) == fromEntries.map(\.path))
            #expect(fromRecipes.map(\.contents) == fromEntries.map(\.contents))
            // Handed to a sink as they are made (a full build writes them at once): the same
            // shards, each once, and only the manifest returned.
            let sunk = Sunk()
            let (_, kept) = SearchIndex.files(recipes: { recipes }, sink: { sunk.append($0) }) { () -> Int in
                usleep(wait)
                return 7
            }
            #expect(kept.map(\.path) == ["search-index.js"])
            #expect(kept + sunk.assets.sorted { $0.path < $1.path } == fromEntries.sorted { $0.path < $1.path })
        }
    }

    @Test func plainTextsInParallelEqualSerialOnes() {
        let fragments = (0..<500).map { "<p id=\"p\($0)\">Text &amp; \($0)</p><svg><text>no</text></svg> é\u{301}" }
        #expect(SearchIndex.plainTexts(of: fragments) == fragments.map(HTMLText.plain))
        #expect(SearchIndex.plainTexts(of: []).isEmpty)
    }
}

/// The assets a sink was handed, from any thread.
private final class Sunk: @unchecked Sendable {
    private let lock = NSLock()
    private var handed: [PlannedAsset] = []
    func append(_ asset: PlannedAsset) { lock.withLock { handed.append(asset) } }
    var assets: [PlannedAsset] { lock.withLock { handed } }
}

/// What `SearchIndex.json` must write: JSONEncoder's output with every "<" byte written as
/// \u003c (the index used to be written this way).
enum ReferenceSearchIndexJSON {
    static func json(_ entry: SearchIndex.Entry) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(entry)) ?? Data()
        return bytes.flatMap { $0 == UInt8(ascii: "<") ? Array("\\u003c".utf8) : [$0] }
    }
}
