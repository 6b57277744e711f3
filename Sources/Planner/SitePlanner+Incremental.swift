import Linker

/// A plan and what it was made from, kept by `serve` so the next plan after an edit of
/// article bodies redoes only the pages that show something of those bodies.
package struct Planning: Sendable {
    package var plan: SitePlan
    var site: ResolvedSite
    /// Built from events and document parts, which an article edit does not touch.
    let timeline: TimelineModel
    /// Every search-index entry as JSON, in index order.
    var searchEntries: [[UInt8]]
    /// The formatted bibliography (only article bodies change on the fast path).
    var references: ReferencePages
}

extension SitePlanner {
    /// The same plan as `planning(site)` when `site` differs from the one `previous` was
    /// made from only in the bodies of `editedArticles` and in what those bodies cite and
    /// mention (SiteResolver.reresolve; `Resolution.changes` gives the works and entities
    /// whose lists changed). What shows such a body, its citations or its mentions: the
    /// article's own page; the page of each work whose citations from these articles
    /// changed, and the bibliography (citation counts); the page of each entity whose
    /// mentions from them changed; the search-index shard that holds the article. Handouts
    /// are few and made again as well. Every other page (home, timeline, tags, documents,
    /// data, other articles and entities) is built from front matter, events and other
    /// bodies, and is kept. `IncrementalBuildTests` compares the result with full builds
    /// after many edits.
    package func replan(
        _ previous: Planning, site: ResolvedSite, editedArticles: [Int],
        citedKeys: Set<String>, mentionedSlugs: Set<String>
    ) -> Planning {
        let references = previous.references.with(site: site)
        let context = PageContext(references: references, timeline: previous.timeline)
        var replaced: [PlannedPage] = editedArticles.map { articlePage($0, site: site, context: context) }
        replaced += HandoutPages(site: site, timeline: previous.timeline, references: references, withPDF: withPDF).pages()

        if !citedKeys.isEmpty {
            replaced.append(references.indexPage())
            let citations = Dictionary(grouping: site.citations.filter { citedKeys.contains($0.key) }, by: \.key)
            for item in references.list.items where citedKeys.contains(item.entry.key) {
                let cited = citations[item.entry.key] ?? []
                replaced.append(references.entryPage(item, citations: cited, at: Array(cited.indices)))
            }
        }
        if !mentionedSlugs.isEmpty {
            let entities = EntityPages(site: site, references: references, timeline: previous.timeline, only: mentionedSlugs)
            for entity in site.entities where mentionedSlugs.contains(entity.entity.slug) {
                replaced.append(entities.entityPage(entity))
            }
        }

        var next = previous
        next.site = site
        next.references = references
        let position = Dictionary(previous.plan.pages.enumerated().map { ($1.path, $0) }) { first, _ in first }
        for page in replaced {
            if let index = position[page.path] { next.plan.pages[index] = page }
        }
        let texts = SearchIndex.plainTexts(of: editedArticles.map { site.articles[$0].body.rendered.html })
        var shards: Set<Int> = []
        for (article, text) in zip(editedArticles, texts) {
            let position = SearchIndex.position(ofArticle: article)
            next.searchEntries[position] = SearchIndex.json(SearchIndex.articleEntry(site.articles, at: article, plainText: text))
            shards.insert(SearchIndex.shard(ofEntry: position))
        }
        // Only the shards holding edited entries change; the manifest names the same shards.
        for shard in shards {
            let path = SearchIndex.shardPath(shard)
            if let index = next.plan.assets.firstIndex(where: { $0.path == path }) {
                next.plan.assets[index].contents = SearchIndex.shard(shard, entries: next.searchEntries)
            }
        }
        return next
    }
}
