import BibTeX
import CommonMark
import Corpus
import Foundation

/// Where every page of the site is written, and which works are hosted in the corpus, so
/// linkers can turn keys, names and printed pages into relative links.
package struct SitePaths: Sendable {
    private var referencePaths: [String: String] = [:]
    /// Bibliography key -> the document hosting that work.
    private var hostedDocuments: [String: String] = [:]
    /// Document slug -> printed page -> the part slug where it starts.
    private var pageParts: [String: [String: String]] = [:]

    /// Paths for a site with no bibliography and no documents.
    package static let empty = SitePaths()

    private init() {}

    init(corpus: Corpus, references: [BibEntry], parsedParts: [String: [(part: String, markers: [String])]]) {
        var used: Set<String> = []
        for entry in references.sorted(by: { $0.key < $1.key }) {
            var slug = Slug.make(entry.key)
            var suffix = 2
            while used.contains(slug) {
                slug = "\(Slug.make(entry.key))-\(suffix)"
                suffix += 1
            }
            used.insert(slug)
            referencePaths[entry.key] = "bibliography/\(slug).html"
        }
        for document in corpus.documents {
            if let key = document.source?.value { hostedDocuments[key] = document.slug }
            var pages: [String: String] = [:]
            for (part, markers) in parsedParts[document.slug] ?? [] {
                for marker in markers where pages[marker] == nil { pages[marker] = part }
            }
            pageParts[document.slug] = pages
        }
    }

    package func reference(_ key: String) -> String {
        referencePaths[key] ?? "bibliography/index.html"
    }

    package static func entity(_ slug: String) -> String { "entities/\(slug).html" }

    /// The document hosting the work with this key, if any.
    package func hostedDocument(for key: String) -> String? { hostedDocuments[key] }

    private static let pageNumber = try! NSRegularExpression(
        pattern: #"^(?:pp?\.\s*)?([0-9]+|[ivxlcdm]+)\b"#, options: [.caseInsensitive])

    /// The place in a hosted document where the locator's first page starts.
    package func hostedPage(for key: String, locator: String) -> (path: String, label: String)? {
        guard let document = hostedDocuments[key] else { return nil }
        let ns = locator as NSString
        guard let match = Self.pageNumber.firstMatch(
            in: locator, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let page = ns.substring(with: match.range(at: 1)).lowercased()
        guard let part = pageParts[document]?[page] else { return nil }
        return (PagePath.document(document, part: part) + "#page-\(page)", "p. \(page)")
    }
}
