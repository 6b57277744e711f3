import Diagnostics
import Foundation
import Mustache
import Planner
import Testing
@testable import Renderer

@Suite struct TemplateTests {
    let schema = TemplateSchema.object([
        "title": .text, "body_html": .html,
        "items": .list(.object(["name": .text])), "tags": .list(.text),
    ])

    func check(_ text: String) -> [Diagnostic] {
        TemplateChecker(file: "page.md", partials: [:]).check(text, schema: schema)
    }

    @Test func knownVariablesPass() {
        #expect(check("# {{title}}\n{{{body_html}}}\n{{#items}}- {{name}} of {{title}}\n{{/items}}"
            + "{{#tags}}{{.}}{{/tags}}\n").isEmpty)
    }

    @Test func unknownVariableIsReportedAtItsLine() {
        let diagnostics = check("# {{title}}\n\nBy {{autor}}\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.rule == "template-variable-unknown")
        #expect(diagnostics.first?.location == SourceLocation(file: "page.md", line: 3, column: 4))
        #expect(diagnostics.first?.hint?.contains("title") == true)
    }

    @Test func escapingMustMatchTheKindOfValue() {
        #expect(check("{{{title}}}").first?.rule == "template-text-unescaped")
        #expect(check("{{body_html}}").first?.rule == "template-html-escaped")
    }

    @Test func sectionScopesAreRespected() {
        #expect(check("{{name}}").first?.rule == "template-variable-unknown")
        #expect(check("{{#items}}{{nope}}{{/items}}").first?.rule == "template-variable-unknown")
    }

    @Test func markdownTemplatesCompileToHTMLWithTagsIntact() {
        let html = MarkdownTemplateCompiler.compile(
            "# {{title}}\n\n{{#items}}\n- [{{name}}]({{href}})\n{{/items}}\n\n{{{body_html}}}\n")
        #expect(html.contains("<h1>{{title}}</h1>"))
        #expect(html.contains("<a href=\"{{href}}\">{{name}}</a>"))
        #expect(html.contains("\n{{{body_html}}}"))
        #expect(!html.contains("<p>{{#items}}"))
    }

    @Test func corpusValuesAreEscapedAndNeverReadAsMarkdown() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tmpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<main>{{{content}}}</main>".write(
            to: folder.appendingPathComponent("layout.html"), atomically: true, encoding: .utf8)
        try "# {{title}}\n".write(
            to: folder.appendingPathComponent("pages/article.md"), atomically: true, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let templates = try #require(TemplateSet.load(
            from: folder.path, schemas: ["article": .object(["title": .text])], diagnostics: &diagnostics))
        let page = PlannedPage(
            path: "a.html", template: "article", title: "t",
            model: .object(["title": .text("<script>x</script> [a](javascript:b)")]), source: nil)
        let bytes = try PageRenderer(templates: templates).renderPage(page).get()
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("href"))
    }

    @Test func templateSyntaxErrorsAreDiagnostics() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tmpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{{content}}}".write(to: folder.appendingPathComponent("layout.html"), atomically: true, encoding: .utf8)
        try "line\n{{#title}}\nno close\n".write(
            to: folder.appendingPathComponent("pages/article.md"), atomically: true, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let templates = TemplateSet.load(
            from: folder.path, schemas: ["article": .object(["title": .text])], diagnostics: &diagnostics)
        #expect(templates == nil)
        #expect(diagnostics.contains { $0.rule == "template-syntax" })
        // Where the error is, as in the file the author wrote (the text parsed is compiled
        // from it, behind a pragma's line).
        var expected: (line: Int, column: Int)?
        do { _ = try MustacheTemplate(string: "line\n{{#title}}\nno close\n") } catch let error as MustacheTemplate.ParserError {
            expected = (error.context.lineNumber, error.context.columnNumber)
        }
        let location = try #require(diagnostics.first { $0.rule == "template-syntax" }?.location)
        #expect(location.file.hasSuffix("pages/article.md"))
        #expect(location.line == expected?.line && location.column == expected?.column)
    }
}
