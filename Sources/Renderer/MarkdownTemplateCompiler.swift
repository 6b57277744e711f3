import CommonMark
import Foundation

/// Turns a Markdown page template into an HTML Mustache template once, at load time.
/// Mustache tags are swapped for placeholders that cmark leaves alone, the Markdown is
/// rendered (trusted: raw HTML kept), and the tags are put back. Corpus values are then
/// inserted by Mustache with HTML escaping and are never read as Markdown, so a title can
/// never become a link or a script.
enum MarkdownTemplateCompiler {
    static func compile(_ markdown: String) -> String {
        var tags: [String] = []
        var protected: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let lineTags = MustacheTagScanner.scan(trimmed)
            // A line that is only one tag (a section marker, a block of ready HTML) becomes an
            // HTML comment so cmark neither wraps it in <p> nor merges it into a paragraph.
            if lineTags.count == 1, trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}") {
                tags.append(trimmed)
                protected.append("<!--mustache:\(tags.count - 1)-->")
                continue
            }
            protected.append(protectInline(String(line), tags: &tags))
        }
        var html = MarkdownParser.renderTrustedHTML(protected.joined(separator: "\n"))
        for (index, tag) in tags.enumerated().reversed() {
            html = html.replacingOccurrences(of: "<!--mustache:\(index)-->", with: tag)
            html = html.replacingOccurrences(of: "\u{E000}\(index)\u{E001}", with: tag)
            // Inside a link destination cmark percent-encodes the placeholder.
            html = html.replacingOccurrences(of: "%EE%80%80\(index)%EE%80%81", with: tag)
        }
        return html
    }

    /// Replaces each tag in a line by a private-use placeholder.
    private static func protectInline(_ line: String, tags: inout [String]) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let closer = rest[open.lowerBound...].hasPrefix("{{{") ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else { break }
            tags.append(String(rest[open.lowerBound..<close.upperBound]))
            result += "\u{E000}\(tags.count - 1)\u{E001}"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
