import CommonMark
import Foundation

/// Lists the Mustache tags of a template with their lines, so templates can be checked
/// against view-model schemas. It reads tags only; rendering is swift-mustache's job.
struct MustacheTag: Equatable {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, comment, other
    }
    var kind: Kind
    var name: String
    var line: Int
    var column: Int
}

enum MustacheTagScanner {
    /// The tags of `text`, as `scanCharacters` finds them: on the UTF-8 bytes where every
    /// brace of a tag is a Character of its own and no line ends with CR LF (every template
    /// but a rare one), on Characters otherwise. Loading the templates scans every template
    /// and partial a few times, and the Character loop was a sixth of loading them.
    static func scan(_ text: String) -> [MustacheTag] {
        var contiguous = text
        return contiguous.withUTF8(scanBytes) ?? scanCharacters(text)
    }

    /// `scanCharacters` on the bytes, or nil where bytes and Characters could disagree: a CR
    /// (CR LF is one Character, not a line break), or a brace of a tag's opener or closer
    /// next to a non-ASCII byte (a combining mark after it, or a prepended mark before it,
    /// would make it part of another Character; a brace that is not one of two or three
    /// starts or ends no tag in either view). Otherwise a line feed is always a Character of
    /// its own, and a tag's column, in Characters from the start of its line, is counted on
    /// the String of just that stretch, whose ends are Character boundaries.
    static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [MustacheTag]? {
        let count = bytes.count
        guard count > 0 else { return [] }
        if bytes.firstIndex(of: 0x0D, in: 0..<count) != nil { return nil }
        func newlines(in range: Range<Int>) -> (count: Int, last: Int?) {
            var found = 0
            var last: Int?
            var from = range.lowerBound
            while from < range.upperBound, let next = bytes.firstIndex(of: UInt8(ascii: "\n"), in: from..<range.upperBound) {
                found += 1
                last = next
                from = next + 1
            }
            return (found, last)
        }
        var tags: [MustacheTag] = []
        var line = 1
        var lineStart = 0
        // Lines are counted up to `index`.
        var index = 0
        while true {
            switch nextTag(in: bytes, from: index) {
            case .declined:
                return nil
            case .none:
                return tags
            case .tag(let found):
                // Lines up to the tag; its column in Characters from the start of its line.
                let before = newlines(in: index..<found.open)
                line += before.count
                if let last = before.last { lineStart = last + 1 }
                let stretch = UnsafeBufferPointer(rebasing: bytes[lineStart..<found.open])
                let column = 1 + (stretch.firstNonASCII(in: 0..<stretch.count) == stretch.count
                    ? stretch.count : String(decoding: stretch, as: UTF8.self).count)
                let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[found.content]), as: UTF8.self)
                tags.append(tag(Substring(content), triple: found.triple, line: line, column: column))
                let inside = newlines(in: found.open..<found.content.upperBound)
                line += inside.count
                if let last = inside.last { lineStart = last + 1 }
                index = found.end
            }
        }
    }

    /// A tag found on bytes: its opener's first brace, its content, the end of its closer.
    struct TagBytes {
        var open: Int
        var content: Range<Int>
        var end: Int
        var triple: Bool
    }

    enum NextTag {
        case tag(TagBytes)
        /// No tag starts at or after the place looked from, or the first opener is never
        /// closed (the Character scans stop there too).
        case none
        /// A brace of the opener or closer is next to a non-ASCII byte, where the Character
        /// view may see something else: the caller takes the Character path.
        case declined
    }

    /// The next `{{…}}` or `{{{…}}}` at or after `start`, as the Character scans find it:
    /// the first "{{" (a third "{" makes it triple) and the first run of two (three) "}"
    /// after it, each found with memchr. `scanBytes` and the Markdown templates' inline-tag
    /// protection both read tags with it.
    static func nextTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> NextTag {
        let count = bytes.count
        /// Whether the byte at `index` (if any) is ASCII: a brace beside it is its own Character.
        func isASCII(at index: Int) -> Bool { index < 0 || index >= count || bytes[index] < 0x80 }
        /// The first run of `length` `byte`s at or after `from` (a lone brace starts or ends
        /// no tag in either view).
        func run(of byte: UInt8, length: Int, from: Int) -> Int? {
            var search = from
            while search < count, let found = bytes.firstIndex(of: byte, in: search..<count) {
                if found + length <= count, (1..<length).allSatisfy({ bytes[found + $0] == byte }) { return found }
                search = found + 1
            }
            return nil
        }
        guard let open = run(of: UInt8(ascii: "{"), length: 2, from: start) else { return .none }
        let triple = open + 2 < count && bytes[open + 2] == UInt8(ascii: "{")
        let contentStart = open + (triple ? 3 : 2)
        guard isASCII(at: open - 1), isASCII(at: contentStart) else { return .declined }
        let closerLength = triple ? 3 : 2
        guard let close = run(of: UInt8(ascii: "}"), length: closerLength, from: contentStart) else { return .none }
        guard isASCII(at: close - 1), isASCII(at: close + closerLength) else { return .declined }
        return .tag(TagBytes(open: open, content: contentStart..<close, end: close + closerLength, triple: triple))
    }

    /// The tags of `text`, read Character by Character (see `scan`).
    static func scanCharacters(_ text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            // A tag starts only at a "{": the prefix is compared only there (comparing it at
            // every Character, and Foundation's search for the closer, were most of loading
            // the templates).
            if text[index] == "{", text[index...].hasPrefix("{{") {
                let startLine = line
                let startColumn = column
                let triple = text[index...].hasPrefix("{{{")
                let closer = triple ? "}}}" : "}}"
                let contentStart = text.index(index, offsetBy: triple ? 3 : 2)
                guard let end = text[contentStart...].firstRange(of: closer) else { break }
                let content = text[contentStart..<end.lowerBound]
                tags.append(tag(content, triple: triple, line: startLine, column: startColumn))
                for character in text[index..<end.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end.upperBound
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return tags
    }

    private static func tag(_ content: Substring, triple: Bool, line: Int, column: Int) -> MustacheTag {
        let trimmed = HTMLText.trimmingWhitespaces(String(content))
        if triple { return MustacheTag(kind: .unescaped, name: trimmed, line: line, column: column) }
        guard let first = trimmed.first else {
            return MustacheTag(kind: .other, name: "", line: line, column: column)
        }
        let rest = HTMLText.trimmingWhitespaces(String(trimmed.dropFirst()))
        let kind: MustacheTag.Kind
        switch first {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case ">": kind = .partial
        case "!": kind = .comment
        case "&": kind = .unescaped
        case "=", "$", "<", "%": kind = .other
        default:
            return MustacheTag(kind: .variable, name: trimmed, line: line, column: column)
        }
        return MustacheTag(kind: kind, name: rest, line: line, column: column)
    }
}
