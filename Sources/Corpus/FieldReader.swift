import Foundation
import Diagnostics

/// Reads typed fields out of a YAML mapping, reporting each problem at its position.
/// Unknown keys are warnings (they are usually typos), missing required keys errors.
package struct FieldReader {
    package let mapping: YAMLValue
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<String> = []

    package init(_ mapping: YAMLValue, file: String) {
        self.mapping = mapping
        self.file = file
        if mapping.entries == nil {
            diagnostics.append(.error(
                "yaml-not-mapping", "expected `key: value` lines but found \(mapping.kindDescription)",
                at: mapping.location))
        }
    }

    package func location(of key: String) -> SourceLocation {
        mapping.entries?.first { $0.key == key }?.value.location ?? mapping.location
    }

    package func has(_ key: String) -> Bool { mapping[key] != nil }

    /// A text value. Lists and mappings where text is expected are errors.
    package mutating func string(_ key: String, required: Bool = false) -> String? {
        seen.insert(key)
        guard let value = mapping[key] else {
            if required {
                diagnostics.append(.error(
                    "front-matter-missing-key", "missing required key \"\(key)\"",
                    at: mapping.location, hint: "add a line `\(key): …`"))
            }
            return nil
        }
        guard let text = value.string else {
            diagnostics.append(.error(
                "front-matter-type", "\"\(key)\" must be text, not \(value.kindDescription)",
                at: value.location))
            return nil
        }
        // Foundation's trimming bridges to NSString; most values have nothing to trim.
        let first = text.unicodeScalars.first, last = text.unicodeScalars.last
        let untrimmed = first.map { !$0.properties.isWhitespace } ?? false
            && last.map { !$0.properties.isWhitespace } ?? false
        let trimmed = untrimmed ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && trimmed.isEmpty {
            diagnostics.append(.error(
                "front-matter-missing-key", "\"\(key)\" is empty", at: value.location,
                hint: "give \"\(key)\" a value"))
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A list of text values; a single text value counts as a list of one.
    package mutating func strings(_ key: String) -> [String] {
        seen.insert(key)
        guard let value = mapping[key] else { return [] }
        if let text = value.string { return text.isEmpty ? [] : [text] }
        guard let items = value.items else {
            diagnostics.append(.error(
                "front-matter-type", "\"\(key)\" must be a list, not \(value.kindDescription)",
                at: value.location))
            return []
        }
        return items.compactMap { item in
            guard let text = item.string else {
                diagnostics.append(.error(
                    "front-matter-type", "items of \"\(key)\" must be text", at: item.location))
                return nil
            }
            return text
        }
    }

    /// Located text values of a list, for checks that report per item.
    package mutating func locatedStrings(_ key: String) -> [Located<String>] {
        let texts = strings(key)
        let locations = mapping[key]?.items?.map(\.location)
            ?? Array(repeating: location(of: key), count: texts.count)
        return zip(texts, locations).map { Located($0, at: $1) }
    }

    /// `true`/`false` (also yes/no, on/off) read deliberately, since YAML is read as text.
    package mutating func flag(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.append(.error(
                "front-matter-type", "\"\(key)\" must be true or false, not \"\(text)\"",
                at: location(of: key)))
            return nil
        }
    }

    /// A raw sub-value, marked as known.
    package mutating func value(_ key: String) -> YAMLValue? {
        seen.insert(key)
        return mapping[key]
    }

    /// Warns about keys nobody asked for.
    package mutating func finish(kind: String) -> [Diagnostic] {
        for entry in mapping.entries ?? [] where !seen.contains(entry.key) {
            diagnostics.append(.warning(
                "front-matter-unknown-key", "unknown key \"\(entry.key)\" in \(kind)",
                at: entry.keyLocation,
                hint: "known keys: \(seen.sorted().joined(separator: ", "))"))
        }
        return diagnostics
    }
}

/// A value with the place it was written.
package struct Located<Value: Sendable>: Sendable {
    package var value: Value
    package var location: SourceLocation

    package init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
