import Diagnostics
import Planner

/// Checks that every variable a template uses exists in its view model's schema, resolving
/// names through the section scopes the way Mustache does, and that ready HTML is only put
/// in with `{{{…}}}` and text only with `{{…}}`.
struct TemplateChecker {
    let file: String
    let partials: [String: String]

    func check(_ text: String, schema: TemplateSchema, depth: Int = 0) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var scopes: [TemplateSchema] = [schema]
        var open: [(name: String, line: Int)] = []
        for tag in MustacheTagScanner.scan(text) {
            let here = SourceLocation(file: file, line: tag.line, column: tag.column)
            switch tag.kind {
            case .variable, .unescaped:
                guard let found = lookup(tag.name, in: scopes) else {
                    diagnostics.append(unknown(tag.name, at: here, scopes: scopes))
                    continue
                }
                if tag.kind == .variable, found == .html {
                    diagnostics.append(.error(
                        "template-html-escaped", "\"\(tag.name)\" is HTML; {{…}} would escape it",
                        at: here, hint: "write {{{\(tag.name)}}}"))
                } else if tag.kind == .unescaped, found != .html {
                    diagnostics.append(.error(
                        "template-text-unescaped",
                        "\"\(tag.name)\" is text from the corpus; {{{…}}} would not escape it",
                        at: here, hint: "write {{\(tag.name)}}"))
                }
            case .section, .inverted:
                guard let found = lookup(tag.name, in: scopes) else {
                    diagnostics.append(unknown(tag.name, at: here, scopes: scopes))
                    scopes.append(.object([:]))
                    open.append((tag.name, tag.line))
                    continue
                }
                open.append((tag.name, tag.line))
                if tag.kind == .section, case .list(let element) = found {
                    scopes.append(element)
                } else {
                    scopes.append(found == .text ? .object(["": .text]) : .object([:]))
                }
            case .close:
                if open.last?.name == tag.name {
                    open.removeLast()
                    scopes.removeLast()
                }
            case .partial:
                guard let partial = partials[tag.name] else {
                    diagnostics.append(.error(
                        "template-partial-unknown", "no partial \"\(tag.name)\"", at: here,
                        hint: "add Templates/partials/\(tag.name).html"))
                    continue
                }
                // Partials see the scope they are included in; check them there.
                if depth < 8, let scope = scopes.last {
                    let merged = scopes.dropLast().reduce(scope) { $0.merging($1) }
                    diagnostics += TemplateChecker(file: "Templates/partials/\(tag.name).html",
                                                   partials: partials)
                        .check(partial, schema: merged, depth: depth + 1)
                }
            case .comment, .other:
                break
            }
        }
        return diagnostics
    }

    private func lookup(_ name: String, in scopes: [TemplateSchema]) -> TemplateSchema? {
        if name == "." { return scopes.last?[""] ?? .text }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for scope in scopes.reversed() {
            guard var found = scope[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = found[part] else { return nil }
                found = next
            }
            return found
        }
        return nil
    }

    private func unknown(_ name: String, at location: SourceLocation, scopes: [TemplateSchema]) -> Diagnostic {
        var names: Set<String> = []
        for scope in scopes {
            if case .object(let fields) = scope { names.formUnion(fields.keys.filter { !$0.isEmpty }) }
        }
        return .error(
            "template-variable-unknown", "unknown variable \"\(name)\"", at: location,
            hint: "available here: \(names.sorted().joined(separator: ", "))")
    }
}
