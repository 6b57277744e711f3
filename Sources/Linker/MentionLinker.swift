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
    /// The entities' names (`Shared`: one reference per body, not a copy of the tables).
    let sharedNames: Shared<EntityNames>
    let page: String
    let pageTitle: String
    let mode: String
    /// The entity whose own page this is (it does not link to itself).
    let ownSlug: String?
    private(set) var records: [MentionRecord] = []
    private var linkedInScope: Set<String> = []
    private var scope = -1
    /// Entities already recorded in each passage (a struct key: an interpolated String key
    /// cost an allocation for every mention).
    private var recordedPassages: Set<RecordedPassage> = []

    private struct RecordedPassage: Hashable {
        var slug: String
        /// The paragraph number, or else the footnote's anchor, or else the line.
        var paragraph: Int?
        var footnoteAnchor: String?
        var line: Int?
    }
    /// The relative way from this page to the entities folder, computed once, and whether
    /// it is a plain path (`HTMLEscaping.isPlainPath`).
    private let entityFolder: String
    private let entityFolderIsPlain: Bool

    init(names: EntityNames, page: String, pageTitle: String, mode: String, ownSlug: String?) {
        self.init(names: Shared(names), page: page, pageTitle: pageTitle, mode: mode, ownSlug: ownSlug)
    }

    init(names: Shared<EntityNames>, page: String, pageTitle: String, mode: String, ownSlug: String?) {
        sharedNames = names
        self.page = page
        self.pageTitle = pageTitle
        self.mode = mode
        self.ownSlug = ownSlug
        entityFolder = PagePath.link(from: page, to: "entities/")
        entityFolderIsPlain = HTMLEscaping.isPlainPath(entityFolder)
        // A page records a few dozen passages: room for them at once, not grown by rehashing.
        recordedPassages.reserveCapacity(64)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII first: Unicode property lookups dominated matching on large corpora.
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
        }
        return character.isLetter || character.isNumber
    }

    /// The inlines the text becomes, or nil when it stays as it is (most runs).
    mutating func link(_ text: String, _ context: TextContext) -> [MarkdownInline]? {
        enterScope(context)
        // The text's own UTF-8, not a copy: every run of text of every body comes here.
        var contiguous = text
        var simple = false
        let html = contiguous.withUTF8 { bytes -> String? in
            // Matching bytes gives the same result as matching Characters whenever every
            // character is one scalar that equals no other (see `isSimpleText`); other text,
            // rare in practice, takes the Character path.
            guard Self.isSimpleText(bytes) else { return nil }
            simple = true
            var html: [UInt8] = []
            return linkBytes(bytes, context, into: &html, always: false) ? String(decoding: html, as: UTF8.self) : nil
        }
        guard simple else { return linkCharacters(text, context) }
        // Most runs name no entity that is linked: they come back as they were.
        return html.map { [.rendered(html: $0, text: text)] }
    }

    /// `link` of text that `isSimpleText` accepts, written into `html` as the writer writes
    /// what `link` gives: the text escaped, with its links (`HTMLWriter.TextWriter`).
    mutating func write(simpleText bytes: UnsafeBufferPointer<UInt8>, _ context: TextContext, to html: inout [UInt8]) {
        enterScope(context)
        linkBytes(bytes, context, into: &html, always: true)
    }

    /// With one link per entity and section, a new section links every entity again.
    private mutating func enterScope(_ context: TextContext) {
        if mode == "first-in-section", context.section != scope, context.footnote == nil {
            scope = context.section
            linkedInScope.removeAll(keepingCapacity: true)
        }
    }

    /// The byte path of `link`: appends the run's HTML to `html` when it links a name, or
    /// `always`; says whether it linked one.
    @discardableResult
    private mutating func linkBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ context: TextContext, into html: inout [UInt8], always: Bool
    ) -> Bool {
        let folded = FoldedBytes(bytes)
        return folded.withBytes {
            linkBytes(original: bytes, folded: $0, fold: folded, context, into: &html, always: always)
        }
    }

    private mutating func linkBytes(
        original bytes: UnsafeBufferPointer<UInt8>, folded text: UnsafeBufferPointer<UInt8>,
        fold: FoldedBytes, _ context: TextContext, into html: inout [UInt8], always: Bool
    ) -> Bool {
        var linkedAny = false
        var pendingStart = 0
        var index = 0
        let count = text.count
        let mayStartName = sharedNames.value.candidateTable.firstBytes
        while index < count {
            // A name can start only at a byte some name starts with (never a UTF-8
            // continuation byte) after a scalar that is not a word character, and not
            // inside a name just matched. Most bytes start no name: they are passed over
            // eight at a time, and the boundary is looked at only where one may.
            index = mayStartName.firstIndex(in: text, from: index)
            guard index < count else { break }
            if index == 0 || !Self.isWordScalar(endingAt: index, in: text),
               let match = longestMatch(in: text, at: index) {
                let end = index + match.length
                let start = fold.original(index), originalEnd = fold.original(end)
                record(match.slug, context) { Self.snippet(bytes, start: start, end: originalEnd) }
                if shouldLink(match.slug, context) {
                    // A fresh buffer gets room for the run at once (not the writer's).
                    if !linkedAny, !always { html.reserveCapacity(bytes.count + 128) }
                    linkedAny = true
                    HTMLEscaping.append(escaping: UnsafeBufferPointer(rebasing: bytes[pendingStart..<start]), to: &html)
                    appendLink(match.slug, shown: UnsafeBufferPointer(rebasing: bytes[start..<originalEnd]), to: &html)
                    pendingStart = originalEnd
                }
                index = end
                continue
            }
            index += 1
        }
        if linkedAny || always {
            HTMLEscaping.append(escaping: UnsafeBufferPointer(rebasing: bytes[pendingStart...]), to: &html)
        }
        return linkedAny
    }

    /// Appends the HTML the writer makes of `.link` to the entity's page around a `mention`
    /// span holding `shown`: a run with linked names becomes one `.rendered` inline instead of
    /// inlines for each piece, which the writer would walk (a few allocations per mention).
    /// `MentionLinkerTests` and `LinkedWritingTests` hold it to the writer's HTML.
    private func appendLink(_ slug: String, shown: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        let isLink: Bool
        if entityFolderIsPlain, HTMLEscaping.isPlainPath(slug) {
            // What `appendLinkStart` writes for the plain path `entityFolder + slug + ".html"`
            // (a path is plain when each of its pieces is), without making that String for
            // every linked mention of every page.
            html.append(contentsOf: #"<a href=""#.utf8)
            html.append(contentsOf: entityFolder.utf8)
            html.append(contentsOf: slug.utf8)
            html.append(contentsOf: #".html">"#.utf8)
            isLink = true
        } else {
            isLink = HTMLWriter.appendLinkStart(destination: entityFolder + slug + ".html", title: "", to: &html)
        }
        html.append(contentsOf: #"<span class="mention">"#.utf8)
        HTMLEscaping.append(escaping: shown, to: &html)
        html.append(contentsOf: isLink ? "</span></a>".utf8 : "</span></span>".utf8)
    }

    /// The entity and byte length of the longest name at `index`: two fields, not a copy of
    /// the name (four references to retain at every match).
    private func longestMatch(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (slug: String, length: Int)? {
        sharedNames.value.candidateTable.firstMatch(in: text, at: index) { end in
            end == text.count || !Self.isWordScalar(Self.scalar(at: end, in: text).scalar)
        }.map { (sharedNames.value.names[$0].slug, sharedNames.value.names[$0].bytes.count) }
    }

    /// True when every scalar is ASCII or in ranges where each scalar is a character of its
    /// own and canonically equal to no other scalar: Latin-1 to spacing modifiers
    /// (U+00A0–U+02FF) and general punctuation (U+2010–U+2027, U+2030–U+205E: dashes,
    /// quotes, ellipsis; not the joiners and spaces before them).
    static func isSimpleText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isSimpleText(bytes, from: bytes.firstNonASCII(in: 0..<bytes.count))
    }

    static func isSimpleText<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int? = nil) -> Bool
    where Bytes.Index == Int {
        var index = start ?? bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let (scalar, length) = scalar(at: index, in: bytes)
            switch scalar.value {
            case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E: index += length
            default: return false
            }
        }
        return true
    }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in bytes: Bytes) -> (scalar: Unicode.Scalar, length: Int)
    where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let ascii = scalar.value
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
        }
        return isWordCharacter(Character(scalar))
    }

    /// Whether the scalar that ends just before `end` is a word character.
    static func isWordScalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(scalar(at: start, in: bytes).scalar)
    }

    /// Text bytes with typographic apostrophes (’ ‘) folded to ', and the way back to the
    /// original byte offsets.
    struct FoldedBytes {
        /// The folded bytes; nil when nothing was folded (the original bytes are used).
        private var folded: [UInt8]?
        private var originalBytes: UnsafeBufferPointer<UInt8>
        /// Original offset of each folded byte, when something was folded.
        private var origins: [Int] = []

        init(_ original: UnsafeBufferPointer<UInt8>) {
            originalBytes = original
            guard original.firstIndex(of: 0xE2, in: 0..<original.count) != nil else { return }
            var folded: [UInt8] = []
            folded.reserveCapacity(original.count)
            origins.reserveCapacity(original.count)
            var index = 0
            while index < original.count {
                if original[index] == 0xE2, index + 2 < original.count, original[index + 1] == 0x80,
                   original[index + 2] == 0x98 || original[index + 2] == 0x99 {
                    folded.append(UInt8(ascii: "'"))
                    origins.append(index)
                    index += 3
                } else {
                    folded.append(original[index])
                    origins.append(index)
                    index += 1
                }
            }
            self.folded = folded
        }

        /// Calls `body` with the folded bytes.
        func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            guard let folded else { return body(originalBytes) }
            return folded.withUnsafeBufferPointer(body)
        }

        func original(_ index: Int) -> Int {
            guard folded != nil else { return index }
            return index < origins.count ? origins[index] : originalBytes.count
        }
    }

    /// The same linking over Characters, for text `isSimpleText` declines.
    mutating func linkCharacters(_ text: String, _ context: TextContext) -> [MarkdownInline] {
        // Characters, not String indices: matching walks the text once with O(1) access.
        let original = Array(text)
        let folded = original.map { $0 == "’" || $0 == "‘" ? Character("'") : $0 }
        var html: [UInt8] = []
        var linkedAny = false
        var pending = ""
        var index = 0
        while index < folded.count {
            let atWordStart = index == 0 || !Self.isWordCharacter(folded[index - 1])
            if atWordStart, let match = longestMatch(in: folded, at: index) {
                let length = match.characters.count
                let shown = String(original[index..<(index + length)])
                record(match.slug, context) { Self.snippet(original, offset: index, length: length) }
                if shouldLink(match.slug, context) {
                    linkedAny = true
                    HTMLEscaping.append(escaping: pending, to: &html)
                    pending = ""
                    var shown = shown
                    shown.withUTF8 { appendLink(match.slug, shown: $0, to: &html) }
                } else {
                    pending += shown
                }
                index += length
                continue
            }
            pending.append(original[index])
            index += 1
        }
        guard linkedAny else { return pending.isEmpty ? [] : [.text(pending)] }
        HTMLEscaping.append(escaping: pending, to: &html)
        return [.rendered(html: String(decoding: html, as: UTF8.self), text: text)]
    }

    private func longestMatch(in text: [Character], at index: Int) -> EntityNames.Name? {
        guard index + 1 < text.count else { return nil }
        for candidate in sharedNames.value.candidates(text[index], text[index + 1]) {
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

    /// Records the mention unless its passage (paragraph or footnote) already names the
    /// entity; the snippet is made only for a new passage.
    private mutating func record(_ slug: String, _ context: TextContext, snippet: () -> String) {
        // Headings name the topic of what follows; the passages below are the mentions.
        guard slug != ownSlug, !context.inHeading else { return }
        let footnoteAnchor = context.paragraph == nil ? context.footnote.map { "fn-\(Slug.make($0))" } : nil
        let passage = RecordedPassage(
            slug: slug, paragraph: context.paragraph, footnoteAnchor: footnoteAnchor,
            line: context.paragraph == nil && footnoteAnchor == nil ? context.line : nil)
        guard recordedPassages.insert(passage).inserted else { return }
        let anchor = context.paragraph.map { "p\($0)" } ?? footnoteAnchor
        records.append(MentionRecord(slug: slug, page: page, pageTitle: pageTitle, anchor: anchor, snippet: snippet()))
    }

    /// About 70 characters either side of the mention, cut at word boundaries.
    static func snippet(_ text: String, offset: Int, length: Int) -> String {
        snippet(Array(text), offset: offset, length: length)
    }

    /// The same snippet from UTF-8 bytes in which every character is one scalar
    /// (`isSimpleText`), given the mention's byte range.
    static func snippet(_ bytes: UnsafeBufferPointer<UInt8>, start mentionStart: Int, end mentionEnd: Int) -> String {
        func isScalarStart(_ index: Int) -> Bool { bytes[index] & 0xC0 != 0x80 }
        /// Whether `range` holds only ASCII bytes, each a scalar of its own.
        func isASCII(_ range: Range<Int>) -> Bool { bytes.firstNonASCII(in: range) == range.upperBound }
        // 70 scalars either side: in ASCII text (nearly all), 70 bytes, found without
        // stepping scalar by scalar.
        var start = mentionStart
        if isASCII(max(0, mentionStart - 70)..<mentionStart) {
            start = max(0, mentionStart - 70)
        } else {
            for _ in 0..<70 where start > 0 {
                start -= 1
                while start > 0, !isScalarStart(start) { start -= 1 }
            }
        }
        var end = mentionEnd
        if isASCII(mentionEnd..<min(bytes.count, mentionEnd + 70)) {
            end = min(bytes.count, mentionEnd + 70)
        } else {
            for _ in 0..<70 where end < bytes.count {
                end += 1
                while end < bytes.count, !isScalarStart(end) { end += 1 }
            }
        }
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
        // Newlines become spaces and spaces and tabs are trimmed, on the bytes; other
        // whitespace that Foundation trims (U+00A0 and the like) takes its path.
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
        var first = start, last = end
        while first < last, isTrimmed(bytes[first]) { first += 1 }
        while last > first, isTrimmed(bytes[last - 1]) { last -= 1 }
        let before = start > 0, after = end < bytes.count
        guard first == last || (bytes[first] < 0x80 && bytes[last - 1] < 0x80) else {
            var body = Array(bytes[first..<last])
            for index in body.indices where body[index] == 0x0A { body[index] = 0x20 }
            let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            return (before ? "… " : "") + text + (after ? " …" : "")
        }
        // The usual case: the text with newlines as spaces, written straight into a String,
        // then "… " before it and " …" after. A String checks that its bytes are UTF-8, eight
        // at a time while they are ASCII (the text nearly always is) and one by one once
        // they are not; with the ellipses in the same bytes, every snippet took the slow way
        // (2.8 ms of a build at 1,000 articles). Joining Strings checks nothing again.
        let text = String(unsafeUninitializedCapacity: last - first) { out in
            // Copied at once, then the few newlines found and replaced.
            _ = out.initialize(from: bytes[first..<last])
            let copied = UnsafeBufferPointer(out)
            var newline = copied.firstIndex(of: 0x0A, in: 0..<(last - first))
            while let found = newline {
                out[found] = 0x20
                newline = copied.firstIndex(of: 0x0A, in: (found + 1)..<(last - first))
            }
            return last - first
        }
        guard before || after else { return text }
        var snippet = before ? "… " : ""
        snippet.reserveCapacity(8 + text.utf8.count)
        snippet += text
        if after { snippet += " …" }
        return snippet
    }

    static func snippet(_ characters: [Character], offset: Int, length: Int) -> String {
        var start = max(0, offset - 70)
        var end = min(characters.count, offset + length + 70)
        while start > 0, characters[start - 1] != " " { start -= 1 }
        while end < characters.count, characters[end] != " " { end += 1 }
        let body = String(characters[start..<end]).replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespaces)
        return (start > 0 ? "… " : "") + body + (end < characters.count ? " …" : "")
    }
}
