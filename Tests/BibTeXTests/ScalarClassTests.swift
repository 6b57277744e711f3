import Testing
@testable import BibTeX

/// The scalar classes the reader uses, read on ASCII values without Unicode's tables, against
/// their definitions on every scalar; and slices of a file made as UTF-8 against slices made
/// scalar by scalar.
@Suite struct ScalarClassTests {
    static let nonIdentifier: Set<Unicode.Scalar> = ["\"", "#", "%", "'", "(", ")", ",", "=", "{", "}", "@"]

    @Test func classesMatchTheirDefinitionsOnEveryScalar() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isSpace = scalar.properties.isWhitespace
            let isIdentifier = value > 0x20 && value != 0x7F && !isSpace && !Self.nonIdentifier.contains(scalar)
            #expect(scalar.isBibSpace == isSpace, "\(value)")
            #expect(scalar.isIdentifierScalar == isIdentifier, "\(value)")
            checked += 1
        }
        #expect(checked > 1_100_000)
    }

    @Test func slicesAreTheScalarsBetween() {
        let text = "@book{k, title = {Caf\u{E9} \u{1F600} {\\\"o}}}\r\nx\u{0}y 서울"
        let source = SourceText(text)
        for lower in -1...(source.count + 1) {
            for upper in -1...(source.count + 1) {
                let low = max(0, min(lower, source.count)), high = max(low, min(upper, source.count))
                var view = String.UnicodeScalarView()
                view.append(contentsOf: source.scalars[low..<high])
                #expect(source.string(lower..<max(lower, upper)) == String(view))
            }
        }
    }
}
