import BibTeX

extension FuzzCheck {
    /// `BibTeXReader.read` on the text. Entries must have distinct non-empty keys (compared
    /// without case), diagnostics must be sorted and point at real lines.
    package static func bibTeX(_ bytes: [UInt8]) -> [String] {
        let text = Self.text(bytes)
        var problems = Problems()
        let (entries, diagnostics) = BibTeXReader.read(text)
        let keys = entries.map { $0.key.lowercased() }
        problems.expect(Set(keys).count == keys.count, "duplicate keys kept: \(keys)")
        problems.expect(!keys.contains(""), "an entry with an empty key was kept")
        problems.expect(diagnostics.isNonDecreasing { $0.location }, "diagnostics are not sorted by location")
        // "\r\n", "\n" and a lone "\r" each end a line: counting every "\r" and "\n" is an
        // upper bound on the number of lines.
        let lines = 1 + text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count
        for diagnostic in diagnostics {
            problems.expect(diagnostic.line >= 1 && diagnostic.line <= lines && diagnostic.column >= 1,
                            "diagnostic at \(diagnostic.location) outside the \(lines)-line file: \(diagnostic)")
        }
        for entry in entries {
            problems.expect(entry.location.line >= 1 && entry.location.line <= lines,
                            "entry \(entry.key) at \(entry.location) outside the file")
        }
        return problems.list
    }
}
