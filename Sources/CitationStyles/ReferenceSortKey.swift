import BibTeX
import Foundation

/// Chicago's order for a reference list or bibliography (CMOS 14.66, 15.16–15.19): by the
/// first creator's family name, then the other creators, then year (undated works after
/// dated ones), then title without an initial article; the key breaks remaining ties.
struct ReferenceSortKey: Comparable {
    let names: [String]
    let undated: Bool
    let year: String
    let title: String
    let key: String

    init(_ entry: BibEntry) {
        let work = CitableWork(entry)
        if work.creators.isEmpty {
            let stand = ShortReference.author(work).map(\.plainText).joined()
            names = [Self.fold(Self.withoutArticle(stand))]
        } else {
            names = work.creators.map {
                Self.fold([$0.family, $0.given, $0.particle, $0.suffix].joined(separator: " "))
            }
        }
        let year = ChicagoDate.year(of: entry)
        undated = year == nil
        self.year = year ?? ""
        title = Self.fold(Self.withoutArticle(work.title ?? ""))
        key = entry.key
    }

    static func < (lhs: ReferenceSortKey, rhs: ReferenceSortKey) -> Bool {
        for (left, right) in zip(lhs.names, rhs.names) where left != right {
            return left < right
        }
        if lhs.names.count != rhs.names.count { return lhs.names.count < rhs.names.count }
        if lhs.undated != rhs.undated { return !lhs.undated }
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.key < rhs.key
    }

    /// Case and accents ignored, so "Émile" sorts with "Emile"; locale-independent, so
    /// the order is the same on every machine.
    static func fold(_ text: String) -> String {
        // ASCII (nearly every name and title) folds to its lowercase: Foundation's folding
        // was a third of making the reference list (`ReferenceSortKeyTests` holds it to it).
        let folded = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.trimmingCharacters(in: trimmed)
    }

    /// What `fold` trims from both ends (made once: a union of character sets per call cost
    /// more than the trimming).
    private static let trimmed = CharacterSet.punctuationCharacters.union(.whitespaces)

    static func withoutArticle(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: ["“", "”", "\"", " "])
        for article in ["A ", "An ", "The "] where trimmed.hasPrefix(article) {
            return String(trimmed.dropFirst(article.count))
        }
        return trimmed
    }
}
