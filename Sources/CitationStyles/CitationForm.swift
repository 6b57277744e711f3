/// Where an author-date citation sits in the sentence.
package enum CitationForm: String, Sendable, Hashable {
    /// "(Gelman and Levin 1984, 12)".
    case parenthetical
    /// "Gelman and Levin (1984, 12)": the names are part of the sentence.
    case narrative
}
