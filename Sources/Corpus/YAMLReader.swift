import Diagnostics
import Yams

/// Reads YAML safely for an untrusted corpus: scalars stay text, and anchors, aliases and
/// explicit tags are refused (an alias "billion laughs" file of 540 bytes otherwise expands
/// to gigabytes when walked).
package enum YAMLReader {
    /// libyaml counts U+0085, U+2028 and U+2029 as line breaks (YAML 1.1); files, editors and
    /// every other stage count only "\n". This maps libyaml's line numbers back.
    struct LineMap {
        /// realLines[n] is the file line of libyaml's line n + 1.
        private var realLines: [Int] = [1]

        init(_ text: String) {
            guard text.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" })
            else { return }
            var line = 1
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\n":
                    line += 1
                    realLines.append(line)
                case "\u{85}", "\u{2028}", "\u{2029}":
                    realLines.append(line)
                default:
                    break
                }
            }
        }

        func line(_ yamlLine: Int) -> Int {
            realLines.count > 1 && realLines.indices.contains(yamlLine - 1) ? realLines[yamlLine - 1] : yamlLine
        }
    }

    /// Parses `text`; `origin` is where its first line sits in the file (front matter starts on
    /// line 2 of a Markdown file). Returns nil with diagnostics when it cannot be read.
    package static func read(
        _ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]
    ) -> YAMLValue? {
        if let simple = SimpleYAML.read(text, file: file, firstLine: firstLine) { return simple }
        return readWithYams(text, file: file, firstLine: firstLine, diagnostics: &diagnostics)
    }

    /// `read` without the fast path for simple front matter (`SimpleYAML`): what that path
    /// is tested against.
    package static func readWithYams(
        _ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]
    ) -> YAMLValue? {
        let parser: Parser
        let root: Node?
        do {
            // The encoding is given: Yams' default reads the process environment every time.
            parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, file: file, firstLine: firstLine, lines: LineMap(text)))
            return nil
        } catch {
            diagnostics.append(.error(
                "yaml-syntax", "cannot read YAML: \(error)",
                at: SourceLocation(file: file, line: firstLine)))
            return nil
        }
        guard let root else {
            return .mapping([], SourceLocation(file: file, line: firstLine))
        }
        // Anchors are weak references owned by the parser: keep it alive while walking.
        return withExtendedLifetime(parser) {
            var walker = Walker(file: file, firstLine: firstLine, lines: LineMap(text))
            let value = walker.convert(root)
            diagnostics.append(contentsOf: walker.diagnostics)
            return walker.refused ? nil : value
        }
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int, lines: LineMap) -> Diagnostic {
        var line = firstLine
        var column = 1
        var message = "\(error)"
        var rule = "yaml-syntax"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            line = firstLine + lines.line(mark.line) - 1
            column = mark.column
            message = problem
        case .composer(_, let problem, let mark, _):
            line = firstLine + lines.line(mark.line) - 1
            column = mark.column
            message = problem
        case .duplicatedKeysInMapping(let duplicates, let context):
            line = firstLine + lines.line(context.mark.line) - 1
            column = context.mark.column
            message = "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))"
            rule = "yaml-duplicate-key"
        default:
            break
        }
        return .error(
            rule, message, at: SourceLocation(file: file, line: line, column: column),
            hint: rule == "yaml-duplicate-key"
                ? "each key may appear once in a mapping; remove or rename one"
                : "check indentation, quotes and the `key: value` form on this line")
    }

    private struct Walker {
        let file: String
        let firstLine: Int
        let lines: LineMap
        var diagnostics: [Diagnostic] = []
        var refused = false

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(
                file: file, line: firstLine + lines.line(mark?.line ?? 1) - 1, column: mark?.column ?? 1)
        }

        mutating func convert(_ node: Node) -> YAMLValue {
            let here = location(node.mark)
            if node.anchor != nil {
                // Every alias points at an anchored node, so stopping here keeps the walk
                // linear in the size of the text.
                refused = true
                diagnostics.append(.error(
                    "yaml-alias", "YAML anchors and aliases (&name, *name) are not allowed",
                    at: here, hint: "write the value out in full where it is needed"))
                return .scalar("", here)
            }
            let allowed: Set<String> = [Tag.Name.str.rawValue, Tag.Name.seq.rawValue,
                                        Tag.Name.map.rawValue, "!", ""]
            if !allowed.contains(node.tag.rawValue) {
                refused = true
                diagnostics.append(.error(
                    "yaml-tag", "YAML tag \"\(node.tag.rawValue)\" is not allowed",
                    at: here, hint: "remove the `!` tag; values are read as text"))
                return .scalar("", here)
            }
            switch node {
            case .scalar(let scalar):
                return .scalar(scalar.string, here)
            case .sequence(let sequence):
                return .sequence(sequence.map { convert($0) }, here)
            case .mapping(let mapping):
                var entries: [YAMLEntry] = []
                for (key, value) in mapping {
                    let keyValue = convert(key)
                    guard let keyText = keyValue.string else {
                        refused = true
                        diagnostics.append(.error(
                            "yaml-complex-key", "a mapping key must be plain text",
                            at: location(key.mark)))
                        continue
                    }
                    entries.append(YAMLEntry(
                        key: keyText, keyLocation: location(key.mark), value: convert(value)))
                }
                return .mapping(entries, here)
            case .alias:
                refused = true
                diagnostics.append(.error(
                    "yaml-alias", "YAML aliases (*name) are not allowed", at: here,
                    hint: "write the value out in full where it is needed"))
                return .scalar("", here)
            }
        }
    }
}
