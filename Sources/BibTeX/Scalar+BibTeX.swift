extension Unicode.Scalar {
    /// Scalars BibTeX never allows in keys, field names or `@string` names.
    private static let nonIdentifier: Set<Unicode.Scalar> = [
        "\"", "#", "%", "'", "(", ")", ",", "=", "{", "}", "@",
    ]

    /// True for white space, including line breaks.
    var isBibSpace: Bool { properties.isWhitespace }

    /// True for scalars allowed in field names and `@string` names.
    var isIdentifierScalar: Bool {
        value > 0x20 && value != 0x7F && !properties.isWhitespace
            && !Self.nonIdentifier.contains(self)
    }

    /// True for scalars allowed in citation keys: like names, plus `'` and `#`.
    var isKeyScalar: Bool {
        isIdentifierScalar || self == "'" || self == "#"
    }

    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
