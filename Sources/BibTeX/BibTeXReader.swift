/// Reads BibTeX source into entries and diagnostics.
///
/// The steps: parse (syntax, with recovery), expand `@string` names in file order,
/// drop entries whose key repeats an earlier one, fill `crossref` children from their
/// parents, then decode LaTeX and parse names.
package enum BibTeXReader {
    /// Reads a whole .bib file. Never throws, never stops early: every problem is in
    /// `diagnostics`, sorted by position, and every readable entry is in `entries`, in
    /// file order. Of entries with the same key (compared without case) the first is kept.
    package static func read(
        _ text: String
    ) -> (entries: [BibEntry], diagnostics: [BibDiagnostic]) {
        let source = SourceText(text)
        var parser = BibParser(source: source)
        let items = parser.parse()
        var diagnostics = parser.diagnostics
        // Enough for any real file, small enough that no file can exhaust memory.
        var macros = MacroTable(budget: max(4_000_000, 16 * source.count))
        var expanded: [ExpandedEntry] = []
        var firstKeys: [String: (key: String, location: BibLocation)] = [:]
        for item in items {
            switch item {
            case .string(let name, let value, let index):
                let text = macros.expand(value, at: index, in: source, diagnostics: &diagnostics)
                macros.define(name, as: text)
            case .entry(let raw):
                guard !raw.key.isEmpty else { continue }  // Reported by the parser.
                let location = source.location(of: raw.range.lowerBound)
                if let first = firstKeys[raw.key.lowercased()] {
                    diagnostics.append(BibDiagnostic(
                        .error, .duplicateKey,
                        "duplicate key “\(raw.key)”: first used at line \(first.location.line)"
                            + (first.key == raw.key ? "" : " as “\(first.key)”"),
                        at: location, hint: "rename one of them; this entry is ignored"))
                    continue
                }
                firstKeys[raw.key.lowercased()] = (raw.key, location)
                expanded.append(
                    expand(raw, location: location, source: source, macros: &macros,
                           diagnostics: &diagnostics))
            }
        }
        CrossrefResolver.resolve(&expanded, diagnostics: &diagnostics)
        let entries = expanded.map(EntryBuilder.build)
        let sorted = diagnostics.enumerated().sorted {
            ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
        }
        return (entries, sorted.map(\.element))
    }

    private static func expand(
        _ raw: RawEntry, location: BibLocation, source: SourceText, macros: inout MacroTable,
        diagnostics: inout [BibDiagnostic]
    ) -> ExpandedEntry {
        var fields: [String: String] = [:]
        var locations: [String: BibLocation] = [:]
        for field in raw.fields {
            let fieldLocation = source.location(of: field.start)
            guard fields[field.name] == nil else {
                diagnostics.append(BibDiagnostic(
                    .warning, .duplicateField,
                    "field “\(field.name)” appears twice in “\(raw.key)”; the first is used",
                    at: fieldLocation, hint: "remove one of them"))
                continue
            }
            fields[field.name] = macros.expand(
                field.value, at: field.start, in: source, diagnostics: &diagnostics)
            locations[field.name] = fieldLocation
        }
        return ExpandedEntry(
            type: raw.type, key: raw.key, fields: fields, fieldLocations: locations,
            location: location, raw: source.string(raw.range))
    }
}
