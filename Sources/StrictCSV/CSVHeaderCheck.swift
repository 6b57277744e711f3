/// The checks made on a CSV header row: named, unique, and not a row of data.
enum CSVHeaderCheck {
    /// Every problem with `header`, in column order.
    static func diagnostics(for header: CSVRecord) -> [CSVDiagnostic] {
        guard !header.isDamaged else { return [] }
        var diagnostics: [CSVDiagnostic] = []
        var seen: [String: CSVPosition] = [:]
        for (name, position) in zip(header.fields, header.positions) {
            if name.isEmpty {
                diagnostics.append(CSVDiagnostic(
                    rule: .emptyHeader, message: "header field is empty", at: position,
                    hint: "give every column a name"))
            } else if let first = seen[name] {
                diagnostics.append(CSVDiagnostic(
                    rule: .duplicateHeader,
                    message: "column name \"\(name)\" is already used at \(first)",
                    at: position, hint: "give every column a different name"))
            } else {
                seen[name] = position
            }
        }
        if looksLikeData(header.fields), let first = header.positions.first {
            diagnostics.append(CSVDiagnostic(
                rule: .headerLooksLikeData,
                message: "the first row holds only numbers; it looks like data, not a header",
                at: first,
                hint: "add a header row naming each column as the first line"))
        }
        return diagnostics
    }

    private static func looksLikeData(_ fields: [String]) -> Bool {
        fields.allSatisfy { field in
            if case .success(.number) = CSVValueParser.parse(field) { return true }
            return false
        }
    }
}
