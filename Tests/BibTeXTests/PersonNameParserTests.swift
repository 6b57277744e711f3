import Testing
import BibTeX

/// BibTeX name lists: orders, particles, suffixes, corporate names, "and others".
@Suite struct PersonNameParserTests {
    private func names(_ latex: String) -> [PersonName] {
        PersonNameParser.parse(latex).names
    }

    @Test func firstLastAndLastFirst() {
        #expect(names("Norman D. Levin and Gelman, Harry") == [
            PersonName(given: "Norman D.", family: "Levin"),
            PersonName(given: "Harry", family: "Gelman"),
        ])
    }

    @Test func lastJrFirst() {
        #expect(names("King, Jr., Martin Luther") == [
            PersonName(given: "Martin Luther", family: "King", suffix: "Jr."),
        ])
    }

    @Test(arguments: [
        ("Ludwig van Beethoven", PersonName(given: "Ludwig", particle: "van", family: "Beethoven")),
        ("Charles de Gaulle", PersonName(given: "Charles", particle: "de", family: "Gaulle")),
        ("Otto von der Leyen", PersonName(given: "Otto", particle: "von der", family: "Leyen")),
        ("von der Leyen, Otto", PersonName(given: "Otto", particle: "von der", family: "Leyen")),
        ("Jean de La Fontaine", PersonName(given: "Jean", particle: "de", family: "La Fontaine")),
        ("Di Lodovico, F.", PersonName(given: "F.", family: "Di Lodovico")),
        ("Matthew Van Gundy", PersonName(given: "Matthew Van", family: "Gundy")),
        ("{\\\"O}fele, Karl", PersonName(given: "Karl", family: "Öfele")),
        ("Aristotle", PersonName(family: "Aristotle")),
        ("{van} Gogh, Vincent", PersonName(given: "Vincent", family: "van Gogh")),
    ])
    func particles(latex: String, expected: PersonName) {
        #expect(names(latex) == [expected])
    }

    @Test func corporateNamesInBracesStayWhole() {
        let list = names("{Rand Corporation} and {The SNO+ Collaboration}")
        #expect(list == [.literal("Rand Corporation"), .literal("The SNO+ Collaboration")])
        #expect(list.first?.invertedName == "Rand Corporation")
    }

    @Test func andInsideBracesDoesNotSplit() {
        #expect(names("{Barnes and Noble}") == [.literal("Barnes and Noble")])
        #expect(names("Alice Smith AND Bob Jones").count == 2)
    }

    @Test func andOthersSetsTheFlag() {
        let list = PersonNameParser.parse("Gelman, Harry and others")
        #expect(list.count == 1)
        #expect(list.andOthers)
    }

    @Test func tildeSeparatesWordsButAccentTildeDoesNot() {
        #expect(names("Jo\\~{a}o~da~Silva") == [
            PersonName(given: "João", particle: "da", family: "Silva"),
        ])
    }

    @Test func displayForms() {
        let name = PersonName(given: "Martin Luther", family: "King", suffix: "Jr.")
        #expect(name.displayName == "Martin Luther King Jr.")
        #expect(name.invertedName == "King, Martin Luther, Jr.")
        let dutch = PersonName(given: "W.M.P.", particle: "van der", family: "Aalst")
        #expect(dutch.familyWithParticle == "van der Aalst")
        #expect(dutch.invertedName == "van der Aalst, W.M.P.")
    }

    @Test func emptyAndDegenerateInput() {
        #expect(names("").isEmpty)
        #expect(names(" and and ").isEmpty)
        #expect(names(", John") == [PersonName(family: "John")])
        #expect(names("a, b, c, d, e").first?.given == "c d e")
    }
}
