import Foundation
import CommonMark
import Corpus
import Diagnostics
import Linker

extension FuzzCheck {
    /// A Markdown body the way the build parses and renders it: `BodyParser` with
    /// `MarkdownLimits.standard` (so text over the budgets is refused before cmark-gfm sees
    /// it, and the fuzzer does not spend its time in cmark's known quadratic cases), raw HTML
    /// off as for an untrusted corpus, then `HTMLWriter.render` (and `BodyParser.render`, which
    /// must write the same). Ids must be unique, headings must use them, and the HTML may hold
    /// only the tags the writer makes and no script-carrying link.
    package static func markdown(_ bytes: [UInt8]) -> [String] {
        var problems = Problems()
        let source = MarkdownSource(file: "fuzz.md", text: Self.text(bytes), firstLine: 1)
        var diagnostics: [Diagnostic] = []
        let parsed = BodyParser(limits: .standard, allowRawHTML: false).parse(source, diagnostics: &diagnostics)
        if MarkdownLimits.standard.check(source.text) != nil {
            problems.expect(parsed.document.blocks.isEmpty && diagnostics.count == 1,
                            "text over the Markdown limits was parsed")
            return problems.list
        }
        let rendered = HTMLWriter.render(parsed.document)
        // Written straight from cmark's nodes where no tree is needed, the same HTML.
        if let direct = BodyParser(limits: .standard, allowRawHTML: false).render(source, linkingText: nil, topLevelBlock: { $0 }) {
            problems.expect(direct.utf8 == rendered.utf8, "written from cmark's nodes, the HTML differs:\n\(Self.firstDifference(direct.utf8, rendered.utf8))\n\(direct.html)\n\(rendered.html)")
            problems.expect(direct.headings == rendered.headings, "written from cmark's nodes, the headings differ:\n\(direct.headings)\n\(rendered.headings)")
            problems.expect(direct.ids == rendered.ids, "written from cmark's nodes, the ids differ:\n\(direct.ids)\n\(rendered.ids)")
        }
        problems.expect(Set(rendered.ids).count == rendered.ids.count, "duplicate ids: \(rendered.ids)")
        let ids = Set(rendered.ids)
        for heading in rendered.headings {
            problems.expect(ids.contains(heading.id), "heading id \(heading.id) not among the ids")
        }
        problems.list += htmlProblems(rendered.html)
        return problems.list
    }

    /// Where two byte strings first differ, and the bytes around it in each (invalid UTF-8 is
    /// the same String once decoded, so the bytes are what tell).
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            bytes[max(0, index - 8)..<min(bytes.count, index + 8)].map { String($0, radix: 16) }.joined(separator: " ")
        }
        return "at byte \(index) of \(a.count) and \(b.count): \(around(a)) | \(around(b))"
    }

    /// The tags `HTMLWriter` writes itself; anything else came from the input.
    static let writerTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
        "hr", "div", "table", "thead", "tbody", "tr", "th", "td", "section", "a", "img", "em",
        "strong", "del", "span", "sup", "br",
    ]

    /// Tags the writer did not make, attributes that can run script, and dangerous URLs.
    static func htmlProblems(_ html: String) -> [String] {
        var problems = Problems()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            var end = index + 1
            if end < scalars.count, scalars[end] == "/" { end += 1 }
            let nameStart = end
            while end < scalars.count, scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) {
                end += 1
            }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<end])).lowercased()
            problems.expect(writerTags.contains(name), "the HTML holds a <\(name)> tag the writer does not make")
            // The tag runs to the next ">": quoted values are escaped, so they hold none.
            var close = end
            while close < scalars.count, scalars[close] != ">" { close += 1 }
            let tag = String(String.UnicodeScalarView(scalars[index..<min(close + 1, scalars.count)]))
            problems.list += attributeProblems(tag)
            index = close + 1
        }
        return problems.list
    }

    /// Checks each `name="value"` of one tag: no event handlers, no script URLs.
    private static func attributeProblems(_ tag: String) -> [String] {
        var problems = Problems()
        var rest = Substring(tag)
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(whereSeparator: { $0 == " " || $0 == "<" }).last ?? ""
            let afterQuote = rest[equals.upperBound...]
            guard let quote = afterQuote.firstIndex(of: "\"") else {
                problems.list.append("unterminated attribute in \(tag.debugDescription)")
                break
            }
            let value = afterQuote[..<quote]
            problems.expect(!name.lowercased().hasPrefix("on"), "event handler attribute \(name) in \(tag.debugDescription)")
            if name == "href" || name == "src" {
                let decoded = value.replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
                // Browsers drop ASCII tabs and line breaks anywhere in a URL.
                let folded = String(decoded.unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) })
                    .lowercased().drop { $0 == " " || ($0.asciiValue ?? 0x20) < 0x20 }
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    problems.expect(!folded.hasPrefix(scheme), "\(scheme) URL in \(tag.debugDescription)")
                }
            }
            rest = afterQuote[afterQuote.index(after: quote)...]
        }
        return problems.list
    }
}
