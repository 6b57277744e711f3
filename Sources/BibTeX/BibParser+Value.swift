extension BibParser {
    /// How reading a value ended.
    enum ValueOutcome {
        case value(RawValue)
        /// Reported; the caller skips to the next field.
        case failed
        /// Reported; the value swallowed the rest of the item, which is over.
        case runaway
    }

    /// Parses `part # part # ...` where a part is `{...}`, `"..."`, a number or a name.
    mutating func parseValue(closer: Unicode.Scalar) -> ValueOutcome {
        var parts: [ValuePart] = []
        while true {
            skipSpace()
            guard let scalar = current else {
                report("expected a value before the end of the file", at: position)
                return .runaway
            }
            switch scalar {
            case "{":
                guard let text = readBraced() else { return .runaway }
                parts.append(.literal(text))
            case "\"":
                switch readQuoted() {
                case .some(.some(let text)): parts.append(.literal(text))
                case .some(.none): return .failed
                case .none: return .runaway
                }
            case _ where scalar.isIdentifierScalar:
                let start = position
                let word = readIdentifier()
                if word.unicodeScalars.allSatisfy(\.isASCIIDigit) {
                    parts.append(.number(word))
                } else {
                    parts.append(.macro(word.lowercased(), at: start))
                }
            default:
                report(
                    parts.isEmpty ? "expected a value after “=”" : "expected a value after “#”",
                    at: position,
                    hint: "a value is {text}, \"text\", a number or a @string name")
                return .failed
            }
            valueEnd = position
            skipSpace()
            guard current == "#" else { return .value(RawValue(parts: parts)) }
            position += 1
        }
    }

    /// Reads a `{...}` group with balanced braces and returns what is inside.
    ///
    /// BibTeX counts every brace, even `\{`, so this does too. A group still open at a
    /// line that starts a new item, or at the end, is reported and yields nil.
    mutating func readBraced() -> String? {
        let open = position
        var depth = 0
        var index = position
        while let scalar = source[index] {
            if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                depth -= 1
                if depth == 0 {
                    position = index + 1
                    return source.string(open + 1..<index)
                }
            } else if scalar == "@", looksLikeItemStartOfLine(index) {
                break
            }
            index += 1
        }
        report(
            "unbalanced braces: this “{” is never closed", at: open,
            hint: "add the missing “}”; reading went on at the next entry")
        position = index
        return nil
    }

    /// Reads a `"..."` value. Braces inside must balance; a `"` inside braces is text.
    ///
    /// Returns the text; `.some(nil)` for a stray `}` (recoverable: the caller skips to the
    /// next field); nil when the quote runs to a new item or the end.
    mutating func readQuoted() -> String?? {
        let open = position
        var depth = 0
        var index = position + 1
        while let scalar = source[index] {
            if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                if depth == 0 {
                    report(
                        "unterminated quoted value: “}” comes before the closing quote",
                        at: open, hint: "add the closing \" or balance the braces")
                    position = index
                    return .some(nil)
                }
                depth -= 1
            } else if scalar == "\"", depth == 0 {
                position = index + 1
                return source.string(open + 1..<index)
            } else if scalar == "@", looksLikeItemStartOfLine(index) {
                break
            }
            index += 1
        }
        report(
            "unterminated quoted value", at: open,
            hint: "add the closing \"; reading went on at the next entry")
        position = index
        return nil
    }
}
