import CommonMark
import Corpus
import Diagnostics
import Linker
import Parallel

/// The plan stage: decides every output file, its template and its view model.
package struct SitePlanner {
    /// Whether handouts' PDFs will be made (and so may be linked).
    package var withPDF: Bool

    package init(withPDF: Bool = false) {
        self.withPDF = withPDF
    }

    package func plan(_ site: ResolvedSite) -> SitePlan {
        planning(site, forReplanning: false).plan
    }

    /// The plan with what `replan` needs to redo only the pages an edit touches (only kept
    /// `forReplanning`: the search index's entries are 10 MB for 1,000 articles).
    /// `deferModels`: the pages there are many of (articles, entities, works) are planned as
    /// recipes (`SitePlan.deferred`), for a renderer that makes each model just in time.
    /// `searchShards`: where a full build's search index shards go as each is made, instead
    /// of into the plan's assets (`SearchIndex.files(recipes:sink:beside:)`).
    package func planning(
        _ site: ResolvedSite, forReplanning: Bool = true, deferModels: Bool = false,
        searchShards: (@Sendable (PlannedAsset) -> Void)? = nil
    ) -> Planning {
        let references = ReferencePages(site: site)
        let timeline = TimelineModel(site: site)
        var assets: [PlannedAsset] = site.corpus.sources.map {
            PlannedAsset(path: "sources/\($0.name)", contents: Array($0.text.utf8))
        }
        // serve keeps every entry's JSON (an edit redoes one); a build makes the shards directly,
        // beside the planning of the pages and the exports, which run on one core: the search
        // index is most of the stage's work, and the other core waited for them.
        var pages: [PlannedPage], deferred: [PageRecipe]
        var searchEntries: [[UInt8]] = []
        if forReplanning {
            (pages, deferred) = plannedPages(site, references: references, timeline: timeline, deferModels: deferModels)
            assets += exports(site, references: references, timeline: timeline)
            searchEntries = SearchIndex.recipes(site: site, timeline: timeline, references: references)
                .parallelMap { SearchIndex.json($0.filled()) }
            assets += SearchIndex.files(entries: searchEntries)
        } else {
            let ((planned, exported), search) = SearchIndex.files(
                recipes: { SearchIndex.recipes(site: site, timeline: timeline, references: references) },
                sink: searchShards
            ) {
                (plannedPages(site, references: references, timeline: timeline, deferModels: deferModels),
                 exports(site, references: references, timeline: timeline))
            }
            (pages, deferred) = planned
            assets += exported + search
        }
        assets += site.series.map { PlannedAsset(path: "data/\($0.id).csv", contents: Array($0.csvText.utf8)) }
        assets.append(PlannedAsset(path: "sitemap.xml", contents: Array(NavigationPages.sitemap(
            (pages.map(\.path) + deferred.map(\.path)).sorted(), baseURL: site.corpus.site.baseURL).utf8)))
        assets.sort { $0.path < $1.path }
        pages.sort { $0.path < $1.path }
        deferred.sort { $0.path < $1.path }
        var plan = SitePlan(pages: pages, assets: assets, schemas: Self.schemas)
        plan.deferred = deferred
        return Planning(
            plan: plan, site: site, timeline: timeline,
            searchEntries: searchEntries, references: references)
    }

    /// Every page of the site, in no particular order; with `deferModels`, those there are
    /// many of as recipes.
    private func plannedPages(
        _ site: ResolvedSite, references: ReferencePages, timeline: TimelineModel, deferModels: Bool
    ) -> (pages: [PlannedPage], deferred: [PageRecipe]) {
        let context = PageContext(references: references, timeline: timeline)
        var pages: [PlannedPage] = [homePage(site)]
        var deferred: [PageRecipe] = []
        func add(_ path: String, _ make: @escaping @Sendable () -> PlannedPage) {
            if deferModels { deferred.append(PageRecipe(path: path, make: make)) } else { pages.append(make()) }
        }
        let inputs = RecipeInputs(
            planner: self, site: site, context: context,
            entityPages: site.entities.isEmpty ? nil : EntityPages(site: site, references: references, timeline: timeline),
            // Positions, not copies of the records: at 10,000 articles copying 110,000 records
            // into groups took 40 ms on the planning thread; each page reads its own in place.
            citationPositions: site.references.isEmpty
                ? [:] : Dictionary(grouping: site.citations.indices, by: { site.citations[$0].key }))
        for index in site.articles.indices {
            add(PagePath.article(site.articles[index].article.slug)) { inputs.articlePage(index) }
        }
        for document in site.documents {
            pages += documentPages(document, site: site, context: context)
        }
        // Index pages only for what the corpus has: no empty Bibliography or Timeline.
        if !site.references.isEmpty {
            // The index pages are made beside the others (sorting and counting took 7 ms of
            // the planning thread at 1,000 articles).
            add(ReferencePages.indexPath) { references.indexPage() }
            for index in references.list.items.indices {
                add(references.paths.reference(references.list.items[index].entry.key)) { inputs.entryPage(index) }
            }
        }
        if let entityPages = inputs.entityPages {
            add(EntityPages.indexPath) { entityPages.indexPage() }
            for index in site.entities.indices {
                add(SitePaths.entity(site.entities[index].entity.slug)) { inputs.entityPage(index) }
            }
        }
        if !timeline.items.isEmpty {
            var timelinePages = TimelinePages(site: site, model: timeline)
            timelinePages.overview = TimelineOverview.svg
            pages += timelinePages.pages()
        }
        let navigation = NavigationPages(site: site)
        for recipe in navigation.tagPages() { add(recipe.path, recipe.make) }
        pages.append(navigation.notFoundPage())
        if let data = DataPages(site: site).page() { pages.append(data) }
        pages.append(navigation.searchPage())
        pages += HandoutPages(site: site, timeline: timeline, references: references, withPDF: withPDF).pages()
        return (pages, deferred)
    }

    /// Files for other tools: the bibliography as BibTeX, CSL-JSON and RIS, the events as
    /// TimelineJS JSON and CSV.
    func exports(_ site: ResolvedSite, references: ReferencePages, timeline: TimelineModel) -> [PlannedAsset] {
        var files: [(String, String)] = []
        let ordered = references.list.items.map(\.entry)
        if !ordered.isEmpty {
            files += [
                ("references.bib", BibliographyExport.bibtex(ordered)),
                ("references.json", BibliographyExport.cslJSON(ordered)),
                ("references.ris", BibliographyExport.ris(ordered)),
            ]
        }
        if !timeline.items.isEmpty {
            let laneTitles = Dictionary(timeline.lanes.map { ($0.id, $0.title) }) { first, _ in first }
            files += [
                ("timeline.json", TimelineExport.timelineJS(
                    title: site.corpus.site.title, items: timeline.items, laneTitles: laneTitles)),
                ("timeline.csv", TimelineExport.csv(timeline.items)),
            ]
        }
        return files.map { PlannedAsset(path: $0.0, contents: Array($0.1.utf8)) }
    }

    /// The view-model schema of each page template, the layout's fields included.
    package static let schemas: [String: TemplateSchema] = [
        "home": .object(LayoutModel.schema.merging(HomePageModel.schema) { a, _ in a }),
        "article": .object(LayoutModel.schema.merging(ArticlePageModel.schema) { a, _ in a }),
        "document": .object(LayoutModel.schema.merging(DocumentPageModel.schema) { a, _ in a }),
        "bibliography": .object(LayoutModel.schema.merging(ReferencePages.indexSchema) { a, _ in a }),
        "reference": .object(LayoutModel.schema.merging(ReferencePages.entrySchema) { a, _ in a }),
        "entity": .object(LayoutModel.schema.merging(EntityPages.entitySchema) { a, _ in a }),
        "entities": .object(LayoutModel.schema.merging(EntityPages.indexSchema) { a, _ in a }),
        "timeline": .object(LayoutModel.schema.merging(TimelinePages.schema) { a, _ in a }),
        "tag": .object(LayoutModel.schema.merging(NavigationPages.tagSchema) { a, _ in a }),
        "search": .object(LayoutModel.schema),
        "handout": .object(HandoutPages.schema),
        "handouts": .object(LayoutModel.schema.merging(HandoutPages.indexSchema) { a, _ in a }),
        "data": .object(LayoutModel.schema.merging(DataPages.schema) { a, _ in a }),
        "404": .object(LayoutModel.schema.merging(NavigationPages.notFoundSchema) { a, _ in a }),
    ]

    static func page(
        _ layout: LayoutModel, template: String, fields: TemplateFields,
        source: SourceLocation?
    ) -> PlannedPage {
        var model = fields
        layout.add(to: &model)
        return PlannedPage(
            path: layout.path, template: template, title: layout.title, model: .object(model), source: source)
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

/// What the recipes of the pages there are many of read, behind one reference. A closure that
/// captured the site, the reference pages, the context and the entity pages copied each of
/// those structs (a few hundred references, some of the same site more than once) for every
/// recipe: retained as the plan was made and released on whichever core rendered the page,
/// on objects every page shares.
private final class RecipeInputs: Sendable {
    let planner: SitePlanner
    let site: ResolvedSite
    let context: PageContext
    let entityPages: EntityPages?
    /// Each work's citations: positions in `site.citations`.
    let citationPositions: [String: [Int]]

    init(
        planner: SitePlanner, site: ResolvedSite, context: PageContext, entityPages: EntityPages?,
        citationPositions: [String: [Int]]
    ) {
        self.planner = planner
        self.site = site
        self.context = context
        self.entityPages = entityPages
        self.citationPositions = citationPositions
    }

    func articlePage(_ index: Int) -> PlannedPage {
        planner.articlePage(index, site: site, context: context)
    }

    func entryPage(_ index: Int) -> PlannedPage {
        let item = context.references.list.items[index]
        return context.references.entryPage(
            item, citations: site.citations, at: citationPositions[item.entry.key] ?? [])
    }

    func entityPage(_ index: Int) -> PlannedPage {
        // Only recipes made when there are entities call this.
        entityPages!.entityPage(site.entities[index])
    }
}
