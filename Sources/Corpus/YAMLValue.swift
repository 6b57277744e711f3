import Diagnostics

/// A YAML node read as text: no timestamps, numbers or booleans are guessed, so `1884-07-07`
/// stays "1884-07-07" and `no` stays "no". Every node remembers where it was written.
package indirect enum YAMLValue: Sendable, Equatable {
    case scalar(String, SourceLocation)
    case sequence([YAMLValue], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    package var location: SourceLocation {
        switch self {
        case .scalar(_, let location), .sequence(_, let location), .mapping(_, let location):
            location
        }
    }

    package var string: String? {
        if case .scalar(let text, _) = self { text } else { nil }
    }

    package var entries: [YAMLEntry]? {
        if case .mapping(let entries, _) = self { entries } else { nil }
    }

    package var items: [YAMLValue]? {
        if case .sequence(let items, _) = self { items } else { nil }
    }

    package subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }

    /// What the node is, for messages: "a list", "a mapping", "text".
    package var kindDescription: String {
        switch self {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping.
package struct YAMLEntry: Sendable, Equatable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: YAMLValue
}
