import Foundation

/// Makes URL- and id-safe slugs from text: lowercase ASCII letters, digits and hyphens.
package enum Slug {
    package static func make(_ text: String) -> String {
        // ASCII text is its own fold (no decomposition, no combining marks): the slug is made
        // from its bytes where they are, straight into its String, skipping Foundation's
        // normalization (2% of a large build) and the UTF-8 view's iterator (every heading
        // and note of every body has a slug: 2,000 instructions each that way).
        let fromBytes: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.firstNonASCII(in: 0..<bytes.count) == bytes.count else { return nil }
            // The slug is never longer than the text: a hyphen stands for one or more bytes.
            let slug = String(unsafeUninitializedCapacity: bytes.count) { slug in
                var written = 0
                var pendingHyphen = false
                for byte in bytes {
                    let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) {
                        if pendingHyphen, written > 0 {
                            slug[written] = UInt8(ascii: "-")
                            written += 1
                        }
                        pendingHyphen = false
                        slug[written] = lowered
                        written += 1
                    } else {
                        pendingHyphen = true
                    }
                }
                return written
            }
            return slug.isEmpty ? "section" : slug
        }
        if let fromBytes, let slug = fromBytes { return slug }
        // Other text (and a String without contiguous bytes, which folds as ASCII does).
        return unicodeSlug(text)
    }

    /// `make` for any text: folds accents first.
    static func unicodeSlug(_ text: String) -> String {
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
