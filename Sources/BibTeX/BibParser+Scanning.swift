extension BibParser {
    /// Skips white space and `%` comments (biber, like most tools today, reads `%` to the
    /// end of the line as a comment between tokens).
    mutating func skipSpace() {
        while let scalar = current {
            if scalar.isBibSpace {
                position += 1
            } else if scalar == "%" {
                skipLine()
            } else {
                return
            }
        }
    }

    /// Skips to just past the end of the current line.
    mutating func skipLine() {
        while let scalar = current {
            position += 1
            if scalar == "\n" || scalar == "\r" { return }
        }
    }

    /// Reads a field name or `@string` name; empty if none starts here.
    mutating func readIdentifier() -> String {
        read { $0.isIdentifierScalar }
    }

    /// Reads a citation key, which stops at white space, `,`, `=` and braces.
    mutating func readKey() -> String {
        read { $0.isKeyScalar }
    }

    private mutating func read(while accepts: (Unicode.Scalar) -> Bool) -> String {
        let start = position
        while let scalar = current, accepts(scalar) {
            position += 1
        }
        return source.string(start..<position)
    }

    /// True when `index` holds `@type{` or `@type(`: the start of a new item.
    func looksLikeItemStart(_ index: Int) -> Bool {
        guard source[index] == "@" else { return false }
        var cursor = index + 1
        while let scalar = source[cursor], scalar == " " || scalar == "\t" { cursor += 1 }
        let nameStart = cursor
        while let scalar = source[cursor], scalar.isASCIILetter { cursor += 1 }
        guard cursor > nameStart else { return false }
        while let scalar = source[cursor], scalar == " " || scalar == "\t" { cursor += 1 }
        return source[cursor] == "{" || source[cursor] == "("
    }

    /// Like `looksLikeItemStart`, but only at the start of a line (after indentation).
    /// Values may contain `@`, so runaway values are only cut at such a line.
    func looksLikeItemStartOfLine(_ index: Int) -> Bool {
        var cursor = index - 1
        while let scalar = source[cursor], scalar == " " || scalar == "\t" { cursor -= 1 }
        guard cursor < 0 || source[cursor] == "\n" || source[cursor] == "\r" else {
            return false
        }
        return looksLikeItemStart(index)
    }

    /// After an error in a field list: skips to just past the next top-level comma, or to
    /// the closer or a new item, whichever comes first.
    mutating func skipToFieldBoundary(closer: Unicode.Scalar) {
        var depth = 0
        while let scalar = current {
            if depth == 0 {
                if scalar == "," {
                    position += 1
                    return
                }
                if scalar == closer || (scalar == "@" && looksLikeItemStartOfLine(position)) {
                    return
                }
            }
            if scalar == "{" { depth += 1 }
            if scalar == "}" { depth = max(0, depth - 1) }
            position += 1
        }
    }
}
