/// The citation styles the formatter knows (Chicago Manual of Style, 17th edition).
package enum CitationStyle: String, Sendable, Hashable, CaseIterable {
    /// Author-date: "(Gelman and Levin 1984, 12)" and a reference list (CMOS chapter 15).
    case chicagoAuthorDate = "chicago-author-date"
    /// Notes and bibliography: footnotes and a bibliography (CMOS chapter 14).
    case chicagoNotesBibliography = "chicago-notes"

    /// The style used when a site names none.
    package static let `default` = CitationStyle.chicagoAuthorDate

    /// The style for a name as a site configuration writes it: the raw value, or
    /// "chicago-notes-bibliography"; nil for an unknown name.
    package init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "chicago-notes-bibliography" {
            self = .chicagoNotesBibliography
        } else if let style = CitationStyle(rawValue: lowered) {
            self = style
        } else {
            return nil
        }
    }
}
