/// Everything read from `Content/`, as plain values.
package struct Corpus: Sendable, Equatable {
    package var site: SiteConfig
    package var home: MarkdownSource
    package var articles: [Article]
    package var documents: [Document]
    package var entities: [Entity]
    package var lanes: [Lane]
    package var events: [TimelineEvent]
    package var dataSeries: [DataSeriesFile]
    package var bibliography: BibliographyFile?
    package var sources: [SourceDocument]
    package var handouts: [Handout] = []

    package init(
        site: SiteConfig, home: MarkdownSource, articles: [Article] = [],
        documents: [Document] = [], entities: [Entity] = [], lanes: [Lane] = [],
        events: [TimelineEvent] = [], dataSeries: [DataSeriesFile] = [],
        bibliography: BibliographyFile? = nil, sources: [SourceDocument] = []
    ) {
        self.site = site
        self.home = home
        self.articles = articles
        self.documents = documents
        self.entities = entities
        self.lanes = lanes
        self.events = events
        self.dataSeries = dataSeries
        self.bibliography = bibliography
        self.sources = sources
    }
}

extension Corpus {
    /// The articles' Markdown, taken out of the corpus (each article's body keeps its file
    /// and first line, with empty text): a build that ends with the process hands each text
    /// to the job that parses it, so the text is freed as soon as its body is linked and
    /// its memory serves what later bodies make (`SiteResolver.resolution(_:articleTexts:)`).
    package mutating func takeArticleTexts() -> [String] {
        articles.indices.map { index in
            defer { articles[index].body.text = "" }
            return articles[index].body.text
        }
    }
}
