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
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return trimmingASCII(text.lowercased()) { trimmedASCII[Int($0)] }
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: trimmed)
    }

    /// What `fold` trims from both ends (made once: a union of character sets per call cost
    /// more than the trimming), and which ASCII bytes it holds.
    private static let trimmed = CharacterSet.punctuationCharacters.union(.whitespaces)
    private static let trimmedASCII: [Bool] = (0..<128).map { trimmed.contains(Unicode.Scalar(UInt8($0))) }

    /// `text.trimmingCharacters(in:)` for ASCII `text`, given which bytes the set holds:
    /// on the bytes, where Foundation's trimming went through NSString (20,000 instructions
    /// a call; `ReferenceSortKeyTests` holds both alike).
    static func trimmingASCII(_ text: String, _ isTrimmed: (UInt8) -> Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end, isTrimmed(bytes[start]) { start += 1 }
            while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    static func withoutArticle(_ text: String) -> String {
        let trimmed = text.utf8.allSatisfy({ $0 < 0x80 })
            ? trimmingASCII(text) { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: " ") }
            : text.trimmingCharacters(in: ["“", "”", "\"", " "])
        for article in ["A ", "An ", "The "] where trimmed.hasPrefix(article) {
            return String(trimmed.dropFirst(article.count))
        }
        return trimmed
    }
}
