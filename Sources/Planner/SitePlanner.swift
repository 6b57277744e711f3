import CommonMark
import Corpus
import Diagnostics
import Linker

/// The plan stage: decides every output file, its template and its view model.
package struct SitePlanner {
    package init() {}

    package func plan(_ site: ResolvedSite) -> SitePlan {
        var pages: [PlannedPage] = [homePage(site)]
        pages += site.articles.map { articlePage($0, site: site) }
        for document in site.documents {
            pages += documentPages(document, site: site)
        }
        var assets: [PlannedAsset] = site.corpus.sources.map {
            PlannedAsset(path: "sources/\($0.name)", contents: Array($0.text.utf8))
        }
        assets.sort { $0.path < $1.path }
        pages.sort { $0.path < $1.path }
        return SitePlan(pages: pages, assets: assets, schemas: Self.schemas)
    }

    /// The view-model schema of each page template, the layout's fields included.
    package static let schemas: [String: TemplateSchema] = [
        "home": .object(LayoutModel.schema.merging(HomePageModel.schema) { a, _ in a }),
        "article": .object(LayoutModel.schema.merging(ArticlePageModel.schema) { a, _ in a }),
        "document": .object(LayoutModel.schema.merging(DocumentPageModel.schema) { a, _ in a }),
    ]

    static func page(
        _ layout: LayoutModel, template: String, fields: [String: TemplateValue],
        source: SourceLocation?
    ) -> PlannedPage {
        PlannedPage(
            path: layout.path, template: template, title: layout.title,
            model: .object(layout.fields().merging(fields) { _, page in page }), source: source)
    }

    func homePage(_ site: ResolvedSite) -> PlannedPage {
        let path = "index.html"
        var layout = LayoutModel(site: site.corpus.site, path: path, title: site.corpus.site.title)
        layout.toc = site.home.rendered.headings.map { ($0.level, $0.id, $0.text) }
        return Self.page(
            layout, template: "home",
            fields: HomePageModel(site: site, path: path).fields(),
            source: SourceLocation(file: site.corpus.home.file))
    }
}
