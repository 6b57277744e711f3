extension BibParser {
    /// Parses `@string{name = value}`; several comma-separated definitions are accepted.
    mutating func parseStrings(start: Int) {
        guard let closer = openDelimiter(after: "string") else { return }
        while true {
            skipSpace()
            guard let scalar = current, !looksLikeItemStart(position) else {
                report(
                    "@string is not closed: missing “\(closer)”", at: start,
                    hint: "write @string{name = {value}}")
                return
            }
            if scalar == closer {
                position += 1
                return
            }
            if scalar == "," {
                position += 1
                continue
            }
            let nameStart = position
            let name = readIdentifier()
            skipSpace()
            guard !name.isEmpty, current == "=" else {
                report(
                    "expected “name = value” in @string", at: name.isEmpty ? position : nameStart,
                    hint: "write @string{name = {value}}")
                skipToFieldBoundary(closer: closer)
                continue
            }
            position += 1
            switch parseValue(closer: closer) {
            case .value(let value): append(.string(name.lowercased(), value, at: nameStart))
            case .failed: skipToFieldBoundary(closer: closer)
            case .runaway: return
            }
        }
    }

    /// Parses and discards `@preamble{...}`: the LaTeX in it is for typesetting only.
    mutating func parsePreamble(start: Int) {
        guard let closer = openDelimiter(after: "preamble") else { return }
        switch parseValue(closer: closer) {
        case .runaway: return
        case .failed, .value: break
        }
        while true {
            skipSpace()
            guard let scalar = current, !looksLikeItemStart(position) else {
                report("@preamble is not closed: missing “\(closer)”", at: start)
                return
            }
            position += 1
            if scalar == closer { return }
        }
    }
}
