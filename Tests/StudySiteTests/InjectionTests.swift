import Foundation
import Testing
@testable import StudySite

/// Corpus text never becomes active HTML: a fixture puts script payloads in every field a
/// corpus author controls, and the rendered bytes are searched for anything active.
@Suite struct InjectionTests {
    @Test func noPayloadBecomesActive() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        let report = build(content: TestPaths.fixtures.appendingPathComponent("injection/Content").path, output: output)
        #expect(report.errors == 0, "\(report.formattedDiagnostics())")
        let files = snapshot(output)
        #expect(files.count > 10)
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".xml") {
            let problems = Self.activeContent(String(decoding: data, as: UTF8.self))
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
        // The payloads are still there, as text a reader can see.
        let article = String(decoding: files["articles/evil.html"] ?? Data(), as: UTF8.self)
        #expect(article.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
        #expect(article.contains("class=\"link-removed\">one</span>"))
        let data = String(decoding: files["data/index.html"] ?? Data(), as: UTF8.self)
        #expect(data.contains("&lt;img src=x onerror=alert"))
    }

    /// Real tags (text cannot hold a literal `<`) with event-handler attributes, script-carrying
    /// URLs, or script elements other than the site's own.
    static func activeContent(_ html: String) -> [String] {
        var problems: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { $0.isLetter || $0.isNumber }.lowercased()
            guard !name.isEmpty else { continue }
            let attributes = attributes(of: String(tag.dropFirst(name.count)))
            if name == "script", !(attributes["src"].map { $0.hasSuffix("search.js") || $0.hasSuffix("search-index.js") } ?? false) {
                problems.append("<\(tag)>")
            }
            if ["iframe", "object", "embed"].contains(name) { problems.append("<\(tag)>") }
            for (key, value) in attributes {
                if key.hasPrefix("on") { problems.append("\(name) \(key)=") }
                let folded = value.lowercased().filter { !$0.isWhitespace }
                if ["href", "src", "action", "xlink:href", "formaction"].contains(key),
                   ["javascript:", "vbscript:", "data:"].contains(where: folded.hasPrefix) {
                    problems.append("\(name) \(key)=\(value)")
                }
            }
        }
        return problems
    }

    static func attributes(of text: String) -> [String: String] {
        var result: [String: String] = [:]
        var index = text.startIndex
        func skipSpaces() { while index < text.endIndex, text[index].isWhitespace || text[index] == "/" { index = text.index(after: index) } }
        while true {
            skipSpaces()
            guard index < text.endIndex else { break }
            let nameStart = index
            while index < text.endIndex, !text[index].isWhitespace, text[index] != "=", text[index] != "/" {
                index = text.index(after: index)
            }
            let name = text[nameStart..<index].lowercased()
            skipSpaces()
            var value = ""
            if index < text.endIndex, text[index] == "=" {
                index = text.index(after: index)
                skipSpaces()
                if index < text.endIndex, text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]
                    index = text.index(after: index)
                    let valueStart = index
                    while index < text.endIndex, text[index] != quote { index = text.index(after: index) }
                    value = String(text[valueStart..<index])
                    if index < text.endIndex { index = text.index(after: index) }
                } else {
                    let valueStart = index
                    while index < text.endIndex, !text[index].isWhitespace { index = text.index(after: index) }
                    value = String(text[valueStart..<index])
                }
            }
            if !name.isEmpty { result[name] = value }
        }
        return result
    }

    @Test func theCheckerCatchesActiveContent() {
        #expect(!Self.activeContent("<img src=x onerror=alert(1)>").isEmpty)
        #expect(!Self.activeContent("<a href=\" JavaScript:alert(1)\">x</a>").isEmpty)
        #expect(!Self.activeContent("<script>alert(1)</script>").isEmpty)
        #expect(Self.activeContent("<p>&lt;img src=x onerror=alert(1)&gt;</p><meta content=\"onerror=alert\">").isEmpty)
    }

    @Test func rawHTMLIsKeptOnlyWhenTheSiteTurnsItOn() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "---\ntitle: Raw\n---\n<div class=\"note\">kept</div>\n".write(
            to: content.appendingPathComponent("articles/raw.md"), atomically: true, encoding: .utf8)
        for (flag, kept) in [("false", false), ("true", true)] {
            try "title: Raw\nraw_html: \(flag)\n".write(
                to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
            let output = scratch.appendingPathComponent("Out-\(flag)")
            _ = build(content: content.path, output: output)
            let html = String(decoding: snapshot(output)["articles/raw.html"] ?? Data(), as: UTF8.self)
            #expect(html.contains("<div class=\"note\">kept</div>") == kept)
        }
    }
}
