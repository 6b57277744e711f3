import CommonMark
import Mustache
import Planner

/// The site's templates as swift-mustache parsed them, rendered straight from `TemplateValue`
/// into bytes.
///
/// Why: swift-mustache looks up every `{{name}}` in `Any` values with protocol casts and
/// Mirror, which was a quarter of a large build's CPU. Our view models are already typed, so
/// the lookup can be a dictionary read. The parse stays swift-mustache's own: its token tree
/// is read once with `Mirror`, so whitespace, standalone lines and partial indentation are
/// exactly what swift-mustache would produce, and rendering follows its rules (see
/// `MustacheTemplate.render(context:)`). A template using anything else (transforms,
/// inheritance, dynamic partials, an unknown content type) makes `compile` return nil and
/// the caller renders with swift-mustache as before. `CompiledTemplatesTests` renders
/// templates both ways and compares the bytes.
package struct CompiledTemplates: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case invertedSection(Name, [Node])
        case partial(String, indentation: [UInt8]?)
        case escaping(Escaping)
    }

    /// A tag's name as swift-mustache resolves it: `.` (or an empty name) is the top of the
    /// context stack, `.a.b` starts from the top only, and `a.b` finds `a` anywhere in the
    /// stack, nearest first, then reads `b` inside it.
    enum Name: Sendable {
        case current
        case fromTop([String])
        case search(String, rest: [String])
    }

    enum Escaping: Sendable {
        /// `HTMLEscaping` on bytes (the STUDYSITE_HTML content type).
        case bytes
        /// Any other content type swift-mustache knows (HTML, TEXT): its own escaping.
        case contentType(any MustacheContentType)
    }

    private var templates: [String: [Node]]
    /// What a partial starts with: swift-mustache resets the content type to HTML there.
    private let defaultEscaping: Escaping

    /// Compiles every template; nil when any uses something this renderer does not do.
    package static func compile(
        _ templates: [String: MustacheTemplate], ownContentType: any MustacheContentType.Type
    ) -> CompiledTemplates? {
        guard let html = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}"),
              case .escaping(let htmlEscaping)? = try? nodes(of: html, ownContentType: ownContentType).first
        else { return nil }
        var compiled: [String: [Node]] = [:]
        for (name, template) in templates {
            guard let nodes = try? nodes(of: template, ownContentType: ownContentType) else { return nil }
            compiled[name] = nodes
        }
        return CompiledTemplates(templates: compiled, defaultEscaping: htmlEscaping)
    }

    /// Renders the template `name` with `value` as the context, or nil if there is no such
    /// template (as `MustacheLibrary.render` does).
    package func render(_ value: TemplateValue, withTemplate name: String, into output: inout [UInt8]) -> Bool {
        guard let nodes = templates[name] else { return false }
        var stack: [TemplateValue] = [value]
        render(nodes, stack: &stack, escaping: defaultEscaping, indentation: nil, into: &output)
        return true
    }

    // MARK: Rendering

    private func render(
        _ nodes: [Node], stack: inout [TemplateValue], escaping: Escaping, indentation: [UInt8]?,
        into output: inout [UInt8]
    ) {
        var escaping = escaping
        let start = output.count
        for node in nodes {
            // swift-mustache indents a partial by putting the indentation before any token's
            // output that starts where this template's own output so far ends a line.
            if let indentation, !indentation.isEmpty {
                let atLineStart = Self.endsWithNewline(output, from: start)
                let before = output.count
                render(node, stack: &stack, escaping: &escaping, indentation: indentation, into: &output)
                if atLineStart, output.count > before {
                    output.insert(contentsOf: indentation, at: before)
                }
            } else {
                render(node, stack: &stack, escaping: &escaping, indentation: indentation, into: &output)
            }
        }
    }

    private func render(
        _ node: Node, stack: inout [TemplateValue], escaping: inout Escaping, indentation: [UInt8]?,
        into output: inout [UInt8]
    ) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = Self.lookup(name, in: stack) else { return }
            let text = Self.text(of: value)
            guard escaped else {
                output.append(contentsOf: text.utf8)
                return
            }
            switch escaping {
            case .bytes: HTMLEscaping.append(escaping: text, to: &output)
            case .contentType(let type): output.append(contentsOf: type.escapeText(text).utf8)
            }
        case .section(let name, let body):
            switch Self.lookup(name, in: stack) {
            case nil, .flag(false)?:
                return
            case .flag(true)?:
                render(body, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
            case .list(let items)?:
                for item in items {
                    stack.append(item)
                    render(body, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                render(body, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                stack.removeLast()
            }
        case .invertedSection(let name, let body):
            switch Self.lookup(name, in: stack) {
            case nil, .flag(false)?:
                render(body, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
            case .list(let items)? where items.isEmpty:
                // swift-mustache pushes the empty list; `{{.}}` inside prints it.
                stack.append(.list(items))
                render(body, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                stack.removeLast()
            default:
                return
            }
        case .partial(let name, let indented):
            guard let nodes = templates[name] else { return }
            let combined: [UInt8]? = indented.map { (indentation ?? []) + $0 } ?? indentation
            render(nodes, stack: &stack, escaping: defaultEscaping, indentation: combined, into: &output)
        case .escaping(let type):
            escaping = type
        }
    }

    private static func lookup(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
        switch name {
        case .current:
            return stack.last
        case .fromTop(let names):
            return stack.last.flatMap { child(names[...], of: $0) }
        case .search(let first, let rest):
            for object in stack.reversed() {
                if case .object(let fields) = object, let found = fields[first] {
                    return rest.isEmpty ? found : child(rest[...], of: found)
                }
            }
            return nil
        }
    }

    /// Only objects have named children (swift-mustache's Mirror finds none in strings,
    /// booleans or arrays).
    private static func child(_ names: ArraySlice<String>, of value: TemplateValue) -> TemplateValue? {
        var value = value
        for name in names {
            guard case .object(let fields) = value, let next = fields[name] else { return nil }
            value = next
        }
        return value
    }

    /// The text swift-mustache prints for a value: `String(describing:)` of its Swift form.
    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text), .html(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .list, .object: String(describing: value.mustacheValue)
        }
    }

    /// Whether the bytes from `start` end a line as a Swift String would see it: the last
    /// Character is "\n" (a "\r\n" pair is one Character, which is not "\n").
    private static func endsWithNewline(_ output: [UInt8], from start: Int) -> Bool {
        let count = output.count - start
        guard count > 0, output[output.count - 1] == 0x0A else { return false }
        return count == 1 || output[output.count - 2] != 0x0D
    }

    // MARK: Reading swift-mustache's token tree

    private struct Unsupported: Error {}

    private static func nodes(
        of template: MustacheTemplate, ownContentType: any MustacheContentType.Type
    ) throws -> [Node] {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value
                as? [Any]
        else { throw Unsupported() }
        return try tokens.map { try node(of: $0, ownContentType: ownContentType) }
    }

    private static func node(of token: Any, ownContentType: any MustacheContentType.Type) throws -> Node {
        guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label, $0.value) })
        else { throw Unsupported() }
        let fields = Mirror(reflecting: payload).children.map { (label: $0.label, value: $0.value) }
        func field(_ label: String) -> Any? { fields.first { $0.label == label }?.value }
        func plainName() throws -> Name {
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String],
                  transforms.isEmpty
            else { throw Unsupported() }
            return Self.name(name)
        }
        func body() throws -> [Node] {
            guard let template = field("template") as? MustacheTemplate else { throw Unsupported() }
            return try nodes(of: template, ownContentType: ownContentType)
        }
        switch kind {
        case "text":
            guard let text = payload as? String else { throw Unsupported() }
            return .text(Array(text.utf8))
        case "variable":
            return .variable(try plainName(), escaped: true)
        case "unescapedVariable":
            return .variable(try plainName(), escaped: false)
        case "section":
            return .section(try plainName(), try body())
        case "invertedSection":
            return .invertedSection(try plainName(), try body())
        case "partial":
            // (String, indentation: String?, inherits: [String: MustacheTemplate]?); a partial
            // with inherited blocks is not supported.
            guard fields.count == 3, let name = fields[0].value as? String,
                  case .some(let indentation) = unwrapped(field("indentation")),
                  case .some(.none) = unwrapped(field("inherits"))
            else { throw Unsupported() }
            switch indentation {
            case nil: return .partial(name, indentation: nil)
            case let text as String: return .partial(name, indentation: Array(text.utf8))
            default: throw Unsupported()
            }
        case "contentType":
            guard let type = payload as? any MustacheContentType else { throw Unsupported() }
            if ObjectIdentifier(Swift.type(of: type)) == ObjectIdentifier(ownContentType) { return .escaping(.bytes) }
            let name = String(reflecting: Swift.type(of: type))
            guard name == "Mustache.HTMLContentType" || name == "Mustache.TextContentType" else {
                throw Unsupported()
            }
            return .escaping(.contentType(type))
        default:
            throw Unsupported()
        }
    }

    /// An Optional held in an `Any`: `.some(nil)` for none, `.some(value)` for some, nil when
    /// `value` is not an Optional at all.
    private static func unwrapped(_ value: Any?) -> Any?? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return nil }
        return .some(mirror.children.first?.value)
    }

    private static func name(_ name: String) -> Name {
        if name == "." { return .current }
        let parts = name.split(separator: ".").map(String.init)
        if name.first == "." { return .fromTop(parts) }
        guard let first = parts.first else { return .current }
        return .search(first, rest: Array(parts.dropFirst()))
    }
}
