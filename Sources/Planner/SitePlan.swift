import Diagnostics

/// One output file the build will write.
package struct PlannedPage: Sendable, Hashable {
    /// Path inside the output folder, e.g. `articles/korea-russia.html`.
    package var path: String
    /// Page template name (`article` uses `Templates/pages/article.md`).
    package var template: String
    package var title: String
    /// The view model for the page template and layout.
    package var model: TemplateValue
    /// Where the page's content came from, for messages about it.
    package var source: SourceLocation?

    package init(
        path: String, template: String, title: String, model: TemplateValue, source: SourceLocation?
    ) {
        self.path = path
        self.template = template
        self.title = title
        self.model = model
        self.source = source
    }
}

/// A file copied or generated without a template (stylesheet, CSV, raw sources).
package struct PlannedAsset: Sendable, Equatable {
    package var path: String
    package var contents: [UInt8]
}

/// Every output file, as pure data. Sorted by path so the write order never varies.
package struct SitePlan: Sendable {
    package var pages: [PlannedPage]
    package var assets: [PlannedAsset]
    /// Schemas of each page template's view model.
    package var schemas: [String: TemplateSchema]
    /// Pages whose view model is made only when the page is rendered (a full build's
    /// articles, entities and works: the renderer makes, renders and drops each in turn,
    /// so the models of a large site are never all in memory). Empty unless asked for.
    package var deferred: [PageRecipe] = []

    package init(pages: [PlannedPage], assets: [PlannedAsset], schemas: [String: TemplateSchema]) {
        self.pages = pages
        self.assets = assets
        self.schemas = schemas
    }

    package var pageCount: Int { pages.count + deferred.count }
}

/// A page to be made later: its path now, its view model on demand.
package struct PageRecipe: Sendable {
    package var path: String
    package var make: @Sendable () -> PlannedPage

    package init(path: String, make: @escaping @Sendable () -> PlannedPage) {
        self.path = path
        self.make = make
    }
}
