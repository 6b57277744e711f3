import Foundation
import Testing
import TestSupport
@testable import CitationStyles

/// The sort key's folding, which takes ASCII text without Foundation, against Foundation's
/// folding on every ASCII character and on random ASCII and non-ASCII names.
@Suite struct ReferenceSortKeyTests {
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }

    @Test func foldsAsFoundationFolds() {
        var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var random = SplitMix64(seed: 0x50_4B31)
        let pieces = ["A", "z", "Émile", "É", "ß", "İ", " ", ".", ",", "-", "'", "\"", "(", ")", "$", "~", "Van", "d'", "\t", "ǅ", "Ω", "1"]
        for _ in 0..<3_000 { texts.append(random.text(from: pieces, maxPieces: 8)) }
        for text in texts {
            #expect(ReferenceSortKey.fold(text) == Self.foundationFold(text), "\(text.debugDescription)")
        }
    }

    /// Dropping a leading article trims quotes and spaces as Foundation trims them.
    @Test func dropsArticlesAsFoundationTrims() {
        func reference(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: ["“", "”", "\"", " "])
            for article in ["A ", "An ", "The "] where trimmed.hasPrefix(article) {
                return String(trimmed.dropFirst(article.count))
            }
            return trimmed
        }
        var random = SplitMix64(seed: 0xA47_1C1E)
        let pieces = ["The ", "A ", "An ", "\"", " ", "“", "”", "x", "Title", "\t", ".", "é"]
        for _ in 0..<3_000 {
            let text = random.text(from: pieces, maxPieces: 7)
            #expect(ReferenceSortKey.withoutArticle(text) == reference(text), "\(text.debugDescription)")
        }
    }
}
