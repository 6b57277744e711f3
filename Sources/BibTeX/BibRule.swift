/// The stable identifiers of the checks the BibTeX reader makes.
package enum BibRule: String, Sendable, Hashable, CaseIterable {
    /// Broken syntax: missing brace, comma, `=`, key or quote.
    case syntax = "bibtex-syntax"
    /// Text between entries that looks like part of an entry (`=`, braces, quotes).
    case strayText = "bibtex-stray-text"
    /// A citation key used by an earlier entry (compared without case, as BibTeX does).
    case duplicateKey = "bibtex-duplicate-key"
    /// The same field twice in one entry.
    case duplicateField = "bibtex-duplicate-field"
    /// A bare word that names no `@string` and no month.
    case undefinedString = "bibtex-undefined-string"
    /// A `crossref` naming no entry in the file.
    case missingCrossref = "bibtex-missing-crossref"
    /// Entries whose `crossref` fields point at each other in a loop.
    case crossrefCycle = "bibtex-crossref-cycle"
    /// A value that grew past the reader's size limit through `@string` expansion.
    case valueTooLong = "bibtex-value-too-long"
}
