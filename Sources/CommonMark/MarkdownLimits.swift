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
        var violation: MarkdownLimitViolation?
        // One pass over the bytes, a line at a time; every marker counted is ASCII.
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var lineStart = 0
            while lineStart <= bytes.count, violation == nil {
                let lineEnd = bytes.firstIndex(of: 0x0A, in: lineStart..<bytes.count) ?? bytes.count
                var bars = 0
                var bar = bytes.firstIndex(of: UInt8(ascii: "|"), in: lineStart..<lineEnd)
                while let found = bar {
                    bars += 1
                    bar = bytes.firstIndex(of: UInt8(ascii: "|"), in: (found + 1)..<lineEnd)
                }
                lineNumber += 1
                let depth = Self.containerDepth(of: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                if depth > maxNesting {
                    violation = MarkdownLimitViolation(
                        kind: .nesting, line: lineNumber,
                        message: "lists or block quotes nested \(depth) deep; the limit is \(maxNesting)")
                } else if bars > maxTableColumns {
                    violation = MarkdownLimitViolation(
                        kind: .tableWidth, line: lineNumber,
                        message: "a table row with \(bars) cells; the limit is \(maxTableColumns)")
                }
                lineStart = lineEnd + 1
            }
        }
        if scanned == nil {
            // Strings that are not native UTF-8 (bridged): check a native copy.
            var copy = text
            copy.makeContiguousUTF8()
            return check(copy)
        }
        return violation
    }

    /// Counts container markers at the start of a line: `>`, `-`, `*`, `+`, `1.` and the
    /// indentation that nests them. An over-estimate is fine; it only has to be linear.
    static func containerDepth(of line: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0
        var spaces = 0
        var index = 0
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: ">"):
                depth += 1 + spaces / 2
                spaces = 0
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                let next = index + 1
                guard next == line.count || line[next] == UInt8(ascii: " ") else { return depth + spaces / 4 }
                depth += 1 + spaces / 2
                spaces = 0
            case UInt8(ascii: " "):
                spaces += 1
            case UInt8(ascii: "\t"):
                spaces += 4
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = index
                while end < line.count, line[end] >= UInt8(ascii: "0"), line[end] <= UInt8(ascii: "9") { end += 1 }
                guard end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")") else {
                    return depth + spaces / 4
                }
                depth += 1 + spaces / 2
                spaces = 0
                index = end
            default:
                return depth + spaces / 4
            }
            index += 1
        }
        return depth + spaces / 4
    }
}
