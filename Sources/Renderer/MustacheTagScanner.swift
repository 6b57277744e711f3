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
    static func scan(_ text: String) -> [MustacheTag] {
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
