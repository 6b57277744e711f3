/// The level 1 qualifiers of a whole date: `?` uncertain, `~` approximate, `%` both.
package struct EDTFQualifiers: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// `?`: the source gives this date, but it may be wrong.
    package static let uncertain = EDTFQualifiers(rawValue: 1 << 0)
    /// `~`: the date is an estimate ("circa").
    package static let approximate = EDTFQualifiers(rawValue: 1 << 1)
    /// `%`: uncertain and approximate.
    package static let both: EDTFQualifiers = [.uncertain, .approximate]

    /// Reads a qualifier character, or returns `nil` for any other character.
    package init?(symbol: Character) {
        switch symbol {
        case "?": self = .uncertain
        case "~": self = .approximate
        case "%": self = .both
        default: return nil
        }
    }

    /// The EDTF character for these qualifiers, or "" when there are none.
    package var symbol: String {
        switch (contains(.uncertain), contains(.approximate)) {
        case (true, true): "%"
        case (true, false): "?"
        case (false, true): "~"
        case (false, false): ""
        }
    }
}
