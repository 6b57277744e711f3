extension BibParser {
    /// How reading one field ended.
    enum FieldOutcome {
        case field(RawField)
        /// An error was reported and reading moved to the next field.
        case recovered
        /// A value ran away to the next item or the end of the file: the entry is over.
        case runaway
    }

    /// Parses `@type{key, name = value, ...}` from just after the type name.
    mutating func parseEntry(type: String, start: Int) {
        guard let closer = openDelimiter(after: type) else { return }
        skipSpace()
        let keyStart = position
        var key = readKey()
        skipSpace()
        if current == "=" {
            // `@article{title = ...`: the key is missing and this word is a field name.
            report(
                "missing citation key in @\(type)", at: keyStart,
                hint: "the key comes first: @\(type){key, \(key) = ...}")
            key = ""
            position = keyStart
        } else if key.isEmpty {
            report(
                "missing citation key in @\(type)", at: keyStart,
                hint: "the key comes first: @\(type){key, ...}")
            if current == "," { position += 1 }
        } else if current == "," {
            position += 1
        } else if let scalar = current, scalar.isIdentifierScalar {
            report(
                "missing comma after citation key “\(key)”", at: position,
                hint: "write @\(type){\(key), ...}")
        }
        let fields = parseFields(closer: closer, entryStart: start, type: type)
        append(.entry(RawEntry(type: type, key: key, fields: fields, range: start..<position)))
    }

    /// Reads fields up to and including the closer.
    private mutating func parseFields(
        closer: Unicode.Scalar, entryStart: Int, type: String
    ) -> [RawField] {
        var fields: [RawField] = []
        while true {
            skipSpace()
            guard let scalar = current else {
                report(
                    "@\(type) is not closed: missing “\(closer)” at the end of the file",
                    at: entryStart, hint: "add “\(closer)” after the last field")
                return fields
            }
            if scalar == closer {
                position += 1
                return fields
            }
            if scalar == "," {
                position += 1
                continue
            }
            if looksLikeItemStart(position) {
                report(
                    "@\(type) is not closed: missing “\(closer)” before the next entry",
                    at: entryStart, hint: "add “\(closer)” after the last field")
                return fields
            }
            switch parseField(closer: closer) {
            case .field(let field):
                fields.append(field)
                checkSeparator(after: field, closer: closer)
            case .recovered:
                continue
            case .runaway:
                return fields
            }
        }
    }

    /// After a value: a comma or the closer should follow; a field name means a missing
    /// comma, which is reported and forgiven.
    private mutating func checkSeparator(after field: RawField, closer: Unicode.Scalar) {
        skipSpace()
        guard let scalar = current, scalar != ",", scalar != closer else { return }
        if scalar.isIdentifierScalar {
            report(
                "missing comma after field “\(field.name)”", at: valueEnd,
                hint: "separate fields with commas")
        } else if !looksLikeItemStart(position) {
            report(
                "unexpected “\(scalar)” after field “\(field.name)”", at: position,
                hint: "a field value is followed by “,” or the entry's closing “\(closer)”")
            skipToFieldBoundary(closer: closer)
        }
    }

    /// Parses `name = value`.
    private mutating func parseField(closer: Unicode.Scalar) -> FieldOutcome {
        let nameStart = position
        let name = readIdentifier()
        guard !name.isEmpty else {
            let shown = current.map { String($0) } ?? ""
            report(
                "unexpected “\(shown)” where a field name should be", at: position,
                hint: "fields look like name = {value}, separated by commas")
            // Never the closer, a comma or a new item here, so this always moves on.
            skipToFieldBoundary(closer: closer)
            return .recovered
        }
        skipSpace()
        guard current == "=" else {
            report(
                "expected “=” after field name “\(name)”", at: position,
                hint: "write \(name) = {value}")
            skipToFieldBoundary(closer: closer)
            return .recovered
        }
        position += 1
        switch parseValue(closer: closer) {
        case .value(let value):
            return .field(RawField(name: name.lowercased(), value: value, start: nameStart))
        case .failed:
            skipToFieldBoundary(closer: closer)
            return .recovered
        case .runaway:
            return .runaway
        }
    }
}
