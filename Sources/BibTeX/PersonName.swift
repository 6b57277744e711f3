/// One person (or one corporate body) from a BibTeX name list.
///
/// BibTeX's four parts: "Ludwig van Beethoven" has given "Ludwig", particle "van" and family
/// "Beethoven"; "King, Jr., Martin Luther" has suffix "Jr.". A name written in braces,
/// such as `{Rand Corporation}`, is literal: all of it is in `family` and it is never
/// inverted or abbreviated.
package struct PersonName: Sendable, Hashable, CustomStringConvertible {
    package var given: String
    package var particle: String
    package var family: String
    package var suffix: String
    package var isLiteral: Bool

    package init(
        given: String = "", particle: String = "", family: String, suffix: String = "",
        isLiteral: Bool = false
    ) {
        self.given = given
        self.particle = particle
        self.family = family
        self.suffix = suffix
        self.isLiteral = isLiteral
    }

    /// A corporate or otherwise literal name, kept whole.
    package static func literal(_ name: String) -> PersonName {
        PersonName(family: name, isLiteral: true)
    }

    /// The family name with its particle: "van der Aalst".
    package var familyWithParticle: String {
        Self.join([particle, family])
    }

    /// Natural order: "Ludwig van Beethoven", "Martin Luther King Jr.".
    package var displayName: String {
        isLiteral ? family : Self.join([given, particle, family, suffix])
    }

    /// Inverted order for sorted lists: "Beethoven, Ludwig van"-style, here with the
    /// particle kept in front as BibTeX writes it: "van Beethoven, Ludwig"; "King, Martin
    /// Luther, Jr.".
    package var invertedName: String {
        if isLiteral || given.isEmpty && suffix.isEmpty { return displayName }
        var parts = [familyWithParticle]
        if !given.isEmpty { parts.append(given) }
        if !suffix.isEmpty { parts.append(suffix) }
        return parts.joined(separator: ", ")
    }

    package var description: String { displayName }

    private static func join(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
