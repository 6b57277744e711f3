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
}
