import Diagnostics
import Foundation
import Mustache
import Parallel
import Planner

/// The render stage: each planned page through its page template, then the layout. Pages
/// are independent, so they render in parallel; results keep the plan's order.
package struct PageRenderer: Sendable {
    package let templates: TemplateSet
    /// Pages larger than this are refused (a runaway template or corpus).
    package var maxPageBytes = 20_000_000

    /// Pages rendered by earlier builds of this process, reused when nothing they depend
    /// on changed (`serve`).
    package var cache: RenderCache?

    package init(templates: TemplateSet, cache: RenderCache? = nil) {
        self.templates = templates
        self.cache = cache
    }

    /// Renders every page in parallel and hands each page's bytes to `consume` as soon as
    /// it is made (a full build writes and scans it there, and keeps only what `consume`
    /// returns); results are in plan order, with a diagnostic for each page that failed.
    package func renderEach<Result: Sendable>(
        _ plan: SitePlan, diagnostics: inout [Diagnostic],
        _ consume: @Sendable (_ page: PlannedPage, _ bytes: [UInt8]) -> Result
    ) -> [(path: String, result: Result)] {
        // Deferred pages are made here, rendered and dropped, one per worker at a time. The
        // pages are read where the plan keeps them (a list of both kinds copied every recipe,
        // retained and released again on the one core left at the end of the stage).
        let made = plan.pages.count
        var rendered = Array(0..<(made + plan.deferred.count)).parallelMap {
            index -> Swift.Result<(path: String, result: Result), Diagnostic> in
            let page = index < made ? plan.pages[index] : plan.deferred[index - made].make()
            let path = index < made ? page.path : plan.deferred[index - made].path
            return renderPage(page).map { (path, consume(page, $0)) }
        }
        // Moved out from the end: reading each outcome in place copied it (every reference it
        // holds retained, and released when the array was freed), a millisecond at 1,000
        // articles with the other core idle.
        var results: [(path: String, result: Result)] = []
        results.reserveCapacity(rendered.count)
        var failures: [Diagnostic] = []
        while let outcome = rendered.popLast() {
            switch consume outcome {
            case .success(let result): results.append(result)
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        results.reverse()
        diagnostics += failures.reversed()
        return results
    }

    /// Renders only the pages whose planned value differs from the same page of `previous`
    /// (kept pages compare by identity, so this is cheap), taking the other pages' bytes from
    /// `previousFiles`. The templates must be the ones `previousFiles` were rendered with.
    package func render(
        _ plan: SitePlan, reusing previous: SitePlan, previousFiles: [(path: String, bytes: [UInt8])],
        diagnostics: inout [Diagnostic]
    ) -> (files: [(path: String, bytes: [UInt8])], rendered: Int) {
        let before = Dictionary(previousFiles.map { ($0.path, $0.bytes) }) { first, _ in first }
        let earlier = Dictionary(previous.pages.map { ($0.path, $0) }) { first, _ in first }
        var stale: [PlannedPage] = []
        var files: [(String, [UInt8])] = []
        for page in plan.pages {
            if let bytes = before[page.path], earlier[page.path] == page {
                files.append((page.path, bytes))
            } else {
                stale.append(page)
            }
        }
        for (page, result) in zip(stale, stale.parallelMap(renderPage)) {
            switch result {
            case .success(let bytes): files.append((page.path, bytes))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        files += plan.assets.map { ($0.path, $0.contents) }
        files += templates.assets
        return (files.sorted { $0.0 < $1.0 }, stale.count)
    }

    package func render(_ plan: SitePlan, diagnostics: inout [Diagnostic]) -> [(path: String, bytes: [UInt8])] {
        let results = plan.pages.parallelMap { page -> Result<[UInt8], Diagnostic> in
            let key = RenderKey(templates: templates.fingerprint, page: page)
            if let bytes = cache?.lookup(key) { return .success(bytes) }
            let result = renderPage(page)
            if case .success(let bytes) = result { cache?.store(key, bytes) }
            return result
        }
        var files: [(String, [UInt8])] = []
        for (page, result) in zip(plan.pages, results) {
            switch result {
            case .success(let bytes): files.append((page.path, bytes))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        files += plan.assets.map { ($0.path, $0.contents) }
        files += templates.assets
        return files.sorted { $0.0 < $1.0 }
    }

    func renderPage(_ page: PlannedPage) -> Result<[UInt8], Diagnostic> {
        guard case .object(var fields) = page.model else {
            return .failure(.error("render-model", "view model of \(page.path) is not an object"))
        }
        guard let body = render(page.model, withTemplate: "page-\(page.template)", capacity: 16_384) else {
            return .failure(.error(
                "template-missing", "no template for page kind \"\(page.template)\"", at: page.source))
        }
        if case .flag(true)? = fields["links_as_endnotes"] {
            let base: String? = if case .text(let url)? = fields["base_url"], !url.isEmpty { url } else { nil }
            let content = String(decoding: body, as: UTF8.self)
            fields["content"] = .html(EndnoteWriter.apply(content, page: page.path, base: base))
        } else {
            fields["content"] = .htmlBytes(body)
        }
        // A page kind may have a layout of its own (Templates/layouts/<kind>.html).
        let layout = templates.layouts.contains(page.template) ? "layout-\(page.template)" : "layout"
        let bytes = render(.object(fields), withTemplate: layout, capacity: body.count + 8192) ?? []
        guard bytes.count <= maxPageBytes else {
            return .failure(.error(
                "output-too-large", "\(page.path) would be \(bytes.count) bytes; the limit is \(maxPageBytes)",
                at: page.source, hint: "split the source into smaller pages"))
        }
        return .success(bytes)
    }

    /// One template's output, by the compiled renderer when the templates allow it, else by
    /// swift-mustache; nil when there is no such template.
    private func render(_ value: TemplateValue, withTemplate name: String, capacity: Int) -> [UInt8]? {
        guard let compiled = templates.compiled else {
            return templates.library.render(value.mustacheValue, withTemplate: name).map { Array($0.utf8) }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        return compiled.render(value, withTemplate: name, into: &bytes) ? bytes : nil
    }
}

extension TemplateValue {
    /// The form swift-mustache reads: strings, booleans, arrays and objects.
    package var mustacheValue: Any {
        switch self {
        case .text(let text), .html(let text): text
        case .htmlBytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .flag(let flag): flag
        case .list(let items): items.map(\.mustacheValue)
        case .object(let fields): MustacheObject(fields: fields.map { ($0.key, $0.value.mustacheValue) })
        }
    }
}

/// A template object as swift-mustache reads it: what a `[String: Any]` offers (its fields by
/// name, the transforms `count`, `empty`, `enumerated` and `sorted`), printed as a Dictionary
/// prints but in the fields' own order. A Dictionary's order changes from run to run (Swift
/// seeds its hashing per process), so a template that printed an object, `{{nav}}`, did not
/// give the same page twice.
struct MustacheObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
    let fields: [(key: String, value: Any)]

    func child(named name: String) -> Any? {
        fields.first { $0.key == name }?.value
    }

    func transform(_ name: String) -> Any? {
        switch name {
        case "count": fields.count
        case "empty": fields.isEmpty
        case "enumerated": fields.map { (key: $0.key, value: $0.value) }
        case "sorted": fields.map { (key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
        default: nil
        }
    }

    var description: String {
        guard !fields.isEmpty else { return "[:]" }
        var text = "["
        for (index, field) in fields.enumerated() {
            if index > 0 { text += ", " }
            debugPrint(field.key, terminator: "", to: &text)
            text += ": "
            debugPrint(field.value, terminator: "", to: &text)
        }
        return text + "]"
    }
}
