/// Formatted citation text: a list of runs, rendered as HTML or as plain text.
package struct StyledText: Sendable, Hashable, CustomStringConvertible {
    /// The runs, with empty runs dropped and neighbouring runs of one kind merged.
    package let runs: [StyledRun]

    package init(_ runs: [StyledRun]) {
        var merged: [StyledRun] = []
        for run in runs where !run.plainText.isEmpty {
            switch (merged.last, run) {
            case (.text(let previous)?, .text(let next)):
                merged[merged.count - 1] = .text(previous + next)
            case (.italic(let previous)?, .italic(let next)):
                merged[merged.count - 1] = .italic(previous + next)
            default:
                merged.append(run)
            }
        }
        self.runs = merged
    }

    /// The text as HTML, safe to put inside an element: every run is escaped.
    package var html: String { runs.map(\.html).joined() }

    /// The text without markup.
    package var plainText: String { runs.map(\.plainText).joined() }

    package var isEmpty: Bool { runs.isEmpty }

    package var description: String { plainText }
}
