/// Splits a LaTeX name list into words and commas at brace depth 0.
///
/// White space and `~` separate words (a `\~` accent does not); a brace group, however
/// long, stays inside its word, which is what keeps `{Rand Corporation}` whole.
enum NameTokenizer {
    enum Token: Equatable {
        case word(String)
        case comma
    }

    static func tokens(_ latex: String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var depth = 0
        var previous: Unicode.Scalar = " "
        func flush() {
            if !word.isEmpty { tokens.append(.word(String(word))) }
            word = String.UnicodeScalarView()
        }
        for scalar in latex.unicodeScalars {
            defer { previous = scalar }
            if depth == 0 && previous != "\\" {
                if scalar.isBibSpace || scalar == "~" {
                    flush()
                    continue
                }
                if scalar == "," {
                    flush()
                    tokens.append(.comma)
                    continue
                }
            }
            if scalar == "{" { depth += 1 }
            if scalar == "}" { depth = max(0, depth - 1) }
            word.append(scalar)
        }
        flush()
        return tokens
    }

    /// Splits at the word "and" (any case), giving one token list per person.
    static func people(_ tokens: [Token]) -> [[Token]] {
        var people: [[Token]] = [[]]
        for token in tokens {
            if case .word(let word) = token, word.lowercased() == "and" {
                people.append([])
            } else {
                people[people.count - 1].append(token)
            }
        }
        return people.filter { !$0.isEmpty }
    }
}
