/// In-text citations in Chicago author-date style (CMOS 15.21–15.29).
///
/// A class: a reference list keeps one per work and reads it for every citation of every
/// page; as a struct, each read copied the work with all its fields (a retain for each).
final class AuthorDateCitation: Sendable {
    let work: CitableWork
    let yearLabel: String
    /// Who the citation names, made once (a reference list keeps one citation per work and
    /// formats it for every place that cites the work), and as HTML.
    let author: [StyledRun]
    let authorHTML: String
    /// `html(locator: nil, form:)` as UTF-8 for each form, made once: most citations have no
    /// locator, and the linkers write them into pages as bytes (`appendHTML`).
    private let parentheticalHTML: [UInt8]
    private let narrativeHTML: [UInt8]

    init(work: CitableWork, yearLabel: String) {
        self.work = work
        self.yearLabel = yearLabel
        author = ShortReference.author(work)
        authorHTML = StyledText(author).html
        parentheticalHTML = Array(Self.html(author: authorHTML, named: !author.isEmpty, dateAndPlace: yearLabel, form: .parenthetical).utf8)
        narrativeHTML = Array(Self.html(author: authorHTML, named: !author.isEmpty, dateAndPlace: yearLabel, form: .narrative).utf8)
    }

    /// "1984", "1984, 12": the year and the locator, formatted.
    private func dateAndPlace(_ locator: String?) -> String {
        guard let locator = CitationLocator.format(locator) else { return yearLabel }
        return "\(yearLabel), \(locator)"
    }

    /// "(Gelman and Levin 1984, 12)" or, narrative, "Gelman and Levin (1984, 12)".
    func format(locator: String?, form: CitationForm) -> StyledText {
        let space = author.isEmpty ? "" : " "
        switch form {
        case .parenthetical: return StyledText([.text("(")] + author + [.text("\(space)\(dateAndPlace(locator)))")])
        case .narrative: return StyledText(author + [.text("\(space)(\(dateAndPlace(locator)))")])
        }
    }

    /// `format(locator:form:).html`, without the styled runs (every citation of every page
    /// asks): the runs around the author are plain text, and text escaped piece by piece is
    /// text escaped whole, so this is the styled text's HTML.
    func html(locator: String?, form: CitationForm) -> String {
        Self.html(author: authorHTML, named: !author.isEmpty, dateAndPlace: dateAndPlace(locator), form: form)
    }

    /// `html(locator:form:)` appended as UTF-8.
    func appendHTML(locator: String?, form: CitationForm, to html: inout [UInt8]) {
        // A locator that formats to nothing leaves the year alone, as no locator does.
        guard let locator, let place = CitationLocator.format(locator) else {
            return html.append(contentsOf: form == .parenthetical ? parentheticalHTML : narrativeHTML)
        }
        html.append(contentsOf: Self.html(
            author: authorHTML, named: !author.isEmpty, dateAndPlace: "\(yearLabel), \(place)", form: form).utf8)
    }

    private static func html(author: String, named: Bool, dateAndPlace: String, form: CitationForm) -> String {
        let space = named ? " " : ""
        switch form {
        case .parenthetical: return "(" + author + "\(space)\(dateAndPlace))".htmlEscaped
        case .narrative: return author + "\(space)(\(dateAndPlace))".htmlEscaped
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
