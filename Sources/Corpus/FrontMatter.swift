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
        var lineNumber = 1
        var yamlLines: [Substring] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines.dropFirst() {
            lineNumber += 1
            if line == "---" || line == "..." {
                let body = lines.dropFirst(lineNumber).joined(separator: "\n")
                return .success(FrontMatterSplit(
                    yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                    body: body, bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
        }
        return .failure(.error(
            "front-matter-unclosed", "front matter starts with `---` but is never closed",
            at: SourceLocation(file: file, line: 1),
            hint: "end the front matter with a line holding only `---`"))
    }
}
