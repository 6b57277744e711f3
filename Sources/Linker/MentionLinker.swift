import CommonMark
import Corpus

/// A passage that mentions an entity, for the entity page's backlinks.
package struct MentionRecord: Sendable, Equatable {
    package var slug: String
    package var page: String
    package var pageTitle: String
    /// The paragraph (`p3`) or footnote (`fn-12`) holding the mention, if any.
    package var anchor: String?
    package var snippet: String
}

/// Links names and aliases of entities in running text to their pages: whole words only,
/// the longest name wins, never inside headings or links; by default only the first mention
/// of an entity in each section becomes a link. Every mention is recorded for backlinks.
struct MentionLinker {
    let names: EntityNames
    let page: String
    let pageTitle: String
    let mode: String
    /// The entity whose own page this is (it does not link to itself).
    let ownSlug: String?
    private(set) var records: [MentionRecord] = []
    private var linkedInScope: Set<String> = []
    private var scope = -1
    private var recordedPassages: Set<String> = []
    /// The relative way from this page to the entities folder, computed once.
    private let entityFolder: String

    init(names: EntityNames, page: String, pageTitle: String, mode: String, ownSlug: String?) {
        self.names = names
        self.page = page
        self.pageTitle = pageTitle
        self.mode = mode
        self.ownSlug = ownSlug
        entityFolder = PagePath.link(from: page, to: "entities/")
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII first: Unicode property lookups dominated matching on large corpora.
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
        }
        return character.isLetter || character.isNumber
    }

    mutating func link(_ text: String, _ context: TextContext) -> [MarkdownInline] {
        if mode == "first-in-section", context.section != scope, context.footnote == nil {
            scope = context.section
            linkedInScope = []
        }
        // Characters, not String indices: matching walks the text once with O(1) access.
        let original = Array(text)
        let folded = original.map { $0 == "’" || $0 == "‘" ? Character("'") : $0 }
        var result: [MarkdownInline] = []
        var pending = ""
        var index = 0
        while index < folded.count {
            let atWordStart = index == 0 || !Self.isWordCharacter(folded[index - 1])
            if atWordStart, let match = longestMatch(in: folded, at: index) {
                let length = match.characters.count
                let shown = String(original[index..<(index + length)])
                record(match.slug, text: text, offset: index, length: length, context)
                if shouldLink(match.slug, context) {
                    if !pending.isEmpty { result.append(.text(pending)); pending = "" }
                    result.append(.link(
                        destination: entityFolder + "\(match.slug).html",
                        title: "", [.span(cssClass: "mention", [.text(shown)])]))
                } else {
                    pending += shown
                }
                index += length
                continue
            }
            pending.append(original[index])
            index += 1
        }
        if !pending.isEmpty { result.append(.text(pending)) }
        return result
    }

    private func longestMatch(in text: [Character], at index: Int) -> EntityNames.Name? {
        guard index + 1 < text.count else { return nil }
        for candidate in names.candidates(text[index], text[index + 1]) {
            let end = index + candidate.characters.count
            guard end <= text.count, Array(text[index..<end]) == candidate.characters else { continue }
            if end < text.count, Self.isWordCharacter(text[end]) { continue }
            return candidate
        }
        return nil
    }

    private mutating func shouldLink(_ slug: String, _ context: TextContext) -> Bool {
        guard !context.inHeading, !context.inLink, slug != ownSlug else { return false }
        switch mode {
        case "off": return false
        case "every": return true
        default:
            return linkedInScope.insert(slug).inserted
        }
    }

    private mutating func record(_ slug: String, text: String, offset: Int, length: Int, _ context: TextContext) {
        // Headings name the topic of what follows; the passages below are the mentions.
        guard slug != ownSlug, !context.inHeading else { return }
        let anchor = context.paragraph.map { "p\($0)" }
            ?? context.footnote.map { "fn-\(Slug.make($0))" }
        let passage = "\(slug)|\(anchor ?? "line\(context.line)")"
        guard recordedPassages.insert(passage).inserted else { return }
        records.append(MentionRecord(
            slug: slug, page: page, pageTitle: pageTitle, anchor: anchor,
            snippet: Self.snippet(text, offset: offset, length: length)))
    }

    /// About 70 characters either side of the mention, cut at word boundaries.
    static func snippet(_ text: String, offset: Int, length: Int) -> String {
        let characters = Array(text)
        var start = max(0, offset - 70)
        var end = min(characters.count, offset + length + 70)
        while start > 0, characters[start - 1] != " " { start -= 1 }
        while end < characters.count, characters[end] != " " { end += 1 }
        let body = String(characters[start..<end]).replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespaces)
        return (start > 0 ? "… " : "") + body + (end < characters.count ? " …" : "")
    }
}
