import Diagnostics

/// A Markdown body with where it came from, ready for the linker to parse.
package struct MarkdownSource: Sendable, Hashable {
    /// The file as the user should see it in messages.
    package var file: String
    package var text: String
    /// The line of the file where `text` starts.
    package var firstLine: Int

    package init(file: String, text: String, firstLine: Int) {
        self.file = file
        self.text = text
        self.firstLine = firstLine
    }
}
