/// Prints diagnostics the way compilers do:
/// `Content/articles/x.md:12:5: warning: no page for "Kim Il-song" [see-also-unresolved]`
/// followed by the offending source line, a caret, and `hint: …`.
package struct DiagnosticFormatter: Sendable {
    /// Reads a source line for the excerpt; nil when the file cannot be read.
    package var sourceLine: @Sendable (_ file: String, _ line: Int) -> String?

    package init(sourceLine: @escaping @Sendable (String, Int) -> String? = { _, _ in nil }) {
        self.sourceLine = sourceLine
    }

    package func format(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let location = diagnostic.location {
            text += "\(location.description): "
        }
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
        if let location = diagnostic.location,
           let line = sourceLine(location.file, location.line) {
            let shown = String(line.prefix(160))
            text += "\n    \(shown)"
            let caretColumn = min(location.column, shown.count + 1)
            text += "\n    " + String(repeating: " ", count: caretColumn - 1) + "^"
        }
        if let hint = diagnostic.hint {
            text += "\n    hint: \(hint)"
        }
        return text
    }
}
