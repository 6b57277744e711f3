import Diagnostics

/// A Markdown file split into its YAML front matter and its body.
package struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML text between the `---` lines, nil when the file has none.
    package var yaml: String?
    /// The line of the file where the YAML starts.
    package var yamlFirstLine: Int
    package var body: String
    /// The line of the file where the body starts (diagnostics in the body add this).
    package var bodyFirstLine: Int
}

package enum FrontMatter {
    /// Splits at `---` fences. An opening fence without a closing one is an error.
    package static func split(_ text: String, file: String) -> Result<FrontMatterSplit, Diagnostic> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        // Lines are found on the text's own bytes (no copy of the file); the two pieces are
        // cut at line ends, so each is made from a Substring without checking its UTF-8 again.
        var contiguous = text
        let fence: (yamlEnd: Int, bodyStart: Int?, bodyFirstLine: Int)? = contiguous.withUTF8 { bytes in
            var lineNumber = 1
            var lineStart = 4
            while lineStart <= bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                    return (max(4, lineStart - 1), lineEnd < bytes.count ? lineEnd + 1 : nil, lineNumber + 1)
                }
                lineStart = lineEnd + 1
            }
            return nil
        }
        if let fence {
            let utf8 = contiguous.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            // Through the UTF-8 view: a String's own subscript would round to Characters
            // (a CR before the fence's LF would be dropped from the YAML).
            let yaml = String(Substring(utf8[index(4)..<index(fence.yamlEnd)]))
            let body = fence.bodyStart.map { String(Substring(utf8[index($0)...])) } ?? ""
            return .success(FrontMatterSplit(
                yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: fence.bodyFirstLine))
        }
        return .failure(.error(
            "front-matter-unclosed", "front matter starts with `---` but is never closed",
            at: SourceLocation(file: file, line: 1),
            hint: "end the front matter with a line holding only `---`"))
    }
}
