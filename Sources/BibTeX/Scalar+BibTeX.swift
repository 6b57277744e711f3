extension Unicode.Scalar {
    /// True for white space, including line breaks: Unicode's White_Space, looked up only
    /// outside ASCII (the lookup was a fifth of reading a .bib file).
    var isBibSpace: Bool {
        isASCII ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }

    /// True for scalars allowed in field names and `@string` names: printable, not white space,
    /// none of `" # % ' ( ) , = { } @`.
    var isIdentifierScalar: Bool {
        guard isASCII else { return !properties.isWhitespace }
        switch value {
        case 0...0x20, 0x7F: return false
        case 0x22, 0x23, 0x25, 0x27, 0x28, 0x29, 0x2C, 0x3D, 0x7B, 0x7D, 0x40: return false
        default: return true
        }
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
