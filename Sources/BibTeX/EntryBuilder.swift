/// Turns an expanded entry (LaTeX values) into a `BibEntry` (Unicode values, parsed names).
enum EntryBuilder {
    /// Fields holding URLs or paths, where `~`, `--` and `%` must survive.
    static let verbatimFields: Set<String> = ["url", "doi", "eprint", "file", "pdf"]

    static func build(_ entry: ExpandedEntry) -> BibEntry {
        var fields: [String: String] = [:]
        for (name, latex) in entry.fields {
            fields[name] = verbatimFields.contains(name)
                ? LaTeXDecoder.decodeVerbatim(latex)
                : LaTeXDecoder.decode(latex)
        }
        return BibEntry(
            key: entry.key,
            type: BibEntryType(name: entry.type),
            fields: fields,
            authors: names(entry.fields["author"]),
            editors: names(entry.fields["editor"]),
            translators: names(entry.fields["translator"]),
            location: entry.location,
            fieldLocations: entry.fieldLocations,
            raw: entry.raw)
    }

    private static func names(_ latex: String?) -> NameList {
        latex.map(PersonNameParser.parse) ?? NameList()
    }
}
