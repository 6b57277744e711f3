import CommonMark
import Diagnostics
import Foundation
import Mustache
import Planner

/// The site's templates, loaded and checked: `layout.html`, `pages/*.md` (Markdown with
/// Mustache tags), `partials/*.html`, and `assets/*` copied to the output as they are.
package struct TemplateSet: Sendable {
    package var library: MustacheLibrary
    /// The same templates for the fast renderer; nil when a template needs swift-mustache.
    package var compiled: CompiledTemplates?
    package var pageNames: Set<String>
    /// Page kinds with a layout of their own in `layouts/<kind>.html`.
    package var layouts: Set<String> = []
    /// Changes whenever any template, partial or asset changes (render caches key on it).
    package var fingerprint: Int = 0
    package var assets: [(path: String, contents: [UInt8])]

    /// Loads and checks every template; nil when any has an error (all are reported).
    package static func load(
        from folder: String, schemas: [String: TemplateSchema], diagnostics: inout [Diagnostic]
    ) -> TemplateSet? {
        let root = URL(fileURLWithPath: folder)
        let display = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let fileManager = FileManager.default
        func read(_ relative: String) -> String? {
            guard let data = fileManager.contents(atPath: root.appendingPathComponent(relative).path)
            else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        func list(_ relative: String) -> [String] {
            ((try? fileManager.contentsOfDirectory(
                atPath: root.appendingPathComponent(relative).path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
        }
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        guard let layout = read("layout.html") else {
            diagnostics.append(.error(
                "template-missing", "no layout at \(display)/layout.html",
                at: SourceLocation(file: "\(display)/layout.html"),
                hint: "pass --templates PATH, or restore the default Templates/ folder"))
            return nil
        }
        var partials: [String: String] = [:]
        for name in list("partials") where name.hasSuffix(".html") {
            partials[String(name.dropLast(5))] = read("partials/\(name)") ?? ""
        }
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        func register(_ text: String, original: String, name: String, file: String) {
            do {
                let template: MustacheTemplate
                do {
                    template = try MustacheTemplate(string: Self.escapingPragma + text)
                } catch {
                    // The error as the author wrote it, where the original has one (the
                    // text parsed is compiled from it and starts with the pragma's line).
                    _ = try MustacheTemplate(string: original)
                    throw error
                }
                library.register(template, named: name)
                parsed[name] = template
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template-syntax", "template syntax error: \(error.error)",
                    at: SourceLocation(
                        file: file, line: error.context.lineNumber, column: error.context.columnNumber),
                    hint: "check that every {{#section}} has a matching {{/section}}"))
            } catch {
                diagnostics.append(.error(
                    "template-syntax", "template syntax error: \(error)", at: SourceLocation(file: file)))
            }
        }
        for (name, text) in partials.sorted(by: { $0.key < $1.key }) {
            register(text, original: text, name: name, file: "\(display)/partials/\(name).html")
        }
        register(layout, original: layout, name: "layout", file: "\(display)/layout.html")
        var pageNames: Set<String> = []
        let layoutSchema = schemas.values.reduce(TemplateSchema.object([:])) { $0.merging($1) }
            .merging(.object(["content": .html]))
        diagnostics += TemplateChecker(file: "\(display)/layout.html", partials: partials)
            .check(layout, schema: layoutSchema)
        for (name, schema) in schemas.sorted(by: { $0.key < $1.key }) {
            let file = "\(display)/pages/\(name).md"
            guard let markdown = read("pages/\(name).md") else {
                diagnostics.append(.error(
                    "template-missing", "no page template \(file)", at: SourceLocation(file: file),
                    hint: "every page kind needs its template in \(display)/pages/"))
                continue
            }
            diagnostics += TemplateChecker(file: file, partials: partials).check(markdown, schema: schema)
            register(MarkdownTemplateCompiler.compile(markdown), original: markdown, name: "page-\(name)", file: file)
            pageNames.insert(name)
        }
        var layouts: Set<String> = []
        for name in list("layouts") where name.hasSuffix(".html") {
            let kind = String(name.dropLast(5))
            let file = "\(display)/layouts/\(name)"
            guard let text = read("layouts/\(name)"), let schema = schemas[kind] else {
                diagnostics.append(.warning(
                    "template-layout-unused", "no page kind \"\(kind)\" uses \(file)", at: SourceLocation(file: file),
                    hint: "page kinds: \(schemas.keys.sorted().joined(separator: ", "))"))
                continue
            }
            diagnostics += TemplateChecker(file: file, partials: partials)
                .check(text, schema: schema.merging(.object(["content": .html])))
            register(text, original: text, name: "layout-\(kind)", file: file)
            layouts.insert(kind)
        }
        var assets: [(String, [UInt8])] = []
        for name in list("assets") {
            if let data = fileManager.contents(atPath: root.appendingPathComponent("assets/\(name)").path) {
                assets.append(("assets/\(name)", [UInt8](data)))
            }
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore else { return nil }
        var set = TemplateSet(library: library, pageNames: pageNames, assets: assets)
        set.layouts = layouts
        set.compiled = CompiledTemplates.compile(parsed, ownContentType: ByteHTMLEscaping.self)
        var hasher = Hasher()
        var names = ["layout.html"]
        for folder in ["pages", "partials", "layouts"] {
            names += list(folder).map { "\(folder)/\($0)" }
        }
        for name in names {
            hasher.combine(name)
            hasher.combine(read(name))
        }
        for asset in assets {
            hasher.combine(asset.0)
            hasher.combine(asset.1)
        }
        set.fingerprint = hasher.finalize()
        return set
    }
}

extension TemplateSet {
    /// Put before every template so `{{value}}` is escaped by `HTMLEscaping.escape`, which
    /// works on bytes; swift-mustache's own HTML escaping looks up each Character in a
    /// dictionary, which was 5% of a large build. A standalone tag on its own line, so the
    /// line leaves no trace in the output.
    static let escapingPragma: String = {
        MustacheContentTypes.register(ByteHTMLEscaping(), named: "STUDYSITE_HTML")
        return "{{% CONTENT_TYPE: STUDYSITE_HTML}}\n"
    }()

    struct ByteHTMLEscaping: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }
}
