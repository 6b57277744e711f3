import Testing
import TestSupport
@testable import Linker

@Suite struct PagePathTests {
    @Test func linksBetweenFolders() {
        #expect(PagePath.link(from: "index.html", to: "articles/a.html") == "articles/a.html")
        #expect(PagePath.link(from: "articles/a.html", to: "articles/b.html#p") == "b.html#p")
        #expect(PagePath.link(from: "articles/a.html", to: "index.html") == "../index.html")
        #expect(PagePath.link(from: "documents/r/i.html", to: "documents/x/i.html") == "../x/i.html")
        #expect(PagePath.link(from: "caf\u{E9}/a.html", to: "caf\u{E9}/b.html") == "b.html")
        #expect(PagePath.root(of: "a/b/c.html") == "../../")
    }

    /// A random path of one to four of `pieces`, joined by "/".
    static func path(of pieces: [String], _ random: inout SplitMix64) -> String {
        (0..<Int(random.next() % 4 + 1)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            .joined(separator: "/")
    }

    /// The way to the site's root: one "../" per folder, on the bytes of an ASCII path as
    /// splitting the String counts them.
    @Test func rootCountsFoldersAsSplittingDoes() {
        var random = SplitMix64(seed: 2026_1127_13)
        let pieces = ["a", "b", "", "x.html", "caf\u{E9}", "cafe\u{301}", "/"]
        for _ in 0..<5000 {
            let path = Self.path(of: pieces, &random)
            let folders = path.split(separator: "/").count - 1
            guard folders >= 0 else { continue }
            #expect(PagePath.root(of: path) == String(repeating: "../", count: folders), "\(path.debugDescription)")
        }
    }

    /// The byte path gives what the Character path gives, for random paths; non-ASCII paths
    /// (where canonically equal folder names count as the same) go the Character way.
    @Test func bytePathMatchesCharacterPath() {
        var random = SplitMix64(seed: 2026_1126)
        let pieces = ["a", "b", "", "x.html", "index.html", "caf\u{E9}", "cafe\u{301}", "c#f"]
        for _ in 0..<5000 {
            let from = Self.path(of: pieces, &random)
            let to = Self.path(of: pieces, &random)
            let expected = PagePath.characterLink(from: from, to: to)
            #expect(Array(PagePath.link(from: from, to: to).utf8) == Array(expected.utf8),
                    "\(from.debugDescription) -> \(to.debugDescription)")
        }
    }

    /// A link with a fragment, made without joining the target first, is the link to the
    /// joined target, for random paths and fragments (a "/" or a non-ASCII character in
    /// the fragment takes the joined way).
    @Test func linksWithFragmentsMatchLinksToJoinedTargets() {
        var random = SplitMix64(seed: 2026_1128)
        let pieces = ["a", "b", "", "x.html", "index.html", "caf\u{E9}", "cafe\u{301}", "c#f"]
        let fragments: [String?] = [nil, "", "p12", "cite-3", "a/b", "\u{E9}t\u{E9}", "fn-x#y"]
        for _ in 0..<5000 {
            let from = Self.path(of: pieces, &random)
            let to = Self.path(of: pieces, &random)
            let fragment = fragments[Int(random.next() % UInt64(fragments.count))]
            let expected = PagePath.link(from: from, to: to + (fragment.map { "#" + $0 } ?? ""))
            #expect(Array(PagePath.link(from: from, to: to, fragment: fragment).utf8) == Array(expected.utf8),
                    "\(from.debugDescription) -> \(to.debugDescription) # \(String(describing: fragment))")
        }
        #expect(PagePath.link(from: "entities/e.html", to: "articles/a.html", fragment: "p3") == "../articles/a.html#p3")
    }

    /// From a page one folder deep (`subfolder(of:)`) to a path in another folder
    /// (`folder(of:)`), the link is "../" and the path: what the tables of links made once
    /// for every article rely on.
    @Test func linksFromSubfoldersGoUpOnce() {
        var random = SplitMix64(seed: 2026_1127)
        let pieces = ["a", "b", "", "x.html", "index.html", "caf\u{E9}", "c#f", "a.html#p2"]
        var checked = 0
        for _ in 0..<20_000 {
            let from = Self.path(of: pieces, &random), to = Self.path(of: pieces, &random)
            guard let folder = PagePath.subfolder(of: from), let target = PagePath.folder(of: to), folder != target
            else { continue }
            checked += 1
            #expect(PagePath.link(from: from, to: to) == "../" + to, "\(from.debugDescription) -> \(to.debugDescription)")
        }
        #expect(checked > 1_000)
        #expect(PagePath.subfolder(of: "articles/a.html") == "articles")
        #expect(PagePath.subfolder(of: "a//b.html") == nil)
        #expect(PagePath.subfolder(of: "caf\u{E9}/a.html") == nil)
        #expect(PagePath.folder(of: "bibliography/k.html") == "bibliography")
    }

    @Test func containsBytesFindsMarks() {
        #expect(BodyParser.containsBytes("see {{page 12}}", "{{page"))
        #expect(BodyParser.containsBytes("[illegible]", "[illegible"))
        #expect(!BodyParser.containsBytes("{{pag", "{{page"))
        #expect(!BodyParser.containsBytes("[@key1, p. 3] {page", "{{page"))
        #expect(BodyParser.containsBytes("\u{E9}{{page", "{{page"))
        #expect(BodyParser.containsBytes("{{page", "{{page"))
        #expect(BodyParser.containsBytes("{{{page", "{{page"))
        #expect(!BodyParser.containsBytes("", "{{page"))
    }

    /// The memchr search agrees with a window-by-window comparison on random texts.
    @Test func containsBytesAgreesWithWindowComparison() {
        var random = SplitMix64(seed: 0xB0D1)
        let pieces = ["{", "{{", "page", "{{page", "[", "[illegible", "illegible", " ", "é", "x", "{{pag"]
        for _ in 0..<3_000 {
            let text = random.text(from: pieces, maxPieces: 8)
            let bytes = Array(text.utf8)
            for needle in ["{{page", "[illegible"] {
                let target = Array(needle.utf8)
                let expected = bytes.count >= target.count
                    && (0...(bytes.count - target.count)).contains { Array(bytes[$0..<($0 + target.count)]) == target }
                let found = needle == "{{page"
                    ? BodyParser.containsBytes(text, "{{page") : BodyParser.containsBytes(text, "[illegible")
                #expect(found == expected, "\(text.debugDescription)")
            }
        }
    }
}
