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
        // Lines are found on the bytes; only the two pieces are made into strings.
        let bytes = Array(text.utf8)
        var lineNumber = 1
        var lineStart = 4
        while lineStart <= bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(decoding: bytes[4..<max(4, lineStart - 1)], as: UTF8.self)
                let body = lineEnd < bytes.count ? String(decoding: bytes[(lineEnd + 1)...], as: UTF8.self) : ""
                return .success(FrontMatterSplit(
                    yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1))
            }
            lineStart = lineEnd + 1
        }
        return .failure(.error(
            "front-matter-unclosed", "front matter starts with `---` but is never closed",
            at: SourceLocation(file: file, line: 1),
            hint: "end the front matter with a line holding only `---`"))
    }
}
