/// In-text citations in Chicago author-date style (CMOS 15.21–15.29).
struct AuthorDateCitation: Sendable {
    let work: CitableWork
    let yearLabel: String
    /// Who the citation names, made once (a reference list keeps one citation per work and
    /// formats it for every place that cites the work).
    let author: [StyledRun]

    init(work: CitableWork, yearLabel: String) {
        self.work = work
        self.yearLabel = yearLabel
        author = ShortReference.author(work)
    }

    /// The author's runs as HTML.
    var authorHTML: String { StyledText(author).html }

    /// `format(locator:form:).html` from the author's HTML: the runs around the author are
    /// plain text, and escaping text piece by piece gives what escaping it whole gives, so
    /// the HTML is the same as the styled text's.
    static func html(
        authorHTML: String, hasAuthor: Bool, yearLabel: String, locator: String?, form: CitationForm
    ) -> String {
        var dateAndPlace = yearLabel
        if let locator = CitationLocator.format(locator) { dateAndPlace += ", \(locator)" }
        let space = hasAuthor ? " " : ""
        switch form {
        case .parenthetical: return "(" + authorHTML + "\(space)\(dateAndPlace))".htmlEscaped
        case .narrative: return authorHTML + "\(space)(\(dateAndPlace))".htmlEscaped
        }
    }

    /// "(Gelman and Levin 1984, 12)" or, narrative, "Gelman and Levin (1984, 12)".
    func format(locator: String?, form: CitationForm) -> StyledText {
        var dateAndPlace = yearLabel
        if let locator = CitationLocator.format(locator) { dateAndPlace += ", \(locator)" }
        switch form {
        case .parenthetical:
            let space = author.isEmpty ? "" : " "
            return StyledText([.text("(")] + author + [.text("\(space)\(dateAndPlace))")])
        case .narrative:
            let space = author.isEmpty ? "" : " "
            return StyledText(author + [.text("\(space)(\(dateAndPlace))")])
        }
    }

    /// Several works in one parenthesis: "(Gelman and Levin 1984, 12; Lankov 2002)".
    static func group(_ parts: [(AuthorDateCitation, String?)]) -> StyledText {
        var runs: [StyledRun] = [.text("(")]
        for (index, (citation, locator)) in parts.enumerated() {
            if index > 0 { runs.append(.text("; ")) }
            let single = citation.format(locator: locator, form: .parenthetical).runs
            runs.append(contentsOf: Self.stripParentheses(single))
        }
        runs.append(.text(")"))
        return StyledText(runs)
    }

    private static func stripParentheses(_ runs: [StyledRun]) -> [StyledRun] {
        var runs = runs
        if case .text(let first)? = runs.first, first.hasPrefix("(") {
            runs[0] = .text(String(first.dropFirst()))
        }
        if case .text(let last)? = runs.last, last.hasSuffix(")") {
            runs[runs.count - 1] = .text(String(last.dropLast()))
        }
        return runs
    }
}
