import Diagnostics
import Foundation
import Mustache
import Planner
import TestSupport
import Testing
@testable import Renderer

/// The fast renderer must print exactly what swift-mustache prints for the same templates
/// and values; swift-mustache is the reference here.
@Suite struct CompiledTemplatesTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    @Test func theDefaultTemplatesCompile() throws {
        var diagnostics: [Diagnostic] = []
        let set = try #require(TemplateSet.load(
            from: Self.templatesFolder, schemas: SitePlanner.schemas, diagnostics: &diagnostics))
        #expect(set.compiled != nil)
    }

    @Test func handWrittenCasesMatchSwiftMustache() throws {
        let value: TemplateValue = .object([
            "title": .text("Kim <Il> & \"Sung's\""), "html": .html("<b>bold</b>"),
            "bytes": .htmlBytes(Array("<em>b</em> é\u{301} & <".utf8)),
            "yes": .flag(true), "no": .flag(false), "empty": .list([]), "blank": .text(""),
            "items": .list([.object(["name": .text("a")]), .object(["name": .text("b"), "title": .text("inner")])]),
            "words": .list([.text("x"), .text("y<")]),
            "nested": .object(["deep": .object(["leaf": .text("L")])]),
        ])
        let cases = [
            "{{title}}|{{{title}}}|{{&title}}|{{html}}|{{{html}}}|{{yes}}|{{missing}}",
            "{{#items}}{{name}}:{{title}};{{/items}}",
            "{{#words}}[{{.}}]{{/words}}{{^words}}none{{/words}}",
            "{{#empty}}x{{/empty}}{{^empty}}empty{{.}}{{/empty}}",
            "{{#blank}}<{{.}}>{{/blank}}{{^blank}}no{{/blank}}",
            "{{#yes}}Y{{title}}{{/yes}}{{#no}}N{{/no}}{{^no}}notN{{/no}}{{^yes}}notY{{/yes}}",
            "{{nested.deep.leaf}}|{{#nested}}{{deep.leaf}}{{.deep.leaf}}{{title}}{{.title}}{{/nested}}",
            "{{#nested.deep}}{{leaf}}{{/nested.deep}}{{nested.missing.leaf}}",
            "a\n  {{#items}}\n  - {{name}}\n  {{/items}}\nb\n",
            "line\n  {{> part}}\nend\n  {{> part}}",
            "{{! comment }}\n{{! standalone }}\n{{title}}\r\n  {{#yes}}\r\n in\r\n  {{/yes}}\r\n",
            "{{% CONTENT_TYPE: TEXT}}{{title}}\n{{> part}}",
            "{{% CONTENT_TYPE: STUDYSITE_HTML}}{{title}}{{> part}}",
            "{{words}}|{{empty}}",
            "{{{bytes}}}|{{bytes}}|{{&bytes}}|{{#bytes}}[{{.}}]{{/bytes}}{{^bytes}}no{{/bytes}}",
        ]
        let partial = "<{{title}}>\n{{#words}}\n{{.}}\n{{/words}}\n"
        for template in cases {
            try expectSameOutput(template, partials: ["part": partial], value: value)
        }
    }

    /// Random templates from the tags our templates use, with random values, seeded.
    @Test func randomTemplatesMatchSwiftMustache() throws {
        var random = SplitMix64(seed: 20_261_126)
        for round in 0..<400 {
            var generator = TemplateGenerator(random: random)
            let value = generator.value(depth: 0)
            // A partial may only include partials after it, so none recurses for ever.
            let partials = [
                "p1": generator.template(depth: 1, partials: ["p2", "missing"]),
                "p2": generator.template(depth: 2, partials: ["missing"]),
            ]
            let template = generator.template(depth: 0, partials: ["p1", "p2", "missing"])
            random = generator.random
            try expectSameOutput(template, partials: partials, value: value, round: round)
        }
    }

    private func expectSameOutput(
        _ template: String, partials: [String: String], value: TemplateValue, round: Int = 0
    ) throws {
        _ = TemplateSet.escapingPragma
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in partials.merging(["main": template], uniquingKeysWith: { first, _ in first }) {
            let mustache = try MustacheTemplate(string: text)
            library.register(mustache, named: name)
            parsed[name] = mustache
        }
        let compiled = try #require(
            CompiledTemplates.compile(parsed, ownContentType: TemplateSet.ByteHTMLEscaping.self))
        var bytes: [UInt8] = []
        #expect(compiled.render(value, withTemplate: "main", into: &bytes))
        let expected = library.render(value.mustacheValue, withTemplate: "main")
        #expect(String(decoding: bytes, as: UTF8.self) == expected,
                "round \(round): template \(template.debugDescription), partials \(partials)")
    }

    @Test func unsupportedTagsFallBackToSwiftMustache() throws {
        for text in ["{{uppercased(title)}}", "{{<p1}}{{$b}}x{{/b}}{{/p1}}", "{{>*dynamic}}"] {
            let template = try MustacheTemplate(string: text)
            #expect(CompiledTemplates.compile(
                ["main": template], ownContentType: TemplateSet.ByteHTMLEscaping.self) == nil, "\(text)")
        }
    }

    /// An object printed by a template shows its fields in their own order, the same in every
    /// run and in both renderers (a Dictionary's order changed from process to process).
    @Test func printedObjectsKeepTheirFieldOrder() throws {
        let value = TemplateValue.object(["o": .object(["b": .text("1"), "a": .flag(true), "c": .list([.text("x")])])])
        try expectSameOutput("{{o}}|{{{o}}}", partials: [:], value: value)
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{{o}}}"), named: "main")
        #expect(library.render(value.mustacheValue, withTemplate: "main") == #"["b": "1", "a": true, "c": ["x"]]"#)
        #expect(String(describing: TemplateValue.object([:]).mustacheValue) == "[:]")
    }

    @Test func anUnknownTemplateRendersNothing() throws {
        let compiled = try #require(CompiledTemplates.compile(
            [:], ownContentType: TemplateSet.ByteHTMLEscaping.self))
        var bytes: [UInt8] = []
        #expect(!compiled.render(.object([:]), withTemplate: "nope", into: &bytes))
        #expect(bytes.isEmpty)
    }
}

/// Makes Mustache templates and view values from a seeded generator, with names from a small
/// pool so lookups hit, miss and climb the context stack.
private struct TemplateGenerator {
    var random: SplitMix64
    let names = ["a", "b", "c", "list", "flag", "."]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func value(depth: Int) -> TemplateValue {
        var fields: TemplateFields = [:]
        for name in names where name != "." && chance(70) {
            fields[name] = leaf(name: name, depth: depth)
        }
        return .object(fields)
    }

    mutating func leaf(name: String, depth: Int) -> TemplateValue {
        switch name {
        case "flag": return .flag(chance(50))
        case "list" where depth < 2:
            return .list((0..<Int(random.next() % 3)).map { _ in
                chance(70) ? value(depth: depth + 1) : .text(pick(["x", "<y>", ""]))
            })
        default:
            if depth < 2, chance(25) { return value(depth: depth + 1) }
            return chance(50) ? .text(pick(["t", "a&b", "'q'", "", "\"", "é\u{301}<"])) : .html(pick(["<i>h</i>", "h"]))
        }
    }

    mutating func name() -> String {
        let first = pick(names)
        guard first != ".", chance(20) else { return first }
        return chance(50) ? "\(first).\(pick(names.dropLast()))" : ".\(first)"
    }

    mutating func template(depth: Int, partials: [String]) -> String {
        var text = ""
        for _ in 0..<Int(random.next() % 6) + 1 {
            text += pick(["", " ", "  ", "\t", "x"])
            switch random.next() % 11 {
            case 0, 1: text += "{{\(name())}}"
            case 2: text += "{{{\(name())}}}"
            case 3: text += "{{& \(name()) }}"
            case 4, 5:
                guard depth < 3 else { text += "y"; break }
                let name = name()
                let open = pick(["#", "^"])
                let newline = pick(["", "\n", "\r\n"])
                text += "{{\(open)\(name)}}\(newline)\(template(depth: depth + 1, partials: partials))\(pick(["", " "]))\(newline){{/\(name)}}"
            case 6: text += "{{> \(pick(partials))}}"
            case 7: text += "{{! note }}"
            case 8: text += pick(["{{% CONTENT_TYPE: TEXT}}", "{{% CONTENT_TYPE: HTML}}", "{{% CONTENT_TYPE: STUDYSITE_HTML}}"])
            default: text += pick(["plain", "<p>", "&amp;"])
            }
            text += pick(["", "\n", "\n", " \n", "\r\n"])
        }
        return text
    }
}
