/// Writes a note as Chicago does: elements separated by commas, a quoted title taking the
/// comma inside its quotation marks, a final period.
struct NoteWriter {
    private var builder = RunBuilder()
    /// A quoted title whose closing mark waits for the punctuation that follows it.
    private var openQuote: String?

    /// Adds an element after a comma (none before the first element).
    mutating func add(_ runs: [StyledRun]) {
        guard runs.contains(where: { !$0.plainText.isEmpty }) else { return }
        separate()
        builder.append(runs)
    }

    mutating func add(_ text: String?) {
        if let text { add([.text(text)]) }
    }

    /// Adds a title in quotation marks.
    mutating func addQuoted(_ title: String?) {
        guard let title else { return }
        separate()
        openQuote = title
    }

    /// Attaches runs directly, with no comma: " (Boston: Beacon, 1984)", ": 12".
    mutating func attach(_ runs: [StyledRun]) {
        closeQuote(with: "")
        builder.append(runs)
    }

    /// The note, ended with a period.
    mutating func finish() -> StyledText {
        closeQuote(with: ".")
        if !builder.isEmpty { builder.endSentence() }
        return builder.styled
    }

    private mutating func separate() {
        if openQuote != nil {
            closeQuote(with: ",")
            builder.text(" ")
        } else if !builder.isEmpty {
            builder.text(", ")
        }
    }

    private mutating func closeQuote(with punctuation: String) {
        guard let title = openQuote else { return }
        openQuote = nil
        let mark = RunBuilder.endsSentence(title) ? "" : punctuation
        builder.text("“\(title)\(mark)”")
    }
}
