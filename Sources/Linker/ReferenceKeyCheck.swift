import Foundation
import Corpus
import Diagnostics

/// Keys named in front matter (`source`, `bibliography`) must exist in references.bib.
struct ReferenceKeyCheck {
    let site: ResolvedSite

    func run() -> [Diagnostic] {
        let keys = BibliographyKeys.scan(site.corpus.bibliography?.text ?? "")
        var diagnostics: [Diagnostic] = []
        func check(_ key: Located<String>) {
            guard !keys.contains(key.value) else { return }
            diagnostics.append(.error(
                "reference-key-unknown", "no entry \"\(key.value)\" in references.bib",
                at: key.location, hint: "add a BibTeX entry with this key, or fix the key"))
        }
        for article in site.corpus.articles {
            article.source.map(check)
            article.bibliography.forEach(check)
        }
        for document in site.corpus.documents {
            document.source.map(check)
        }
        return diagnostics
    }
}

/// The entry keys of a BibTeX text, found by a light scan (`@type{key,`).
enum BibliographyKeys {
    static func scan(_ text: String) -> Set<String> {
        var keys: Set<String> = []
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("@"), let brace = trimmed.firstIndex(where: { $0 == "{" || $0 == "(" })
            else { continue }
            let type = trimmed[trimmed.index(after: trimmed.startIndex)..<brace].lowercased()
            guard !["string", "comment", "preamble"].contains(type) else { continue }
            let rest = trimmed[trimmed.index(after: brace)...]
            let key = rest.prefix { $0 != "," && $0 != "}" && $0 != ")" }
                .trimmingCharacters(in: .whitespaces)
            if !key.isEmpty { keys.insert(key) }
        }
        return keys
    }
}
