import CommonMark
import Foundation
import Linker
import Parallel

/// The client-side search index, shipped as scripts so search works when the site is opened
/// from `file://`, where fetching a JSON file is not allowed. The page script inserts every
/// value as text. Two forms, both read by `Templates/assets/search.js`:
///
/// - version 2, what builds write: `search-index.js` holds
///   `window.STUDYSITE_SEARCH_INDEX = {"shards":["search/0.js",…],"version":2}` and each
///   shard `search/K.js` holds `(window.STUDYSITE_SEARCH_SHARDS = … || {})[K] =
///   {"pages":[{e,h,k,t,u,x}, …]}` for `shardSize` entries. Pages load the index only when
///   the reader starts a search, and an edit rewrites one shard, not the whole index (10 MB
///   for 1,000 articles).
/// - version 1, one file: `{"pages":[…],"version":1}`, which `search.js` still reads.
///
/// Entries: `t` title, `u` path relative to the site root, `k` kind, `h` headings, `x` text,
/// `e` entity names.
package struct SearchIndex {
    /// Encodable only for the tests, which compare `json(_:)` with JSONEncoder's output.
    struct Entry: Encodable {
        var t: String
        var u: String
        var k: String
        var h: [String]
        var x: String
        var e: [String]
    }

    private(set) var entries: [Entry] = []

    mutating func add(title: String, path: String, kind: String, headings: [String] = [], text: String, names: [String] = []) {
        entries.append(Entry(t: title, u: path, k: kind, h: headings, x: text, e: names))
    }

    /// An empty index; `add` fills it.
    init() {}

    /// An entry whose text is still to be taken from HTML (UTF-8): `prefix + plain(html) + suffix`.
    struct Recipe: Sendable {
        var entry: Entry
        var html: [UInt8]?
        var prefix = ""
        var suffix = ""

        func filled() -> Entry {
            guard let html else { return entry }
            var filled = entry
            filled.x = prefix + String(decoding: HTMLText.plainUTF8(html), as: UTF8.self) + suffix
            return filled
        }
    }

    static func recipes(site: ResolvedSite, timeline: TimelineModel, references: ReferencePages) -> [Recipe] {
        var recipes = [Recipe(
            entry: Entry(t: site.corpus.site.title, u: "index.html", k: "page",
                         h: site.home.rendered.headings.map(\.text), x: "", e: []),
            html: site.home.rendered.utf8)]
        // Read in place: a copy of each article (every field retained and released) was a
        // tenth of making the recipes, which the shards wait for.
        for index in site.articles.indices {
            recipes.append(Recipe(
                entry: articleEntry(site.articles, at: index, plainText: ""), html: site.articles[index].body.rendered.utf8))
        }
        for document in site.documents {
            for (part, body) in zip(document.document.parts, document.bodies) {
                recipes.append(Recipe(
                    entry: Entry(t: "\(part.title) — \(document.document.title)",
                                 u: PagePath.document(document.document.slug, part: part.slug), k: "document",
                                 h: body.rendered.headings.map(\.text), x: "", e: []),
                    html: body.rendered.utf8))
            }
        }
        for entity in site.entities {
            recipes.append(Recipe(
                entry: Entry(t: entity.entity.name, u: SitePaths.entity(entity.entity.slug), k: "entity", h: [],
                             x: "", e: [entity.entity.name] + entity.entity.aliases),
                html: entity.body.rendered.utf8, prefix: (entity.entity.description ?? "") + " "))
        }
        for item in references.list.items {
            let reference = references.list.reference(forKey: item.entry.key)?.plainText ?? item.entry.key
            recipes.append(Recipe(
                entry: Entry(t: reference, u: references.paths.reference(item.entry.key), k: "reference", h: [],
                             x: reference, e: []),
                html: nil))
        }
        for item in timeline.items {
            let readings = item.readings.compactMap(\.says).joined(separator: "; ")
            recipes.append(Recipe(
                entry: Entry(t: "\(item.readable): \(item.event.title)", u: "timeline/index.html#event-\(item.event.id)",
                             k: "event", h: [], x: "", e: []),
                html: Array(item.summaryHTML.utf8), suffix: " " + readings))
        }
        for series in site.series {
            recipes.append(Recipe(
                entry: Entry(t: series.title, u: "data/index.html#series-\(series.id)", k: "data", h: [],
                             x: ([series.unit] + series.notes).joined(separator: " "), e: []),
                html: nil))
        }
        return recipes
    }

    /// The entry of article `index`; articles follow the home page's entry, in site order.
    /// The article's fields are read where they are: an article handed over as a value was
    /// copied, every reference in it retained and released.
    static func articleEntry(_ articles: [ResolvedArticle], at index: Int, plainText: String) -> Entry {
        Entry(
            t: articles[index].article.fullTitle,
            u: PagePath.article(articles[index].article.slug), k: "article",
            h: articles[index].body.rendered.headings.map(\.text), x: plainText, e: [])
    }

    /// Where article `index`'s entry is in `entries` (after the home page's).
    static func position(ofArticle index: Int) -> Int { 1 + index }

    /// `HTMLText.plain` of each fragment, computed in parallel, in the fragments' order.
    static func plainTexts(of fragments: [String]) -> [String] {
        fragments.parallelMap(HTMLText.plain)
    }

    /// One entry as a JSON object, so `serve` can keep every entry's bytes and redo only
    /// the entries of edited pages. Written directly, byte for byte what `JSONEncoder` writes
    /// with `.sortedKeys` and `.withoutEscapingSlashes`, except that every "<" is written as
    /// \u003c so no text can close a script element (`SearchIndexTests` compares them).
    @Sendable static func json(_ entry: Entry) -> [UInt8] {
        var json = JSONWriter()
        json.bytes.reserveCapacity(64 + entry.t.utf8.count + entry.u.utf8.count + entry.k.utf8.count
            + entry.x.utf8.count + entry.h.reduce(0) { $0 + $1.utf8.count + 3 } + entry.e.reduce(0) { $0 + $1.utf8.count + 3 })
        json.appendEntry(entry) { $0.appendString(entry.x) }
        return json.bytes
    }

    /// Appends `json(recipe.filled())` without making the filled entry: the text goes from the
    /// HTML's plain bytes straight into the JSON (a full build's search index is 10 MB of
    /// text at N = 1,000, which the String, the joined text and the entry's own bytes copied).
    /// `scratch` is `HTMLText.withPlainUTF8`'s, kept from one entry to the next.
    private static func appendJSON(_ recipe: Recipe, to json: inout JSONWriter, scratch: inout HTMLText.Scratch) {
        guard let html = recipe.html else { return json.appendEntry(recipe.entry) { $0.appendString(recipe.entry.x) } }
        json.appendEntry(recipe.entry) { json in
            json.appendQuoted(parts: recipe.prefix, plainTextOf: html, recipe.suffix, scratch: &scratch)
        }
    }

    /// Entries per shard of the version-2 index: about 1 MB of text for articles of 1,500 words.
    static let shardSize = 100

    /// The version-2 index: `search-index.js` naming the shards, and the shards, from the
    /// entries' JSON in order.
    static func files(entries: [[UInt8]]) -> [PlannedAsset] {
        manifestAndShards(Array(0..<shardCount(entries.count)).parallelMap { shard($0, entries: entries) })
    }

    /// The version-2 index straight from the recipes (a full build; `serve` keeps every
    /// entry, `files(entries:)`), made beside `serial`: while `serial` runs on this thread,
    /// the recipes and then shards one after another are made on another core, and the
    /// shards left when it returns on every core. Each shard is made from its own entries, so
    /// no more than a shard's worth of entries is in memory at once besides the shards.
    ///
    /// With `sink`, each shard is handed to it as soon as it is made (a full build writes it
    /// into the staging folder) and not kept: the shards are 10 MB at 1,000 articles, and a
    /// shard's memory is then reused for the next (1,300 fewer pages faulted in, 2 ms); the
    /// files returned are then the manifest alone.
    static func files<Serial: Sendable>(
        recipes makeRecipes: @escaping @Sendable () -> [Recipe], sink: (@Sendable (PlannedAsset) -> Void)? = nil,
        beside serial: () -> Serial
    ) -> (Serial, [PlannedAsset]) {
        /// Shard `index` as a file, handed to the sink (nothing kept) or kept.
        @Sendable func made(_ index: Int, _ recipes: [Recipe]) -> PlannedAsset? {
            let asset = PlannedAsset(path: shardPath(index), contents: shard(index, recipes: recipes))
            guard let sink else { return asset }
            sink(asset)
            return nil
        }
        let (result, (recipes, early)) = whileRunning(serial, meanwhile: { finished -> ([Recipe], [PlannedAsset?]) in
            let recipes = makeRecipes()
            let count = shardCount(recipes.count)
            var early: [PlannedAsset?] = []
            while early.count < count, !finished() { early.append(made(early.count, recipes)) }
            return (recipes, early)
        })
        let rest = Array(early.count..<shardCount(recipes.count)).parallelMap { made($0, recipes) }
        return (result, [manifest(shardCount: shardCount(recipes.count))] + (early + rest).compactMap { $0 })
    }

    /// Shard `shard` of the version-2 index, from the recipes of its entries.
    private static func shard(_ shard: Int, recipes: [Recipe]) -> [UInt8] {
        let range = (shard * shardSize)..<min(recipes.count, (shard + 1) * shardSize)
        var json = JSONWriter()
        json.bytes.reserveCapacity(recipes[range].reduce(128) { $0 + ($1.html?.count ?? 0) + 256 })
        json.appendShardStart(shard)
        var scratch = HTMLText.Scratch()
        for index in range {
            if index > range.lowerBound { json.bytes.append(UInt8(ascii: ",")) }
            appendJSON(recipes[index], to: &json, scratch: &scratch)
        }
        json.appendShardEnd()
        return json.bytes
    }

    private static func shardCount(_ entries: Int) -> Int { (entries + shardSize - 1) / shardSize }

    /// `search-index.js` naming the shards, and the shards, in order.
    private static func manifestAndShards(_ shards: [[UInt8]]) -> [PlannedAsset] {
        [manifest(shardCount: shards.count)]
            + shards.enumerated().map { PlannedAsset(path: shardPath($0.offset), contents: $0.element) }
    }

    /// `search-index.js`, naming shards 0 to `shardCount - 1`.
    private static func manifest(shardCount: Int) -> PlannedAsset {
        var manifest = JSONWriter()
        manifest.appendRaw("window.STUDYSITE_SEARCH_INDEX = {\"shards\":[")
        for shard in 0..<shardCount {
            if shard > 0 { manifest.bytes.append(UInt8(ascii: ",")) }
            manifest.appendString(shardPath(shard))
        }
        manifest.appendRaw("],\"version\":2};\n")
        return PlannedAsset(path: "search-index.js", contents: manifest.bytes)
    }

    static func shardPath(_ shard: Int) -> String { "search/\(shard).js" }

    /// Whether an output file is part of the index (for the build report's size).
    package static func isIndexFile(_ path: String) -> Bool { path == "search-index.js" || path.hasPrefix("search/") }

    /// The shard that holds entry `index`.
    static func shard(ofEntry index: Int) -> Int { index / shardSize }

    /// Shard `shard` of the version-2 index.
    static func shard(_ shard: Int, entries: [[UInt8]], offset: Int = 0) -> [UInt8] {
        let range = (shard * shardSize - offset)..<min(entries.count, (shard + 1) * shardSize - offset)
        var json = JSONWriter()
        json.bytes.reserveCapacity(entries[range].reduce(128) { $0 + $1.count + 1 })
        json.appendShardStart(shard)
        for (offset, entry) in entries[range].enumerated() {
            if offset > 0 { json.bytes.append(UInt8(ascii: ",")) }
            json.bytes.append(contentsOf: entry)
        }
        json.appendShardEnd()
        return json.bytes
    }
}

/// JSON written into bytes, strings escaped as `JSONEncoder` escapes them on Linux.
private struct JSONWriter {
    var bytes: [UInt8] = []

    mutating func appendRaw(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func appendShardStart(_ shard: Int) {
        appendRaw("(window.STUDYSITE_SEARCH_SHARDS = window.STUDYSITE_SEARCH_SHARDS || {})[")
        bytes.append(contentsOf: String(shard).utf8)
        appendRaw("] = {\"pages\":[")
    }

    mutating func appendShardEnd() { appendRaw("]};\n") }

    /// One entry, its keys sorted; `text` appends the value of `x`.
    mutating func appendEntry(_ entry: SearchIndex.Entry, text: (inout JSONWriter) -> Void) {
        appendRaw("{\"e\":")
        appendStrings(entry.e)
        appendRaw(",\"h\":")
        appendStrings(entry.h)
        appendRaw(",\"k\":")
        appendString(entry.k)
        appendRaw(",\"t\":")
        appendString(entry.t)
        appendRaw(",\"u\":")
        appendString(entry.u)
        appendRaw(",\"x\":")
        text(&self)
        appendRaw("}")
    }

    mutating func appendStrings(_ strings: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, string) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(string)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A JSON string: `"` and `\` escaped, control characters as \b \f \n \r \t or \u00xx,
    /// "<" as \u003c, everything else (including "/", DEL and all non-ASCII) as it is.
    mutating func appendString(_ string: String) {
        var string = string
        string.withUTF8 { appendQuoted($0) }
    }

    /// One JSON string of `prefix`, the plain text of `html` and `suffix` joined (escaping
    /// goes byte by byte, so the parts are escaped one after the other).
    mutating func appendQuoted(parts prefix: String, plainTextOf html: [UInt8], _ suffix: String, scratch: inout HTMLText.Scratch) {
        bytes.append(UInt8(ascii: "\""))
        var prefix = prefix, suffix = suffix
        prefix.withUTF8 { appendEscaped($0) }
        HTMLText.withPlainUTF8(of: html, scratch: &scratch) { appendEscaped($0) }
        suffix.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        while true {
            // Eight bytes without a byte to escape (nearly all of a page's text) at once.
            let index = utf8.firstIndex(from: runStart, candidates: Self.mayNeedEscape, where: Self.needsEscape)
            guard index < utf8.count else { break }
            let byte = utf8[index]
            bytes.append(contentsOf: utf8[runStart..<index])
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): appendRaw("\\\"")
            case UInt8(ascii: "\\"): appendRaw("\\\\")
            case UInt8(ascii: "<"): appendRaw("\\u003c")
            case 0x08: appendRaw("\\b")
            case 0x0C: appendRaw("\\f")
            case UInt8(ascii: "\n"): appendRaw("\\n")
            case UInt8(ascii: "\r"): appendRaw("\\r")
            case UInt8(ascii: "\t"): appendRaw("\\t")
            default:
                appendRaw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
        bytes.append(contentsOf: utf8[runStart...])
    }

    /// The bytes a JSON string here escapes: controls, `"`, `\` and `<`.
    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C
    }

    /// The bytes of `word` that need escaping, marked as `WordBytes` marks them: those below
    /// 0x20 (their top three bits clear) and `"`, `\` and `<`.
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        WordBytes.zero(word & 0xE0E0_E0E0_E0E0_E0E0) | WordBytes.equal(word, UInt8(ascii: "\""))
            | WordBytes.equal(word, UInt8(ascii: "\\")) | WordBytes.equal(word, UInt8(ascii: "<"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
