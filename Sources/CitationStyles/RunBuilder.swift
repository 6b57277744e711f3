/// Collects runs and knows how the text so far ends, for punctuation decisions.
struct RunBuilder {
    private(set) var runs: [StyledRun] = []

    var isEmpty: Bool { runs.allSatisfy { $0.plainText.isEmpty } }

    mutating func text(_ text: String) { runs.append(.text(text)) }

    mutating func italic(_ text: String) { runs.append(.italic(text)) }

    mutating func link(_ url: String) { runs.append(.link(url: url)) }

    mutating func append(_ other: [StyledRun]) { runs.append(contentsOf: other) }

    /// Ends a sentence with a period unless it already ends with `.`, `?` or `!` (also
    /// just inside a closing quotation mark), as Chicago never doubles punctuation.
    mutating func endSentence() {
        if !Self.endsSentence(runs.map(\.plainText).joined()) { text(".") }
    }

    /// True when `text` ends with `.`, `?` or `!`, possibly followed by a closing quote.
    static func endsSentence(_ text: String) -> Bool {
        var characters = text.reversed().makeIterator()
        guard var last = characters.next() else { return false }
        if last == "”" || last == "’" {
            guard let previous = characters.next() else { return false }
            last = previous
        }
        return last == "." || last == "?" || last == "!"
    }

    var styled: StyledText { StyledText(runs) }
}
