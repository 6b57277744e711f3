/// Reads a BibTeX name field (`author`, `editor`, `translator`) into people.
///
/// Follows BibTeX's rules: "First von Last", "von Last, First" and "von Last, Jr, First".
/// The particle ("von" part) is the run of words starting with a lowercase letter before
/// the family name; the family name always keeps at least one word. A name wholly in
/// braces is a literal (corporate) name. A final "and others" sets `andOthers`.
package enum PersonNameParser {
    /// The people in one LaTeX name field, in order.
    package static func parse(_ latex: String) -> NameList {
        var list = NameList()
        for person in NameTokenizer.people(NameTokenizer.tokens(latex)) {
            if person == [.word("others")] || person == [.word("Others")] {
                list.andOthers = true
            } else if let name = parsePerson(person) {
                list.names.append(name)
            }
        }
        return list
    }

    private static func parsePerson(_ tokens: [NameTokenizer.Token]) -> PersonName? {
        if tokens.count == 1, case .word(let word) = tokens[0], isWhollyBraced(word) {
            let name = LaTeXDecoder.decode(word)
            return name.isEmpty ? nil : .literal(name)
        }
        var parts: [[String]] = [[]]
        for token in tokens {
            switch token {
            case .comma: parts.append([])
            case .word(let word): parts[parts.count - 1].append(word)
            }
        }
        var name: PersonName
        switch parts.count {
        case 1:
            name = firstVonLast(parts[0])
        case 2:
            name = vonLast(parts[0])
            name.given = decode(parts[1])
        default:
            name = vonLast(parts[0])
            name.suffix = decode(parts[1])
            name.given = decode(Array(parts[2...].joined()))
        }
        if name.family.isEmpty {
            // ", John" or a lone particle: keep what there is as the family name.
            name.family = [name.particle, name.given].filter { !$0.isEmpty }.joined(separator: " ")
            name.particle = ""
            name.given = ""
        }
        return name.family.isEmpty ? nil : name
    }

    /// "First von Last": the particle runs from the first to the last lowercase word
    /// before the final word.
    private static func firstVonLast(_ words: [String]) -> PersonName {
        guard words.count > 1 else { return PersonName(family: decode(words)) }
        let candidates = words.indices.dropLast()
        guard let first = candidates.first(where: { startsLowercase(words[$0]) }),
            let last = candidates.last(where: { startsLowercase(words[$0]) })
        else {
            return PersonName(
                given: decode(Array(words.dropLast())), family: decode(Array(words.suffix(1))))
        }
        return PersonName(
            given: decode(Array(words[..<first])),
            particle: decode(Array(words[first...last])),
            family: decode(Array(words[(last + 1)...])))
    }

    /// "von Last" before the first comma.
    private static func vonLast(_ words: [String]) -> PersonName {
        let candidates = words.indices.dropLast()
        guard let firstWord = words.first, words.count > 1, startsLowercase(firstWord),
            let last = candidates.last(where: { startsLowercase(words[$0]) })
        else { return PersonName(family: decode(words)) }
        return PersonName(
            particle: decode(Array(words[...last])), family: decode(Array(words[(last + 1)...])))
    }

    /// Whether a word counts as lowercase for the particle rule. A word opening with a
    /// plain brace group (`{van}`) is protected and counts as capitalised; an accented
    /// letter (`{\"o}`) counts by the letter.
    private static func startsLowercase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        if scalars.first == "{" && scalars.count > 1 && scalars[1] != "\\" { return false }
        let decoded = LaTeXDecoder.decode(word)
        guard let letter = decoded.unicodeScalars.first(where: { $0.properties.isAlphabetic })
        else { return false }
        return letter.properties.isLowercase
    }

    /// True for `{...}` whose first brace closes at the very end.
    private static func isWhollyBraced(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.first == "{", scalars.last == "}" else { return false }
        var depth = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "{" { depth += 1 }
            if scalar == "}" { depth -= 1 }
            if depth == 0 { return index == scalars.count - 1 }
        }
        return false
    }

    private static func decode(_ words: [String]) -> String {
        LaTeXDecoder.decode(words.joined(separator: " "))
    }
}
