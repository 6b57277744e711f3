import Diagnostics

extension CorpusLoader {
    /// `read` of a file's front matter, kept between loads of one process (`serve`) and made
    /// again only when the file changed; its diagnostics are reported either way.
    private mutating func remembered<Value: Sendable>(
        _ relative: String, split: FrontMatterSplit, _ read: (inout [Diagnostic]) -> Value?
    ) -> Value? {
        guard let cache else { return read(&diagnostics) }
        let made = cache.model(relative, split: split) { () -> (value: Value?, diagnostics: [Diagnostic]) in
            var found: [Diagnostic] = []
            let value = read(&found)
            return (value, found)
        }
        diagnostics += made.diagnostics
        return made.value
    }

    mutating func loadArticles() -> [Article] {
        var articles: [Article] = []
        for name in listArticles() where name.hasSuffix(".md") {
            guard let slug = slug(of: name, in: "articles", dropping: ".md") else { continue }
            var ahead = takePrefetched("articles/\(name)")
            if let ahead { diagnostics += ahead.diagnostics }
            // Moved out, not copied (a copy retained every reference of an article made on
            // another core).
            if let made = ahead?.article.take() {
                diagnostics += made.diagnostics
                if let article = made.value { articles.append(article) }
                continue
            }
            guard let (split, yaml) = ahead.map({ $0.file }) ?? readMarkdown("articles/\(name)") else { continue }
            let file = directory.display("articles/\(name)")
            let read = remembered("articles/\(name)", split: split) { diagnostics in
                Article.read(slug: slug, split: split, yaml: yaml, file: file, diagnostics: &diagnostics)
            }
            if let article = read { articles.append(article) }
        }
        return articles
    }

    mutating func loadDocuments() -> [Document] {
        var documents: [Document] = []
        for folder in directory.list("documents") where directory.isDirectory("documents/\(folder)") {
            guard let slug = slug(of: folder, in: "documents", dropping: ""),
                  directory.staysInside("documents/\(folder)") else {
                diagnostics.append(.error(
                    "path-outside-content", "documents/\(folder) points outside the content folder",
                    at: SourceLocation(file: directory.display("documents/\(folder)"))))
                continue
            }
            let base = "documents/\(folder)"
            guard directory.exists("\(base)/index.md") else {
                diagnostics.append(.error(
                    "document-index-missing", "document \"\(slug)\" has no index.md",
                    at: SourceLocation(file: directory.display(base)),
                    hint: "add \(base)/index.md with the document's front matter"))
                continue
            }
            guard let (split, yaml) = readMarkdown("\(base)/index.md"),
                  var document = Document.readIndex(
                    slug: slug, split: split, yaml: yaml,
                    file: directory.display("\(base)/index.md"), diagnostics: &diagnostics)
            else { continue }
            var partSlugs: Set<String> = ["index"]
            for name in directory.list(base) where name.hasSuffix(".md") && name != "index.md" {
                let file = directory.display("\(base)/\(name)")
                guard let partSlug = partSlug(of: name, file: file) else { continue }
                guard partSlugs.insert(partSlug).inserted else {
                    diagnostics.append(.error(
                        "slug-duplicate", "two parts of \"\(slug)\" are named \"\(partSlug)\"",
                        at: SourceLocation(file: file), hint: "rename one of them"))
                    continue
                }
                guard let (split, yaml) = readMarkdown("\(base)/\(name)"),
                      let part = Document.readPart(
                        slug: partSlug, split: split, yaml: yaml, file: file,
                        diagnostics: &diagnostics)
                else { continue }
                document.parts.append(part)
            }
            documents.append(document)
        }
        return documents
    }

    /// `03-summary.md` gives "summary"; the number only orders the parts.
    private mutating func partSlug(of name: String, file: String) -> String? {
        let stem = String(name.dropLast(3))
        let pieces = stem.split(separator: "-", maxSplits: 1)
        guard pieces.count == 2, pieces[0].allSatisfy(\.isNumber),
              ContentDirectory.isSlug(String(pieces[1])) else {
            diagnostics.append(.error(
                "slug-invalid", "\"\(name)\" is not a valid document part name",
                at: SourceLocation(file: file),
                hint: "name parts NN-slug.md, e.g. 01-summary.md; NN orders them"))
            return nil
        }
        return String(pieces[1])
    }

    mutating func loadHandouts() -> [Handout] {
        directory.list("handouts").filter { $0.hasSuffix(".md") }.compactMap { name in
            guard let slug = slug(of: name, in: "handouts", dropping: ".md"),
                  let (split, yaml) = readMarkdown("handouts/\(name)") else { return nil }
            return Handout.read(
                slug: slug, split: split, yaml: yaml, file: directory.display("handouts/\(name)"),
                diagnostics: &diagnostics)
        }
    }

    mutating func loadEntities() -> [Entity] {
        var entities: [Entity] = []
        var seen: [String: String] = [:]
        for folder in directory.list("entities") where directory.isDirectory("entities/\(folder)") {
            guard let kind = Entity.Kind(folder: folder) else {
                diagnostics.append(.warning(
                    "entity-kind-unknown", "unknown entity folder \"\(folder)\"",
                    at: SourceLocation(file: directory.display("entities/\(folder)")),
                    hint: "use one of: "
                        + Entity.Kind.allCases.map(\.folder).joined(separator: ", ")))
                continue
            }
            for name in directory.list("entities/\(folder)") where name.hasSuffix(".md") {
                let relative = "entities/\(folder)/\(name)"
                guard let slug = slug(of: name, in: "entities/\(folder)", dropping: ".md") else { continue }
                let file = directory.display(relative)
                /// Whether the slug is this file's (the first in folder order), else an error.
                func claimSlug(_ diagnostics: inout [Diagnostic]) -> Bool {
                    if let other = seen[slug] {
                        diagnostics.append(.error(
                            "slug-duplicate", "entity \"\(slug)\" is also defined in \(other)",
                            at: SourceLocation(file: file), hint: "entity slugs must be unique"))
                        return false
                    }
                    seen[slug] = file
                    return true
                }
                // Made on every core as the file was read; kept unless the slug is taken.
                var ahead = takePrefetched(relative)
                if let ahead { diagnostics += ahead.diagnostics }
                if let made = ahead?.entity.take() {
                    guard claimSlug(&diagnostics) else { continue }
                    diagnostics += made.diagnostics
                    if let entity = made.value { entities.append(entity) }
                    continue
                }
                guard let (split, yaml) = ahead.map({ $0.file }) ?? readMarkdown(relative),
                      claimSlug(&diagnostics) else { continue }
                let read = remembered(relative, split: split) { diagnostics in
                    Entity.read(slug: slug, kind: kind, split: split, yaml: yaml, file: file, diagnostics: &diagnostics)
                }
                if let entity = read { entities.append(entity) }
            }
        }
        return entities
    }
}
