import Foundation
import Testing
import TestSupport
@testable import StudySite

@Suite struct LinkCheckerTests {
    func file(_ path: String, _ html: String) -> (path: String, bytes: [UInt8]) { (path, Array(html.utf8)) }

    @Test func resolvesRelativePathsAndFragments() {
        let files = [
            file("index.html", "<a href=\"articles/a.html#p2\">a</a> <a href=\"#top\">t</a><p id=\"top\"></p>"),
            file("articles/a.html", "<p id=\"p2\"></p><a href=\"../index.html\">h</a><a href=\"./a.html\">s</a>"),
        ]
        #expect(LinkChecker.check(files).isEmpty)
    }

    @Test func reportsMissingFilesAndFragments() {
        let files = [
            file("index.html", "<a href=\"articles/missing.html\">a</a><a href=\"articles/a.html#nope\">b</a>"),
            file("articles/a.html", "<img src=\"../assets/x.png\" alt=\"\">"),
        ]
        let broken = LinkChecker.check(files)
        #expect(broken.map(\.href).sorted() == ["../assets/x.png", "articles/a.html#nope", "articles/missing.html"])
        #expect(broken.first { $0.href.hasSuffix("#nope") }?.reason == "no id \"nope\" in articles/a.html")
    }

    @Test func ignoresExternalLinks() {
        let files = [file("index.html", "<a href=\"https://example.org/x\">x</a><a href=\"mailto:a@b.c\">m</a>")]
        #expect(LinkChecker.check(files).isEmpty)
        #expect(LinkChecker.check([]).isEmpty)
    }

    /// A fragment-only href resolves to the page it is on, even when another page in the same
    /// folder resolved the same href first (from the cache).
    @Test func cachedFragmentLinksStayOnTheirPage() {
        let files = [
            file("a/one.html", "<a href=\"#x\">x</a><p id=\"x\"></p>"),
            file("a/two.html", "<a href=\"#x\">x</a>"),
        ]
        #expect(LinkChecker.check(files) == [
            .init(page: "a/two.html", href: "#x", reason: "no id \"x\" in a/two.html"),
        ])
    }

    static let hrefs = [
        "", "#", "#top", "#a%20b", "#bad%zz", "x.html", "x.html#top", "./x.html", "../x.html", "../../../x.html",
        "a/b/", "a//b.html", "/abs.html", "//host/x", "https://e.org/x", "mailto:a@b.c", "a/b:c.html", "a:b/c",
        "x.html?a=1&amp;b=2", "x&amp;y.html", "x&y.html", "%7Euser/x.html", "caf%C3%A9.html", "caf\u{E9}.html",
        "cafe\u{301}.html", "bad%zz.html", "100%.html", "%\u{301}.html", "x.html#%\u{301}", "&\u{301}amp;x.html",
        ":\u{301}x", "a/..", "a/.", ".", "..", "index.html#", "x.html#a#b", "\u{600}/x.html", "sp ace.html",
        "assets/style.css", "../assets/x.png", "#fn-1", "x.html\r\n", "\u{1F600}.html#\u{1F600}", "a:\u{0}b/c",
        "\u{1}&amp;:x", "x/y:\u{7F}", "é:x", "é/x:y",
    ]
    static let pages = [
        "index.html", "x.html", "a/one.html", "a/two.html", "a/b/deep.html", "caf\u{E9}/p.html",
        "cafe\u{301}/p.html", "a//b.html", "/lead.html",
    ]

    @Test func resolveMatchesTheOriginal() {
        for page in Self.pages {
            for href in Self.hrefs {
                let expected = ReferenceLinkChecker.resolve(href, from: page)
                #expect(Self.same(LinkChecker.resolve(href, from: page), expected),
                        "\(href.debugDescription) from \(page.debugDescription)")
            }
        }
    }

    /// Random ASCII hrefs (the byte path) resolve as the original does, from every page.
    @Test func randomASCIIHrefsResolveAsTheOriginal() {
        var random = SplitMix64(seed: 7_2026_1126)
        let pieces = ["a", "b.html", ".", "..", "", "/", "#", "#x", "x.html", "index.html", "c/", ":", "http:", "//", "a:b"]
        for _ in 0..<3000 {
            let href = (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: random.next() % 2 == 0 ? "/" : "")
            for page in Self.pages {
                let expected = ReferenceLinkChecker.resolve(href, from: page)
                #expect(Self.same(LinkChecker.resolve(href, from: page), expected),
                        "\(href.debugDescription) from \(page.debugDescription)")
            }
        }
    }

    /// A page's folder read on the bytes of its path is the one made from its components.
    @Test func folderFromPathBytesMatchesComponents() {
        var random = SplitMix64(seed: 13_2026_1127)
        let pieces = ["a", "b", "", "x.html", "/", "caf\u{E9}", "cafe\u{301}"]
        for _ in 0..<3000 {
            let path = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: "/")
            let expected = LinkChecker.Folder(path.split(separator: "/").dropLast())
            let folder = LinkChecker.Folder(pagePath: path)
            #expect(folder.bytes == expected.bytes && folder.starts == expected.starts, "\(path.debugDescription)")
        }
    }

    /// Equal scalar for scalar (String's == would take canonically equal spellings as equal).
    static func same(_ lhs: (path: String, fragment: String?)?, _ rhs: (path: String, fragment: String?)?) -> Bool {
        guard let lhs, let rhs else { return lhs == nil && rhs == nil }
        return lhs.path.utf8.elementsEqual(rhs.path.utf8)
            && (lhs.fragment.map { Array($0.utf8) } == rhs.fragment.map { Array($0.utf8) })
    }

    @Test func attributeScanMatchesThreeSeparateScans() {
        var random = SplitMix64(seed: 0xA77_0B1E)
        let pieces = [
            " id=\"", " href=\"", " src=\"", "=\"", "\"", "=", " ", "id", "href", "src", "x", "é", "<a", ">",
            " data-id=\"", " xhref=\"", "\n", "#", "a.html", " id=", " href=", "\"\"",
        ]
        var inputs: [[UInt8]] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 30)
            inputs.append(Array((0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined().utf8))
        }
        inputs += [[], Array(" id=\"".utf8), Array(" id=\"x".utf8), Array("<p id=\"x href=\"y\" src=\"z\">".utf8),
                   Array(" id=\"a id=\"b\" id=\"c\"".utf8)]
        inputs += Self.fixturePages().map(\.bytes)
        for bytes in inputs {
            let attributes = LinkChecker.attributes(in: bytes)
            let expected = (
                ReferenceLinkChecker.attributeValues("id", in: bytes),
                ReferenceLinkChecker.attributeValues("href", in: bytes),
                ReferenceLinkChecker.attributeValues("src", in: bytes))
            #expect(attributes.ids == expected.0 && attributes.hrefs == expected.1 && attributes.sources == expected.2,
                    "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test func checkMatchesTheOriginalOnRandomSites() {
        var random = SplitMix64(seed: 0x11_4C5)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let ids = ["top", "p1", "a b", "fn-1", "\u{E9}", "e\u{301}"]
        for _ in 0..<40 {
            var files: [(path: String, bytes: [UInt8])] = []
            for page in Self.pages + ["assets/x.png", "a/b/index.html"] {
                var html = ""
                for _ in 0..<Int(random.next() % 40) {
                    switch random.next() % 4 {
                    case 0: html += "<p id=\"\(pick(ids))\">"
                    case 1: html += "<a href=\"\(pick(Self.hrefs))\">"
                    case 2: html += "<img src=\"\(pick(Self.hrefs))#\(pick(ids))\">"
                    default: html += "<a href=\"\(pick(Self.pages))#\(pick(ids))\">"
                    }
                }
                files.append(file(page, html))
            }
            #expect(LinkChecker.check(files) == ReferenceLinkChecker.check(files))
        }
    }

    /// The check that keeps state (serve) must find what a fresh check finds after every
    /// change: pages edited (ids and links), pages whose ids other pages point at, and sets
    /// of files that differ (which start over).
    @Test func checkWithStateMatchesAFreshCheckAfterEdits() {
        var random = SplitMix64(seed: 0x5E7)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let ids = ["top", "p1", "p2", "fn-1"]
        func page() -> [UInt8] {
            var html = ""
            for _ in 0..<Int(random.next() % 12) {
                switch random.next() % 3 {
                case 0: html += "<p id=\"\(pick(ids))\">"
                case 1: html += "<a href=\"\(pick(Self.hrefs))\">"
                default: html += "<a href=\"\(pick(Self.pages))#\(pick(ids))\">"
                }
            }
            return Array(html.utf8)
        }
        var files = (Self.pages + ["a/b/index.html"]).map { (path: $0, bytes: page()) }
        var state: LinkChecker.State?
        var sawBroken = false
        for round in 0..<200 {
            let index = Int(random.next() % UInt64(files.count))
            if random.next() % 10 == 0, files.count > 2 {
                files.remove(at: index)
            } else if random.next() % 10 == 0 {
                files.append((path: "extra-\(round).html", bytes: page()))
                files.sort { $0.path < $1.path }
            } else {
                files[index].bytes = page()
            }
            let (broken, next) = LinkChecker.check(files, previous: state)
            state = next
            #expect(broken == LinkChecker.check(files), "round \(round)")
            sawBroken = sawBroken || !broken.isEmpty
        }
        #expect(sawBroken)
    }

    @Test func checkMatchesTheOriginalOnFixturePages() {
        let pages = Self.fixturePages()
        #expect(pages.count > 10)
        // Drop a few pages so that some links break.
        let partial = pages.enumerated().filter { !$0.offset.isMultiple(of: 4) }.map(\.element)
        #expect(LinkChecker.check(pages) == ReferenceLinkChecker.check(pages))
        #expect(!ReferenceLinkChecker.check(partial).isEmpty)
        #expect(LinkChecker.check(partial) == ReferenceLinkChecker.check(partial))
    }

    /// The expected output of the minimal fixture site, paths relative to its root.
    static func fixturePages() -> [(path: String, bytes: [UInt8])] {
        let root = TestPaths.fixtures.appendingPathComponent("minimal/expected")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.sorted().compactMap { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, Array($0)) }
        }
    }
}

/// The serial, uncached link checker `LinkChecker` replaced, kept as the reference its
/// results must equal.
enum ReferenceLinkChecker {
    static func check(_ files: [(path: String, bytes: [UInt8])]) -> [LinkChecker.BrokenLink] {
        var ids: [String: Set<String>] = [:]
        var hrefs: [(String, [String])] = []
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix(".html") {
            ids[file.path] = Set(attributeValues("id", in: file.bytes))
            hrefs.append((file.path, attributeValues("href", in: file.bytes) + attributeValues("src", in: file.bytes)))
        }
        var broken: [LinkChecker.BrokenLink] = []
        for (page, links) in hrefs {
            for href in links {
                guard let target = resolve(href, from: page) else { continue }
                if !paths.contains(target.path) {
                    broken.append(.init(page: page, href: href, reason: "no file \(target.path)"))
                } else if let fragment = target.fragment, !fragment.isEmpty,
                          target.path.hasSuffix(".html"), !(ids[target.path]?.contains(fragment) ?? false) {
                    broken.append(.init(page: page, href: href, reason: "no id \"\(fragment)\" in \(target.path)"))
                }
            }
        }
        return broken
    }

    static func resolve(_ href: String, from page: String) -> (path: String, fragment: String?)? {
        let decoded = href.contains("&") ? href.replacingOccurrences(of: "&amp;", with: "&") : href
        if decoded.contains(":") && !decoded.hasPrefix("#") {
            let scheme = decoded.prefix { $0 != ":" }
            if !scheme.contains("/") { return nil }
        }
        if decoded.hasPrefix("//") { return nil }
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding : nil
        var components = page.split(separator: "/").map(String.init).dropLast()
        if pathPart.isEmpty { return (page, fragment) }
        for piece in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".", "": continue
            default: components.append(String(piece))
            }
        }
        var path = components.joined(separator: "/")
        if pathPart.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }

    static func attributeValues(_ name: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var index = 0
        let count = bytes.count
        while index + needle.count <= count {
            if bytes[index] == needle[0] && bytes[index + 1] == needle[1] {
                var matches = true
                for offset in 2..<needle.count where bytes[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches {
                    let start = index + needle.count
                    var end = start
                    while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return values
    }
}

/// The byte tables of the link check against the Swift sets they stand for.
@Suite struct ByteStringSetTests {
    @Test func insertsAndFindsAsASetOfByteArrays() {
        var random = SplitMix64(seed: 0xB1_7E5)
        var table = ByteStringSet()
        var reference: [[UInt8]: Int] = [:]
        for _ in 0..<5_000 {
            // Short strings from a small alphabet, so that many repeat; lengths around 8.
            let bytes = (0..<Int(random.next() % 19)).map { _ in [0x61, 0x62, 0x2F, 0x00, 0xC3, 0xA9][Int(random.next() % 6)] as UInt8 }
            let index = bytes.withUnsafeBufferPointer { table.insert($0) }
            if let known = reference[bytes] {
                #expect(index == known)
            } else {
                #expect(index == reference.count)
                reference[bytes] = index
            }
        }
        #expect(table.count == reference.count)
        for (bytes, index) in reference {
            #expect(bytes.withUnsafeBufferPointer { table.index(of: $0) } == index)
            #expect(table.withBytes(at: index) { Array($0) } == bytes)
        }
        #expect([UInt8]("missing".utf8).withUnsafeBufferPointer { table.index(of: $0) } == nil)
        #expect(table.hasNonASCII)
    }

    @Test func pathTableAndIdsAnswerAsStringSetsDo() {
        let planned = ["a.html", "caf\u{E9}/p.html", "cafe\u{301}/q.html", "\u{212A}.html", "x/index.html"]
        let table = LinkChecker.PathTable(planned)
        let set = Set(planned)
        let asked = planned + ["K.html", "cafe\u{301}/p.html", "caf\u{E9}/q.html", "b.html", "x/", ""]
        for path in asked {
            #expect((table.pathClass(path) != nil) == set.contains(path), "\(path.debugDescription)")
        }
        // Paths equal as Strings share a class; others do not.
        #expect(table.pathClass("K.html") == table.pathClass("\u{212A}.html"))
        #expect(table.pathClass("caf\u{E9}/p.html") == table.pathClass("cafe\u{301}/p.html"))
        #expect(table.pathClass("a.html") != table.pathClass("x/index.html"))

        let ids = LinkChecker.PageIDs()
        let idStrings = ["top", "\u{E9}", "K", "p1"]
        for id in idStrings { Array(id.utf8).withUnsafeBufferPointer { _ = ids.set.insert($0) } }
        for fragment in idStrings + ["e\u{301}", "\u{212A}", "p2", "", "to"] {
            #expect(Array(fragment.utf8).withUnsafeBufferPointer { ids.contains($0) } == Set(idStrings).contains(fragment),
                    "\(fragment.debugDescription)")
        }
    }
}
