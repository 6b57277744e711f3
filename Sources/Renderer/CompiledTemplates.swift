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

    /// Every template as one flat program (`Program`): the node trees above are only the
    /// step between swift-mustache's tokens and it.
    private let program: Program

    /// Compiles every template; nil when any uses something this renderer does not do.
    package static func compile(
        _ templates: [String: MustacheTemplate], ownContentType: any MustacheContentType.Type
    ) -> CompiledTemplates? {
        guard let html = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}"),
              case .escaping(.contentType(let htmlContentType))? = try? nodes(of: html, ownContentType: ownContentType).first
        else { return nil }
        var compiled: [String: [Node]] = [:]
        for (name, template) in templates {
            guard let nodes = try? nodes(of: template, ownContentType: ownContentType) else { return nil }
            compiled[name] = nodes
        }
        return CompiledTemplates(program: Program(compiled, html: htmlContentType))
    }

    /// Renders the template `name` with `value` as the context into `output`; false when there
    /// is no such template (where `MustacheLibrary.render` returns nil).
    package func render(_ value: TemplateValue, withTemplate name: String, into output: inout [UInt8]) -> Bool {
        program.render(value, withTemplate: name, into: &output)
    }
}

// MARK: Rendering

extension CompiledTemplates {
    /// The templates as one array of plain instructions over one buffer of text. Walking a
    /// tree of enum values retained every node's payload, from both cores at once (the nodes
    /// are shared): that was most of the renderer's cost. Instructions and text are read
    /// through pointers, so rendering counts references only of the values it prints.
    struct Program: Sendable {
        enum Op: UInt8, Sendable {
            /// `a`: offset in `text`, `b`: length.
            case text
            /// `a`: index in `names`.
            case escapedVariable, rawVariable
            /// `a`: index in `names`, `b`: where to go on after the body (which ends with `end`).
            case section, invertedSection
            /// `a`: where the partial's template starts, or -1 for none; `b`: index in
            /// `indentations`, or -1 for a partial that is not indented.
            case partial
            /// `a`: index in `contentTypes`, or -1 for `HTMLEscaping` on bytes.
            case escaping
            case end
        }

        struct Instruction: Sendable {
            var op: Op
            var a: Int32
            var b: Int32
        }

        /// A name's kind and its parts: `keys[parts[start..<start + count]]`.
        struct FlatName: Sendable {
            enum Kind: UInt8, Sendable { case current, fromTop, search }
            var kind: Kind
            var start: Int32
            var count: Int32
        }

        private(set) var instructions: [Instruction] = []
        private(set) var text: [UInt8] = []
        private(set) var names: [FlatName] = []
        private(set) var keys: [String] = []
        /// Each key's `TemplateFields.hash`, made once here rather than at every lookup.
        private(set) var keyHashes: [UInt32] = []
        private(set) var parts: [Int32] = []
        private(set) var indentations: [[UInt8]] = []
        /// Index 0 is swift-mustache's HTML content type, where every template and partial
        /// starts.
        private(set) var contentTypes: [any MustacheContentType] = []
        private(set) var starts: [String: Int] = [:]

        init(_ templates: [String: [Node]], html: any MustacheContentType) {
            contentTypes = [html]
            var partialFixups: [(instruction: Int, template: String)] = []
            for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
                starts[name] = instructions.count
                emit(nodes, partialFixups: &partialFixups)
            }
            for fixup in partialFixups {
                instructions[fixup.instruction].a = starts[fixup.template].map(Int32.init) ?? -1
            }
        }

        private mutating func emit(_ nodes: [Node], partialFixups: inout [(instruction: Int, template: String)]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    instructions.append(Instruction(op: .text, a: Int32(text.count), b: Int32(bytes.count)))
                    text += bytes
                case .variable(let name, let escaped):
                    instructions.append(Instruction(op: escaped ? .escapedVariable : .rawVariable, a: add(name), b: 0))
                case .section(let name, let body), .invertedSection(let name, let body):
                    let isSection = if case .section = node { true } else { false }
                    let at = instructions.count
                    instructions.append(Instruction(op: isSection ? .section : .invertedSection, a: add(name), b: 0))
                    emit(body, partialFixups: &partialFixups)
                    instructions[at].b = Int32(instructions.count)
                case .partial(let template, let indentation):
                    partialFixups.append((instructions.count, template))
                    var indentationIndex: Int32 = -1
                    if let indentation {
                        indentationIndex = Int32(indentations.count)
                        indentations.append(indentation)
                    }
                    instructions.append(Instruction(op: .partial, a: -1, b: indentationIndex))
                case .escaping(.bytes):
                    instructions.append(Instruction(op: .escaping, a: -1, b: 0))
                case .escaping(.contentType(let type)):
                    instructions.append(Instruction(op: .escaping, a: Int32(contentTypes.count), b: 0))
                    contentTypes.append(type)
                }
            }
            instructions.append(Instruction(op: .end, a: 0, b: 0))
        }

        private mutating func add(_ name: Name) -> Int32 {
            func flat(_ kind: FlatName.Kind, _ names: [String]) -> FlatName {
                let start = Int32(parts.count)
                for name in names {
                    parts.append(Int32(keys.count))
                    keys.append(name)
                    keyHashes.append(TemplateFields.hash(name))
                }
                return FlatName(kind: kind, start: start, count: Int32(names.count))
            }
            switch name {
            case .current: names.append(flat(.current, []))
            case .fromTop(let path): names.append(flat(.fromTop, path))
            case .search(let first, let rest): names.append(flat(.search, [first] + rest))
            }
            return Int32(names.count - 1)
        }

        func render(_ value: TemplateValue, withTemplate name: String, into output: inout [UInt8]) -> Bool {
            guard let start = starts[name] else { return false }
            var stack: [TemplateValue] = [value]
            instructions.withUnsafeBufferPointer { instructions in
                text.withUnsafeBufferPointer { text in
                    let context = Context(program: self, instructions: instructions, text: text)
                    context.run(from: start, stack: &stack, escaping: 0, indentation: nil, into: &output)
                }
            }
            return true
        }
    }

    /// One rendering's view of the program.
    private struct Context {
        let program: Program
        let instructions: UnsafeBufferPointer<Program.Instruction>
        let text: UnsafeBufferPointer<UInt8>

        /// Runs instructions from `start` up to the `end` of that body or template.
        func run(
            from start: Int, stack: inout [TemplateValue], escaping: Int32, indentation: [UInt8]?,
            into output: inout [UInt8]
        ) {
            var escaping = escaping
            let outputStart = output.count
            var pc = start
            while true {
                let instruction = instructions[pc]
                if instruction.op == .end { return }
                // swift-mustache indents a partial by putting the indentation before any
                // token's output that starts where this template's own output so far ends a
                // line.
                let indent = indentation.flatMap {
                    !$0.isEmpty && CompiledTemplates.endsWithNewline(output, from: outputStart) ? $0 : nil
                }
                let before = output.count
                pc = step(instruction, at: pc, stack: &stack, escaping: &escaping, indentation: indentation, into: &output)
                if let indent, output.count > before { output.insert(contentsOf: indent, at: before) }
            }
        }

        /// Carries out one instruction; returns where to go on.
        private func step(
            _ instruction: Program.Instruction, at pc: Int, stack: inout [TemplateValue], escaping: inout Int32,
            indentation: [UInt8]?, into output: inout [UInt8]
        ) -> Int {
            let a = Int(instruction.a)
            let b = Int(instruction.b)
            switch instruction.op {
            case .end:
                return pc
            case .text:
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[a..<(a + b)]))
            case .escapedVariable, .rawVariable:
                let raw = instruction.op == .rawVariable
                withLookup(a, in: stack) { value in
                    if raw, case .htmlBytes(let bytes) = value {
                        output.append(contentsOf: bytes)
                        return
                    }
                    // Text is printed from the value where it is: a String returned for it was
                    // a copy, retained and released for every variable of every page, on
                    // values (titles, paths) that both cores' pages share.
                    switch value {
                    case .text(let text), .html(let text):
                        print(text, raw: raw, escaping: escaping, into: &output)
                    default:
                        print(CompiledTemplates.text(of: value), raw: raw, escaping: escaping, into: &output)
                    }
                }
            case .section:
                switch lookup(a, in: stack) {
                case nil, .flag(false)?:
                    break
                case .flag(true)?:
                    run(from: pc + 1, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        run(from: pc + 1, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    run(from: pc + 1, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                    stack.removeLast()
                }
                return b
            case .invertedSection:
                switch lookup(a, in: stack) {
                case nil, .flag(false)?:
                    run(from: pc + 1, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                case .list(let items)? where items.isEmpty:
                    // swift-mustache pushes the empty list; `{{.}}` inside prints it.
                    stack.append(.list(items))
                    run(from: pc + 1, stack: &stack, escaping: escaping, indentation: indentation, into: &output)
                    stack.removeLast()
                default:
                    break
                }
                return b
            case .partial:
                guard a >= 0 else { break }
                let combined: [UInt8]? = b < 0 ? indentation : (indentation ?? []) + program.indentations[b]
                run(from: a, stack: &stack, escaping: 0, indentation: combined, into: &output)
            case .escaping:
                escaping = instruction.a
            }
            return pc + 1
        }

        /// Appends a variable's text: as it is, escaped for HTML, or by the template's own
        /// content type.
        private func print(_ text: String, raw: Bool, escaping: Int32, into output: inout [UInt8]) {
            if raw {
                output.append(contentsOf: text.utf8)
            } else if escaping < 0 {
                HTMLEscaping.append(escaping: text, to: &output)
            } else {
                output.append(contentsOf: program.contentTypes[Int(escaping)].escapeText(text).utf8)
            }
        }

        /// Calls `body` with the value a name finds, read where it is (a variable only prints
        /// it: a value returned was retained and released with its contents, half of
        /// rendering); `body` is not called when the name finds nothing.
        private func withLookup(_ index: Int, in stack: [TemplateValue], _ body: (TemplateValue) -> Void) {
            let name = program.names[index]
            let start = Int(name.start)
            let end = start + Int(name.count)
            switch name.kind {
            case .current:
                if let top = stack.last { body(top) }
            case .fromTop:
                if let top = stack.last, let value = child(start..<end, of: top) { body(value) }
            case .search:
                let key = Int(program.parts[start])
                let hash = program.keyHashes[key]
                var level = stack.count
                while level > 0 {
                    level -= 1
                    guard case .object(let fields) = stack[level] else { continue }
                    // The nearest object with the first name decides, whatever is inside it.
                    let found = fields.withValue(forKey: program.keys[key], hash: hash) { value in
                        if start + 1 == end {
                            body(value)
                        } else if let inner = child((start + 1)..<end, of: value) {
                            body(inner)
                        }
                    }
                    if found { return }
                }
            }
        }

        /// The value a name finds, for sections (which keep it on the stack).
        private func lookup(_ index: Int, in stack: [TemplateValue]) -> TemplateValue? {
            var found: TemplateValue?
            withLookup(index, in: stack) { found = $0 }
            return found
        }

        /// Only objects have named children (swift-mustache's Mirror finds none in strings,
        /// booleans or arrays).
        private func child(_ partRange: Range<Int>, of value: TemplateValue) -> TemplateValue? {
            var value = value
            for part in partRange {
                let key = Int(program.parts[part])
                guard case .object(let fields) = value,
                      let next = fields.value(forKey: program.keys[key], hash: program.keyHashes[key])
                else { return nil }
                value = next
            }
            return value
        }
    }
}

extension CompiledTemplates {

    /// The text swift-mustache prints for a value: `String(describing:)` of its Swift form.
    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text), .html(let text): text
        case .htmlBytes(let bytes): String(decoding: bytes, as: UTF8.self)
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

    /// swift-mustache's own HTML and TEXT content types (its types are internal: they are read
    /// from templates that name them, rather than matched by their type names).
    private static let standardContentTypes: [ObjectIdentifier] = ["HTML", "TEXT"].compactMap { name in
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: \(name)}}"),
              let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value
                as? [Any],
              let token = tokens.first,
              let payload = Mirror(reflecting: token).children.first?.value as? any MustacheContentType
        else { return nil }
        return ObjectIdentifier(Swift.type(of: payload))
    }

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
        // Text (about half the tokens) and content types are their payload: no fields to read
        // (a Mirror of a String is made through its `customMirror`).
        switch kind {
        case "text":
            guard let text = payload as? String else { throw Unsupported() }
            return .text(Array(text.utf8))
        case "contentType":
            guard let type = payload as? any MustacheContentType else { throw Unsupported() }
            if ObjectIdentifier(Swift.type(of: type)) == ObjectIdentifier(ownContentType) { return .escaping(.bytes) }
            guard standardContentTypes.contains(ObjectIdentifier(Swift.type(of: type))) else { throw Unsupported() }
            return .escaping(.contentType(type))
        default:
            break
        }
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
