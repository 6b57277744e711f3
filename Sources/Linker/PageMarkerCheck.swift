import Corpus
import Diagnostics

/// A document's printed page markers must not repeat, so "p. 12" names one place.
struct PageMarkerCheck {
    let site: ResolvedSite

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in site.documents {
            var seen: Set<String> = []
            for body in document.bodies {
                for page in body.pageMarkers where !seen.insert(page).inserted {
                    diagnostics.append(.warning(
                        "page-marker-duplicate", "page \(page) is marked more than once",
                        at: SourceLocation(file: body.source.file, line: body.source.firstLine),
                        hint: "each printed page should start at one place"))
                }
            }
        }
        return diagnostics
    }
}
