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
            let trimmed = HTMLText.trimmingWhitespaces(String(line))
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
        let html = MarkdownParser.renderTrustedHTML(protected.joined(separator: "\n"))
        return restore(tags, in: html)
    }

    /// The placeholders, as cmark writes them: a line of its own, inline, and inside a link
    /// destination (percent-encoded).
    private static let placeholders: [(open: [UInt8], close: [UInt8])] = [
        (Array("<!--mustache:".utf8), Array("-->".utf8)),
        (Array("\u{E000}".utf8), Array("\u{E001}".utf8)),
        (Array("%EE%80%80".utf8), Array("%EE%80%81".utf8)),
    ]

    /// Puts the tags back in one pass over the HTML (a pass per tag and form took most of
    /// the templates stage).
    private static func restore(_ tags: [String], in html: String) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + tags.reduce(0) { $0 + $1.utf8.count })
        var index = 0
        scan: while index < bytes.count {
            for form in placeholders where bytes[index] == form.open[0]
                && bytes[index...].starts(with: form.open) {
                var end = index + form.open.count
                var number = 0
                let digits = end
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9"), end - digits < 9 {
                    number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > digits, number < tags.count, bytes[end...].starts(with: form.close) {
                    result.append(contentsOf: tags[number].utf8)
                    index = end + form.close.count
                    continue scan
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Replaces each tag in a line by a private-use placeholder: on the line's bytes where
    /// they and its Characters agree (`MustacheTagScanner.scanBytes` says when), on the
    /// Characters otherwise.
    static func protectInline(_ line: String, tags: inout [String]) -> String {
        var contiguous = line
        let count = tags.count
        if let protected = contiguous.withUTF8({ protectInlineBytes($0, tags: &tags) }) { return protected }
        tags.removeSubrange(count...)
        return protectInlineCharacters(line, tags: &tags)
    }

    /// `protectInlineCharacters` on the bytes, or nil (some tags may have been added then)
    /// where a brace of a tag is next to a non-ASCII byte or the line holds a CR.
    private static func protectInlineBytes(_ bytes: UnsafeBufferPointer<UInt8>, tags: inout [String]) -> String? {
        if bytes.firstIndex(of: 0x0D, in: 0..<bytes.count) != nil { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var rest = 0
        reading: while true {
            switch MustacheTagScanner.nextTag(in: bytes, from: rest) {
            case .declined:
                return nil
            case .none:
                break reading
            case .tag(let found):
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<found.open]))
                tags.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[found.open..<found.end]), as: UTF8.self))
                result.append(contentsOf: "\u{E000}\(tags.count - 1)\u{E001}".utf8)
                rest = found.end
            }
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest...]))
        return String(decoding: result, as: UTF8.self)
    }

    /// Replaces each tag in a line by a private-use placeholder, Character by Character.
    static func protectInlineCharacters(_ line: String, tags: inout [String]) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstRange(of: "{{") {
            let closer = rest[open.lowerBound...].hasPrefix("{{{") ? "}}}" : "}}"
            // An opener without a closer on the line stays as it is (with the text before it
            // once: it was written twice until session 13).
            guard let close = rest[open.upperBound...].firstRange(of: closer) else { break }
            result += rest[..<open.lowerBound]
            tags.append(String(rest[open.lowerBound..<close.upperBound]))
            result += "\u{E000}\(tags.count - 1)\u{E001}"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
