import Foundation

/// Makes URL- and id-safe slugs from text: lowercase ASCII letters, digits and hyphens.
package enum Slug {
    package static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        // Fold accents ("Khrushchëv" -> "khrushchev") before dropping what is left.
        let folded = text.applyingASCIIFold()
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet_isAlnum(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).lowercasedASCII)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// True when `text` is already a valid slug.
    package static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ($0.isASCII && CharacterSet_isAlnum($0) && !("A"..."Z").contains($0)) || $0 == "-"
        } && !text.hasPrefix("-") && !text.hasSuffix("-")
    }
}

private func CharacterSet_isAlnum(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
}

extension Unicode.Scalar {
    fileprivate var lowercasedASCII: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32) ?? self : self
    }
}

extension String {
    /// Decomposes and drops combining marks, so accented Latin letters keep their base letter.
    fileprivate func applyingASCIIFold() -> String {
        let decomposed = decomposedStringWithCompatibilityMapping
        return String(String.UnicodeScalarView(decomposed.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }))
    }
}
