import Diagnostics
import Parallel

/// The load stage: reads `Content/` into a `Corpus`, collecting every problem it finds.
package struct CorpusLoader {
    package let directory: ContentDirectory
    package internal(set) var diagnostics: [Diagnostic] = []
    /// Files kept from earlier loads (`serve`); nil reads everything.
    package var cache: LoadCache?
    /// Markdown files read ahead on every core, in the order read, each taken once.
    private var prefetched: [Prefetched?] = []
    /// Where each file read ahead is in `prefetched`, by relative path.
    private var prefetchedIndex: [String: Int] = [:]

    /// The names in `articles/`, as listed when the files were read ahead.
    private var articleNames: [String]?

    /// A Markdown file read ahead, with what reading it found; for an article or an entity
    /// (without `cache`), the value made from it instead of the file, and what making it found.
    struct Prefetched {
        var file: (FrontMatterSplit, YAMLValue)?
        var diagnostics: [Diagnostic]
        var article: (value: Article?, diagnostics: [Diagnostic])?
        var entity: (value: Entity?, diagnostics: [Diagnostic])?
    }

    package init(contentPath: String) {
        directory = ContentDirectory(path: contentPath)
    }

    private init(directory: ContentDirectory) {
        self.directory = directory
    }

    /// Loads everything; returns nil only when the site cannot be built at all.
    package mutating func load() -> Corpus? {
        guard directory.isDirectory("") else {
            diagnostics.append(.error(
                "content-missing", "no content folder at \(directory.displayRoot)",
                hint: "run from the project folder, or pass --content PATH"))
            return nil
        }
        guard let site = loadSite() else { return nil }
        prefetchMarkdown()
        var corpus = Corpus(site: site, home: loadHome())
        corpus.articles = loadArticles()
        corpus.documents = loadDocuments()
        corpus.entities = loadEntities()
        (corpus.lanes, corpus.events) = loadTimeline()
        corpus.dataSeries = loadData()
        corpus.bibliography = loadBibliography()
        corpus.sources = loadSources()
        corpus.handouts = loadHandouts()
        reportUnexpectedEntries()
        return corpus
    }

    mutating func readText(_ relative: String) -> String? {
        let result = cache.map { cache in
            cache.text(directory.root.path + "/" + relative) { directory.read(relative) }
        } ?? directory.read(relative)
        switch result {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Reads a YAML file into a value.
    mutating func readYAML(_ relative: String) -> YAMLValue? {
        guard let text = readText(relative) else { return nil }
        return YAMLReader.read(text, file: directory.display(relative), diagnostics: &diagnostics)
    }

    /// Reads the many files of articles and entities in parallel (reading, splitting and the
    /// YAML are most of the load stage); the loaders then take them in their usual order.
    /// Only whether a file is read ahead changes, not what reading it reports.
    private mutating func prefetchMarkdown() {
        let articleNames = directory.list("articles")
        self.articleNames = articleNames
        var relatives = articleNames.filter { $0.hasSuffix(".md") }.map { "articles/\($0)" }
        for folder in directory.list("entities") where directory.isDirectory("entities/\(folder)") {
            relatives += directory.list("entities/\(folder)").filter { $0.hasSuffix(".md") }
                .map { "entities/\(folder)/\($0)" }
        }
        let directory = directory, cache = cache
        prefetched = relatives.parallelMap { relative -> Prefetched? in
            var loader = CorpusLoader(directory: directory)
            loader.cache = cache
            let file = loader.readMarkdown(relative)
            // An article's values too, where no cache keeps them, and its file freed here (made
            // and freed on one core, 10,000 of them left the other idle for 20 ms).
            if cache == nil, let (split, yaml) = file, relative.hasPrefix("articles/"),
               case let slug = String(relative.dropFirst("articles/".count).dropLast(".md".count)),
               ContentDirectory.isSlug(slug) {
                var found: [Diagnostic] = []
                let made = Article.read(slug: slug, split: split, yaml: yaml, file: directory.display(relative), diagnostics: &found)
                return Prefetched(file: nil, diagnostics: loader.diagnostics, article: (made, found))
            }
            // An entity's too (200 made one after another were 0.7–2 ms at 1,000 articles with
            // the other core idle); whether its slug is taken twice is still decided in order.
            if cache == nil, let (split, yaml) = file, relative.hasPrefix("entities/") {
                let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == 3, let kind = Entity.Kind(folder: String(parts[1])), parts[2].hasSuffix(".md"),
                   case let slug = String(parts[2].dropLast(".md".count)), ContentDirectory.isSlug(slug) {
                    var found: [Diagnostic] = []
                    let made = Entity.read(
                        slug: slug, kind: kind, split: split, yaml: yaml, file: directory.display(relative), diagnostics: &found)
                    return Prefetched(file: nil, diagnostics: loader.diagnostics, article: nil, entity: (made, found))
                }
            }
            return Prefetched(file: file, diagnostics: loader.diagnostics, article: nil)
        }
        // Positions, not the files: a table of 10,000 files by path, grown and copied into,
        // was 20 ms on one core at 10,000 articles.
        prefetchedIndex.reserveCapacity(relatives.count)
        for (index, relative) in relatives.enumerated() { prefetchedIndex[relative] = index }
    }

    /// The names in `articles/`: as listed when the files were read ahead, if they were.
    mutating func listArticles() -> [String] {
        defer { articleNames = nil }
        return articleNames ?? directory.list("articles")
    }

    /// The file read ahead at `relative`, taken out (moved, not copied), if it was read ahead.
    mutating func takePrefetched(_ relative: String) -> Prefetched? {
        guard let index = prefetchedIndex.removeValue(forKey: relative) else { return nil }
        var taken: Prefetched?
        swap(&taken, &prefetched[index])
        return taken
    }

    /// Reads a Markdown file with front matter into its split and its front matter mapping.
    mutating func readMarkdown(_ relative: String) -> (FrontMatterSplit, YAMLValue)? {
        if let ahead = takePrefetched(relative) {
            diagnostics += ahead.diagnostics
            return ahead.file
        }
        guard let text = readText(relative) else { return nil }
        guard let cache else { return parseMarkdown(relative, text: text) }
        let directory = directory
        let parsed = cache.markdown(relative, text: text) {
            var loader = CorpusLoader(directory: directory)
            let file = loader.parseMarkdown(relative, text: text)
            return (file, loader.diagnostics)
        }
        diagnostics += parsed.diagnostics
        return parsed.file
    }

    private mutating func parseMarkdown(_ relative: String, text: String) -> (FrontMatterSplit, YAMLValue)? {
        let file = directory.display(relative)
        switch FrontMatter.split(text, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let split):
            guard let yaml = split.yaml else {
                diagnostics.append(.error(
                    "front-matter-missing", "\(file) has no front matter",
                    at: SourceLocation(file: file),
                    hint: "start the file with `---`, a `title: …` line and `---`"))
                return nil
            }
            guard let value = YAMLReader.read(
                yaml, file: file, firstLine: split.yamlFirstLine, diagnostics: &diagnostics)
            else { return nil }
            return (split, value)
        }
    }

    /// The slug of a file name, or nil (with a diagnostic) when it is not a valid slug.
    mutating func slug(of name: String, in folder: String, dropping suffix: String) -> String? {
        let slug = String(name.dropLast(suffix.count))
        guard ContentDirectory.isSlug(slug) else {
            diagnostics.append(.error(
                "slug-invalid", "\"\(name)\" is not a valid file name for a page",
                at: SourceLocation(file: directory.display("\(folder)/\(name)")),
                hint: "use lowercase letters, digits and hyphens, e.g. korea-russia\(suffix)"))
            return nil
        }
        return slug
    }

    private mutating func loadSite() -> SiteConfig? {
        guard directory.exists("site.yaml") else {
            diagnostics.append(.error(
                "site-missing", "no site.yaml in \(directory.displayRoot)",
                at: SourceLocation(file: directory.display("site.yaml")),
                hint: "create it with at least `title: My study site`"))
            return nil
        }
        guard let yaml = readYAML("site.yaml") else { return nil }
        return SiteConfig.read(yaml, file: directory.display("site.yaml"), diagnostics: &diagnostics)
    }

    private mutating func loadHome() -> MarkdownSource {
        let file = directory.display("index.md")
        guard directory.exists("index.md"), let text = readText("index.md") else {
            return MarkdownSource(file: file, text: "", firstLine: 1)
        }
        switch FrontMatter.split(text, file: file) {
        case .success(let split):
            if let yaml = split.yaml,
               let value = YAMLReader.read(yaml, file: file, firstLine: 2, diagnostics: &diagnostics) {
                var fields = FieldReader(value, file: file)
                _ = fields.string("title")
                _ = fields.string("summary")
                diagnostics.append(contentsOf: fields.finish(kind: "the home page"))
            }
            return MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return MarkdownSource(file: file, text: "", firstLine: 1)
        }
    }
}
