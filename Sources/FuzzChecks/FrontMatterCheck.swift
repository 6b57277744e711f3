import Corpus
import Diagnostics
import Foundation

extension FuzzCheck {
    /// The path of every Markdown and YAML file of the corpus: `SourceText.decode` on the raw
    /// bytes, `FrontMatter.split`, then `YAMLReader.read` on the front matter (or, when the
    /// text has none, on the whole text, as `site.yaml` and the data and timeline files are
    /// read). The hand-written UTF-8 check must agree with the standard library's, the split
    /// must keep the body as the end of the text, a refused YAML text must say why, and every
    /// location must fall inside the text.
    ///
    /// `skipKnownIssues` leaves out the checks that open bugs break, so the fuzzer can look for
    /// new ones; their regression tests in Tests/FuzzRegressionTests pass `false`. Drop the
    /// exemption when the bugs are fixed: a CR left by `SourceText.decode` before a combining
    /// mark, and libyaml counting U+0085, U+2028 and U+2029 as line breaks.
    package static func frontMatter(_ bytes: [UInt8]) -> [String] {
        frontMatter(bytes, skipKnownIssues: true)
    }

    /// Where the fast path for simple front matter answers, its answer must be Yams': the
    /// same values and locations, and no diagnostic from Yams.
    static func simpleYAMLAgreesWithYams(_ text: String, file: String, firstLine: Int) -> [String] {
        guard let simple = SimpleYAML.read(text, file: file, firstLine: firstLine) else { return [] }
        var diagnostics: [Diagnostic] = []
        let yams = YAMLReader.readWithYams(text, file: file, firstLine: firstLine, diagnostics: &diagnostics)
        var problems: [String] = []
        if !diagnostics.isEmpty { problems.append("SimpleYAML read text that Yams refuses: \(diagnostics[0].message)") }
        if simple != yams { problems.append("SimpleYAML and Yams read the text differently") }
        return problems
    }

    /// `frontMatter(_:)`, optionally with the checks that open bugs break.
    package static func frontMatter(_ bytes: [UInt8], skipKnownIssues: Bool) -> [String] {
        var problems = Problems()
        let file = "fuzz.md"
        let withoutBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let isValid = String(validating: withoutBOM, as: UTF8.self) != nil
        let text: String
        switch SourceText.decode(Data(bytes), file: file) {
        case .success(let decoded):
            problems.expect(isValid, "SourceText.decode accepted invalid UTF-8")
            text = decoded
        case .failure(let diagnostic):
            problems.expect(!isValid, "SourceText.decode refused valid UTF-8: \(diagnostic.message)")
            let line = diagnostic.location?.line ?? 0
            let lines = 1 + withoutBOM.filter { $0 == 0x0A }.count
            problems.expect((1...lines).contains(line), "UTF-8 error on line \(line) of \(lines)")
            // Lossy decoding always gives valid UTF-8, which must then be accepted.
            guard case .success(let decoded) = SourceText.decode(Data(Self.text(bytes).utf8), file: file) else {
                return problems.list + ["SourceText.decode refused lossily decoded text"]
            }
            text = decoded
        }
        let hasOtherLineBreaks = text.utf8.contains(0x0D)
            || text.unicodeScalars.contains { ["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }
        // With the known bugs, line numbers are off; everything else is still checked.
        let checkLines = !(skipKnownIssues && hasOtherLineBreaks)
        // Checked on the bytes: Foundation's `contains("\r")` misses a CR before a combining mark.
        problems.expect(!checkLines || !text.utf8.contains(0x0D), "decoded text still holds a carriage return")
        let lineCount = 1 + text.utf8.filter { $0 == 0x0A }.count
        var diagnostics: [Diagnostic] = []
        let value: YAMLValue?
        let firstLine: Int
        let yamlLines: Int
        let endsWithLineBreak: Bool
        switch FrontMatter.split(text, file: file) {
        case .failure:
            problems.expect(text.hasPrefix("---"), "split refused text that does not start with ---")
            return problems.list
        case .success(let split):
            problems.expect(text.hasSuffix(split.body), "the body is not the end of the text")
            problems.expect((1...lineCount + 1).contains(split.bodyFirstLine),
                            "body starts on line \(split.bodyFirstLine) of \(lineCount)")
            if let yaml = split.yaml {
                problems.expect(text.hasPrefix("---\n" + yaml), "the YAML is not the start of the text")
                firstLine = split.yamlFirstLine
                yamlLines = 1 + yaml.utf8.filter { $0 == 0x0A }.count
                endsWithLineBreak = yaml.utf8.last == 0x0A
                value = YAMLReader.read(yaml, file: file, firstLine: firstLine, diagnostics: &diagnostics)
                problems.list += simpleYAMLAgreesWithYams(yaml, file: file, firstLine: firstLine)
            } else {
                problems.expect(split.body == text && split.bodyFirstLine == 1, "no front matter, yet the body was cut")
                firstLine = 1
                yamlLines = lineCount
                endsWithLineBreak = text.utf8.last == 0x0A
                value = YAMLReader.read(text, file: file, firstLine: 1, diagnostics: &diagnostics)
                problems.list += simpleYAMLAgreesWithYams(text, file: file, firstLine: 1)
            }
        }
        // No location may lie past the last line, except that libyaml moves its end-of-text
        // mark to a new line when the text does not end with a line break.
        let lines = firstLine...(firstLine + yamlLines - (endsWithLineBreak ? 1 : 0))
        if value == nil {
            problems.expect(diagnostics.contains { $0.severity == .error }, "YAML refused without an error")
        }
        for diagnostic in diagnostics where checkLines {
            let line = diagnostic.location?.line ?? firstLine
            problems.expect(lines.contains(line), "YAML diagnostic on line \(line), outside \(lines): \(diagnostic.message)")
        }
        if let value, checkLines {
            var stack = [value]
            while let node = stack.popLast() {
                problems.expect(lines.contains(node.location.line) && node.location.column >= 1,
                                "YAML node at \(node.location.line):\(node.location.column), outside \(lines)")
                stack += node.items ?? []
                stack += node.entries?.map(\.value) ?? []
            }
        }
        return problems.list
    }
}
