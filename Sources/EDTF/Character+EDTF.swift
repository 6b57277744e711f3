extension Character {
    /// The value of an ASCII digit `0`–`9`, or `nil`. `wholeNumberValue` alone would also accept
    /// digits of other scripts, which EDTF does not allow.
    var asciiDigitValue: Int? {
        guard isASCII else { return nil }
        return wholeNumberValue
    }

    /// Whether the character can appear in a year, month or day field: a digit or `X`, plus
    /// `x` and `u`, which are read only to be rejected with a precise hint.
    var isFieldCharacter: Bool {
        asciiDigitValue != nil || self == "X" || self == "x" || self == "u"
    }

    /// Whether the character is one of the qualifiers `?`, `~`, `%`.
    var isQualifier: Bool {
        EDTFQualifiers(symbol: self) != nil
    }
}
