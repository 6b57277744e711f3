/// Writes a bibliography entry as Chicago does: elements as sentences, each closed with a
/// period and separated by a space.
struct SentenceWriter {
    private var builder = RunBuilder()

    /// Adds one element; empty elements are skipped.
    mutating func add(_ runs: [StyledRun]) {
        guard runs.contains(where: { !$0.plainText.isEmpty }) else { return }
        if !builder.isEmpty { builder.text(" ") }
        builder.append(runs)
        builder.endSentence()
    }

    mutating func add(_ text: String?) {
        if let text { add([.text(text)]) }
    }

    /// Adds a title in quotation marks with its closing period inside: “Title.”
    mutating func addQuoted(_ title: String?) {
        guard let title else { return }
        let period = RunBuilder.endsSentence(title) ? "" : "."
        add([.text("“\(title)\(period)”")])
    }

    var styled: StyledText { builder.styled }
}
