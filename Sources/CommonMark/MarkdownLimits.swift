/// Budgets that keep hostile Markdown from hanging the build. cmark-gfm 0.29.0.gfm.6 is
/// quadratic on deeply nested list markers and block quotes and on very wide tables, so the
/// text is measured before it reaches the parser.
package struct MarkdownLimits: Sendable, Equatable {
    package var maxBytes: Int
    package var maxNesting: Int
    package var maxTableColumns: Int

    package init(maxBytes: Int = 2_000_000, maxNesting: Int = 32, maxTableColumns: Int = 64) {
        self.maxBytes = maxBytes
        self.maxNesting = maxNesting
        self.maxTableColumns = maxTableColumns
    }

    package static let standard = MarkdownLimits()
}

/// Why a Markdown text was refused before parsing.
package struct MarkdownLimitViolation: Error, Sendable, Equatable {
    package enum Kind: String, Sendable { case size, nesting, tableWidth }
    package var kind: Kind
    /// 1-based line in the Markdown text where the budget was exceeded.
    package var line: Int
    package var message: String
}

extension MarkdownLimits {
    /// Checks the budgets in one linear pass over the text.
    package func check(_ text: String) -> MarkdownLimitViolation? {
        let utf8 = text.utf8
        if utf8.count > maxBytes {
            return MarkdownLimitViolation(
                kind: .size, line: 1,
                message: "Markdown text is \(utf8.count) bytes; the limit is \(maxBytes)")
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let depth = Self.containerDepth(of: line)
            if depth > maxNesting {
                return MarkdownLimitViolation(
                    kind: .nesting, line: lineNumber,
                    message: "lists or block quotes nested \(depth) deep; the limit is \(maxNesting)")
            }
            if line.contains("|") {
                let columns = line.utf8.filter { $0 == UInt8(ascii: "|") }.count
                if columns > maxTableColumns {
                    return MarkdownLimitViolation(
                        kind: .tableWidth, line: lineNumber,
                        message: "a table row with \(columns) cells; the limit is \(maxTableColumns)")
                }
            }
        }
        return nil
    }

    /// Counts container markers at the start of a line: `>`, `-`, `*`, `+`, `1.` and the
    /// indentation that nests them. An over-estimate is fine; it only has to be linear.
    static func containerDepth(of line: Substring) -> Int {
        var depth = 0
        var spaces = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            switch character {
            case ">":
                depth += 1 + spaces / 2
                spaces = 0
            case "-", "*", "+":
                let next = line.index(after: index)
                guard next == line.endIndex || line[next] == " " else { return depth + spaces / 4 }
                depth += 1 + spaces / 2
                spaces = 0
            case " ":
                spaces += 1
            case "\t":
                spaces += 4
            case "0"..."9":
                var end = index
                while end < line.endIndex, line[end].isASCII, line[end].isNumber {
                    end = line.index(after: end)
                }
                guard end < line.endIndex, line[end] == "." || line[end] == ")" else {
                    return depth + spaces / 4
                }
                depth += 1 + spaces / 2
                spaces = 0
                index = end
            default:
                return depth + spaces / 4
            }
            index = line.index(after: index)
        }
        return depth + spaces / 4
    }
}
