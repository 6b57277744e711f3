import Foundation
import Corpus
import Diagnostics

/// Keys named in front matter (`source`, `bibliography`) must exist in references.bib.
struct ReferenceKeyCheck {
    let site: ResolvedSite

    func run() -> [Diagnostic] {
        let keys = Set(site.references.map(\.key))
        var diagnostics: [Diagnostic] = []
        func check(_ key: Located<String>) {
            guard !keys.contains(key.value) else { return }
            diagnostics.append(.error(
                "reference-key-unknown", "no entry \"\(key.value)\" in references.bib",
                at: key.location, hint: "add a BibTeX entry with this key, or fix the key"))
        }
        let articles = site.corpus.articles
        for index in articles.indices {
            articles[index].source.map(check)
            articles[index].bibliography.forEach(check)
        }
        for document in site.corpus.documents {
            document.source.map(check)
        }
        return diagnostics
    }
}
