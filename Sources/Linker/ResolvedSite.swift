import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics

/// A Markdown body after resolution: its HTML and what other pages may point at in it.
package struct ResolvedBody: Sendable, Equatable {
    package var source: MarkdownSource
    package var rendered: RenderedMarkdown
    /// Printed pages that start in this body ("12", "xiii"), in order.
    package var pageMarkers: [String]
    /// Bibliography keys cited in the body, in order of first citation.
    package var cited: [String] = []
}

package struct ResolvedArticle: Sendable, Equatable {
    package var article: Article
    package var body: ResolvedBody
    package var seeAlso: [ResolvedSeeAlso] = []
}

package struct ResolvedDocument: Sendable, Equatable {
    package var document: Document
    package var bodies: [ResolvedBody]
}

/// A handout with its body linked and its chart drawn.
package struct ResolvedHandout: Sendable, Equatable {
    package var handout: Handout
    package var body: ResolvedBody
    package var chartHTML: String?
}

package struct ResolvedEntity: Sendable, Equatable {
    package var entity: Entity
    package var body: ResolvedBody
}

/// The corpus with every body parsed and every reference checked: what the planner needs.
package struct ResolvedSite: Sendable {
    package var corpus: Corpus
    package var home: ResolvedBody
    package var articles: [ResolvedArticle]
    package var documents: [ResolvedDocument]
    package var entities: [ResolvedEntity]
    package var series: [DataSeries] = []
    /// The bibliography, parsed, in file order.
    package private(set) var references: [BibEntry] = []
    /// The bibliography formatted and sorted in the site's style, as the resolver made it
    /// (the planner's pages use the same list instead of formatting it again).
    package private(set) var referenceList: ReferenceList?
    /// Every place a work is cited, in page order.
    package var citations: [CitationRecord] = []
    /// Every passage that mentions an entity, in page order.
    package var mentions: [MentionRecord] = []
    package var paths: SitePaths? = nil
    package var charts: ChartBuilder? = nil
    package var handouts: [ResolvedHandout] = []

    /// Sets the bibliography and its list together, so they never disagree.
    package mutating func setBibliography(_ references: [BibEntry], list: ReferenceList) {
        self.references = references
        referenceList = list
    }
}
