import CommonMark
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
    /// Names by their first two UTF-8 bytes, for matching bytes (`CandidateTable`).
    let candidateTable: CandidateTable
    private let byFoldedName: [String: String]

    package init(_ entities: [Entity]) {
        var names: [Name] = []
        for entity in entities {
            for text in [entity.name] + entity.aliases {
                let folded = HTMLText.trimmingWhitespaces(Self.fold(text))
                let characters = Array(folded)
                if characters.count >= 2 {
                    // ASCII is its own NFC: Foundation is asked only about other text.
                    let isASCII = folded.utf8.allSatisfy { $0 < 0x80 }
                    names.append(Name(
                        text: folded, slug: entity.slug, characters: characters,
                        bytes: Array((isASCII ? folded : folded.precomposedStringWithCanonicalMapping).utf8)))
                }
            }
        }
        // By length in Characters, counted once per name (not in every comparison).
        names.sort {
            ($0.characters.count, $1.text, $0.slug) > ($1.characters.count, $0.text, $1.slug)
        }
        self.names = names
        byPrefix = Dictionary(grouping: names) { String($0.text.prefix(2)) }
        candidateTable = CandidateTable(names)
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
        byFoldedName[HTMLText.trimmingWhitespaces(Self.fold(name).lowercased())]
    }

    /// Candidate names that may start with these two characters.
    func candidates(_ first: Character, _ second: Character) -> [Name] {
        byPrefix[String([first, second])] ?? []
    }
}

/// Every name's bytes in one buffer, and for each of the 65,536 pairs of first bytes the
/// names that start with it, longest first. Flat and free of references because the lookup
/// runs at every word of every body: hashing the pair, then copying names out of arrays
/// (four retains each), were each a few percent of a large build.
struct CandidateTable: Sendable {
    struct Entry: Sendable {
        /// Where the name's bytes are in `store`, and the name's index in `EntityNames.names`.
        var offset: Int32
        var length: Int32
        var name: Int32
    }

    let store: [UInt8]
    /// Grouped by first-byte pair, in the order of `names` within each group.
    let entries: [Entry]
    /// The entries of pair `p` are `entries[groupStart[p]..<groupStart[p + 1]]`.
    let groupStart: [Int32]
    /// Whether some name starts with each byte, one bit per byte value: inline in the
    /// table (no array to retain or borrow in the loop over every byte of a text).
    let firstBytes: FirstBytes

    init(_ names: [EntityNames.Name]) {
        func pair(_ name: EntityNames.Name) -> Int { Int(name.bytes[0]) << 8 | Int(name.bytes[1]) }
        var counts = [Int32](repeating: 0, count: 65_537)
        for name in names { counts[pair(name) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        groupStart = counts
        var next = counts
        var entries = [Entry](repeating: Entry(offset: 0, length: 0, name: 0), count: names.count)
        var store: [UInt8] = []
        for (index, name) in names.enumerated() {
            let slot = Int(next[pair(name)])
            next[pair(name)] += 1
            entries[slot] = Entry(offset: Int32(store.count), length: Int32(name.bytes.count), name: Int32(index))
            store += name.bytes
        }
        self.entries = entries
        self.store = store
        var firstBytes = FirstBytes()
        for name in names { firstBytes.insert(name.bytes[0]) }
        self.firstBytes = firstBytes
    }

    /// A set of byte values as four words of bits, with a test of eight bytes at once for
    /// the scan over every byte of every text: most bytes of a text (lower-case letters,
    /// spaces, punctuation) start no name, and names start with a few capitals.
    struct FirstBytes: Sendable {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// The smallest and largest ASCII byte in the set, and whether any byte of 0x80 or
        /// more is in it.
        private var lowestASCII: UInt8 = 0x80
        private var highestASCII: UInt8 = 0
        private var hasNonASCII = false

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << (byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
            if byte < 0x80 {
                lowestASCII = min(lowestASCII, byte)
                highestASCII = max(highestASCII, byte)
            } else {
                hasNonASCII = true
            }
        }

        @inline(__always) func contains(_ byte: UInt8) -> Bool {
            let word: UInt64
            switch byte >> 6 {
            case 0: word = bits.0
            case 1: word = bits.1
            case 2: word = bits.2
            default: word = bits.3
            }
            return word >> (byte & 63) & 1 != 0
        }

        /// The index of the first byte at or after `start` that is in the set (`text.count`
        /// if none). Only the bytes that lie between the lowest and highest ASCII byte of the
        /// set (`WordBytes.between`), or are non-ASCII when the set has such bytes, are looked
        /// up, eight at a time (a byte loop over every word holding one was the hottest code
        /// of mention linking: a capital starts a sentence every eighty bytes or so).
        func firstIndex(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let hasASCII = lowestASCII <= highestASCII
            let lowest = lowestASCII, highest = highestASCII
            let nonASCIIMask: UInt64 = hasNonASCII ? WordBytes.high : 0
            return text.firstIndex(
                from: start,
                candidates: { (hasASCII ? WordBytes.between($0, lowest, highest) : 0) | ($0 & nonASCIIMask) },
                where: contains)
        }
    }

    /// The first name (longest first) whose bytes are at `index` of `text` and for which
    /// `accept` says yes (the caller checks the word boundary after it).
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, at index: Int, accept: (_ end: Int) -> Bool) -> Int? {
        guard index + 1 < text.count, let base = text.baseAddress else { return nil }
        let pair = Int(text[index]) << 8 | Int(text[index + 1])
        let group = Int(groupStart[pair])..<Int(groupStart[pair + 1])
        guard !group.isEmpty else { return nil }
        return store.withUnsafeBufferPointer { store -> Int? in
            entries.withUnsafeBufferPointer { entries -> Int? in
                for entry in entries[group] {
                    let length = Int(entry.length)
                    let end = index + length
                    guard end <= text.count,
                          memcmp(base + index, store.baseAddress! + Int(entry.offset), length) == 0,
                          accept(end)
                    else { continue }
                    return Int(entry.name)
                }
                return nil
            }
        }
    }
}
