import Corpus
import Foundation

/// Every name and alias of every entity, for mention linking and see-also lookups.
/// Matching folds typographic apostrophes so "People’s Republic" finds "People's Republic".
package struct EntityNames: Sendable {
    package struct Name: Sendable {
        package var text: String
        package var slug: String
        /// `text` as characters, for matching by index.
        var characters: [Character] = []
        /// `text` in NFC as UTF-8, for matching bytes (MentionLinker's fast path).
        var bytes: [UInt8] = []
    }

    /// Longest first, so "Kim Il Sung" wins over "Kim".
    package let names: [Name]
    /// Names keyed by their first two characters, for a quick candidate lookup.
    private let byPrefix: [String: [Name]]
    /// Names grouped by their first two UTF-8 bytes, longest first within each group, and
    /// for each of the 65,536 byte pairs the index of its group or -1. A flat table because
    /// the lookup runs at every word of every body (hashing it was 2% of a large build).
    private let groupsByFirstBytes: [[Name]]
    private let groupIndexByFirstBytes: [Int32]
    private let byFoldedName: [String: String]

    package init(_ entities: [Entity]) {
        var names: [Name] = []
        for entity in entities {
            for text in [entity.name] + entity.aliases {
                let folded = Self.fold(text).trimmingCharacters(in: .whitespaces)
                if folded.count >= 2 {
                    names.append(Name(
                        text: folded, slug: entity.slug, characters: Array(folded),
                        bytes: Array(folded.precomposedStringWithCanonicalMapping.utf8)))
                }
            }
        }
        names.sort { ($0.text.count, $1.text, $0.slug) > ($1.text.count, $0.text, $1.slug) }
        self.names = names
        byPrefix = Dictionary(grouping: names) { String($0.text.prefix(2)) }
        var groups: [[Name]] = []
        var groupIndex = [Int32](repeating: -1, count: 65_536)
        for name in names {
            let pair = Int(name.bytes[0]) << 8 | Int(name.bytes[1])
            if groupIndex[pair] < 0 {
                groupIndex[pair] = Int32(groups.count)
                groups.append([])
            }
            groups[Int(groupIndex[pair])].append(name)
        }
        groupsByFirstBytes = groups
        groupIndexByFirstBytes = groupIndex
        var folded: [String: String] = [:]
        for name in names where folded[name.text.lowercased()] == nil {
            folded[name.text.lowercased()] = name.slug
        }
        byFoldedName = folded
    }

    static func fold(_ text: String) -> String {
        guard text.contains(where: { $0 == "’" || $0 == "‘" }) else { return text }
        return String(text.map { $0 == "’" || $0 == "‘" ? "'" : $0 })
    }

    /// The entity a name (any case) belongs to.
    package func slug(forName name: String) -> String? {
        byFoldedName[Self.fold(name).lowercased().trimmingCharacters(in: .whitespaces)]
    }

    /// Candidate names that may start with these two characters.
    func candidates(_ first: Character, _ second: Character) -> [Name] {
        byPrefix[String([first, second])] ?? []
    }

    /// Candidate names whose UTF-8 starts with these two bytes.
    func candidates(firstBytes first: UInt8, _ second: UInt8) -> [Name] {
        let index = groupIndexByFirstBytes[Int(first) << 8 | Int(second)]
        return index < 0 ? [] : groupsByFirstBytes[Int(index)]
    }
}
