import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Foundation

/// One place a work is cited, for its "cited by" list.
package struct CitationRecord: Sendable, Equatable {
    package var key: String
    package var locator: String?
    /// Output path of the citing page and the id of the citation on it.
    package var page: String
    package var anchor: String
    package var pageTitle: String
    /// The footnote the citation sits in, if any.
    package var footnote: String?
}

/// Turns `[@key]`, `[@key, p. 12]`, `[@a; @b, pp. 3-5]` and narrative `@key` into formatted,
/// linked citations. A page locator to a work hosted in the corpus also links to the place
/// where that printed page starts.
struct CitationLinker {
    let references: ReferenceList
    let paths: SitePaths
    /// The citing page's output path and title.
    let page: String
    let pageTitle: String
    let source: MarkdownSource
    private(set) var records: [CitationRecord] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var cited: [String] = []
    private var counter = 0

    /// Each work's place, page and link, found once for the site.
    let targets: CitationTargets
    /// The page's folder when it is one folder deep (`PagePath.subfolder(of:)`).
    private let pageFolder: Substring?

    init(
        references: ReferenceList, paths: SitePaths, targets: CitationTargets, page: String, pageTitle: String,
        source: MarkdownSource
    ) {
        self.references = references
        self.paths = paths
        self.targets = targets
        self.page = page
        self.pageTitle = pageTitle
        self.source = source
        pageFolder = PagePath.subfolder(of: page)
    }

    // Every `;`-separated item of a bracketed citation is `@key` with an optional locator.
    private static let item = try! NSRegularExpression(
        pattern: #"^\s*@([A-Za-z0-9_:.\-]*[A-Za-z0-9_])\s*(?:,\s*(.*?))?\s*$"#)
    private static let narrative = try! NSRegularExpression(
        pattern: #"(?<![\w@.])@([A-Za-z0-9_:\-]*[A-Za-z0-9_])"#)

    mutating func link(_ text: String, _ context: TextContext) -> [MarkdownInline]? {
        // Most runs have no "@", so no citation: they stay as they are.
        guard Self.containsAt(text) else { return nil }
        // The pieces between citations keep their own strings, so long paragraphs are not
        // converted to and from NSString.
        var contiguous = text
        return contiguous.withUTF8 { bytes -> [MarkdownInline] in
            var result: [MarkdownInline] = []
            for piece in Self.pieces(of: bytes) {
                switch piece {
                case .text(let range):
                    appendNarrative(bytes, range, context, to: &result)
                case .citation(let range, let cites):
                    let whole = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    result.append(citation(cites, whole: whole, context, narrative: false)?.inline ?? .text(whole))
                }
            }
            return result
        }
    }

    /// `link` written into `writer` (`HTMLWriter.TextWriter`): each citation as the writer
    /// writes the inline `link` makes of it, the text around them by `writeText`. False, with
    /// nothing written or recorded, for a run with a narrative citation (an "@" outside
    /// brackets and links), which `link` reads with its pattern.
    mutating func write(
        _ bytes: UnsafeBufferPointer<UInt8>, to writer: inout HTMLWriter,
        text writeText: (UnsafeBufferPointer<UInt8>, inout HTMLWriter) -> Void
    ) -> Bool {
        let context = writer.context
        let pieces = Self.pieces(of: bytes)
        if !context.inLink {
            for case .text(let range) in pieces where bytes.firstIndex(of: UInt8(ascii: "@"), in: range) != nil {
                return false
            }
        }
        for piece in pieces {
            switch piece {
            case .text(let range):
                writeText(UnsafeBufferPointer(rebasing: bytes[range]), &writer)
            case .citation(let range, let cites):
                let whole = UnsafeBufferPointer(rebasing: bytes[range])
                guard let cited = citation(cites, whole: String(decoding: whole, as: UTF8.self), context, narrative: false)
                else {
                    writeText(whole, &writer)
                    continue
                }
                let id = writer.claim(cited.id)
                writer.output.spanStart("citation", id: id)
                writer.output.bytes.append(contentsOf: cited.html)
                writer.output.literal("</span>")
            }
        }
        return true
    }

    /// A run of text cut at its bracketed citations: `[@…]` whose items all read as `@key`
    /// with an optional locator; other brackets stay in the text.
    enum Piece {
        case text(Range<Int>)
        case citation(Range<Int>, [(key: String, locator: String?)])
    }

    /// The pieces of a run, in order, found on its bytes: `[@…]` brackets exactly as the
    /// pattern `\[(@[^\[\]]+)\]` finds them (a `[`, an `@`, no bracket inside, a `]`).
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>) -> [Piece] {
        var pieces: [Piece] = []
        var cursor = 0
        for bracket in brackets(in: bytes) {
            let inner = UnsafeBufferPointer(rebasing: bytes[(bracket.lowerBound + 1)..<(bracket.upperBound - 1)])
            guard let cites = parseItems(inner) else { continue }
            if bracket.lowerBound > cursor { pieces.append(.text(cursor..<bracket.lowerBound)) }
            pieces.append(.citation(bracket, cites))
            cursor = bracket.upperBound
        }
        if cursor < bytes.count { pieces.append(.text(cursor..<bytes.count)) }
        return pieces
    }

    /// The text between bracketed citations, with its narrative citations (`@key`) linked:
    /// as it is when it has no "@" (nearly always).
    private mutating func appendNarrative(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ context: TextContext, to result: inout [MarkdownInline]
    ) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard !context.inLink, bytes.firstIndex(of: UInt8(ascii: "@"), in: range) != nil else {
            result.append(.text(text))
            return
        }
        result += linkNarrative(text, context)
    }

    /// Whether the text has an "@" (with memchr: every text run of every body is asked).
    static func containsAt(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsAt($0) }
    }

    static func containsAt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(UInt8(ascii: "@")), bytes.count) != nil
    }

    /// Byte ranges of `[@…]` with no bracket inside, left to right and not overlapping: what
    /// the pattern `\[(@[^\[\]]+)\]` matches.
    static func brackets(in bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { brackets(in: $0) }
    }

    /// Every "[" is found with memchr, and so is what ends its inside: the next "[", and the
    /// first "]" before it (a loop over every byte of every run with an "@" was 1.8% of a
    /// build's instructions). Each search stops at the next "[", so a text is read about once.
    static func brackets(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let count = bytes.count
        var index = 0
        while index + 2 < count, let open = bytes.firstIndex(of: UInt8(ascii: "["), in: index..<(count - 2)) {
            guard bytes[open + 1] == UInt8(ascii: "@") else {
                index = open + 1
                continue
            }
            let insideStart = open + 2
            let nextOpen = bytes.firstIndex(of: UInt8(ascii: "["), in: insideStart..<count) ?? count
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]"), in: insideStart..<nextOpen), close > insideStart else {
                index = open + 1
                continue
            }
            ranges.append(open..<(close + 1))
            index = close + 1
        }
        return ranges
    }

    /// The `;`-separated items of a bracket's inside, each `@key` with an optional locator;
    /// nil when one is not an item. Printable ASCII (nearly every citation) is split and read
    /// on its bytes, where a `;` is always a Character of its own; other text goes through
    /// Characters and the pattern.
    static func parseItems(_ inner: UnsafeBufferPointer<UInt8>) -> [(key: String, locator: String?)]? {
        guard inner.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return parseItems(String(decoding: inner, as: UTF8.self))
        }
        var cites: [(key: String, locator: String?)] = []
        var start = 0
        while start <= inner.count {
            let end = inner.firstIndex(of: UInt8(ascii: ";"), in: start..<inner.count) ?? inner.count
            // Empty pieces are skipped, as `split(separator:)` skips them.
            if end > start {
                guard let cite = asciiItem(UnsafeBufferPointer(rebasing: inner[start..<end])) else { return nil }
                cites.append(cite)
            }
            start = end + 1
        }
        return cites.isEmpty ? nil : cites
    }

    static func parseItems(_ inner: String) -> [(key: String, locator: String?)]? {
        var cites: [(key: String, locator: String?)] = []
        for piece in inner.split(separator: ";") {
            let item = String(piece)
            guard let cite = Self.asciiItem(item) ?? Self.patternItem(item) else { return nil }
            cites.append(cite)
        }
        return cites.isEmpty ? nil : cites
    }

    /// The key and locator of one item by the `item` pattern; nil when it does not match.
    static func patternItem(_ item: String) -> (key: String, locator: String?)? {
        let ns = item as NSString
        guard let match = Self.item.firstMatch(in: item, range: NSRange(location: 0, length: ns.length))
        else { return nil }
        let key = ns.substring(with: match.range(at: 1))
        let locatorRange = match.range(at: 2)
        let locator = locatorRange.location == NSNotFound ? nil : ns.substring(with: locatorRange)
        return (key, locator?.isEmpty == true ? nil : locator)
    }

    /// What the `item` pattern finds in an item of printable ASCII (no control characters,
    /// so the pattern's `\s` can only be a space and `.` matches every byte): `.some(nil)`
    /// when it does not match, nil for other text, which the pattern reads (the
    /// regular expression and NSString were a quarter of linking a body).
    static func asciiItem(_ item: String) -> (key: String, locator: String?)?? {
        var item = item
        return item.withUTF8 { bytes -> (key: String, locator: String?)?? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return asciiItem(bytes)
        }
    }

    /// `asciiItem` for bytes known to be printable ASCII: the key and locator, or nil when
    /// the pattern does not match.
    static func asciiItem(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: String, locator: String?)? {
        func isKeyEnd(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_")
        }
        func isKey(_ byte: UInt8) -> Bool {
            isKeyEnd(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "@") else { return nil }
        let keyStart = index + 1
        var runEnd = keyStart
        while runEnd < bytes.count, isKey(bytes[runEnd]) { runEnd += 1 }
        // The key ends at the last letter, digit or underscore of the run; a run that ends
        // otherwise leaves characters nothing after the key can match.
        guard runEnd > keyStart, isKeyEnd(bytes[runEnd - 1]) else { return nil }
        let key = String(decoding: bytes[keyStart..<runEnd], as: UTF8.self)
        index = runEnd
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        if index == bytes.count { return (key, nil) }
        guard bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        var end = bytes.count
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        let locator = end > index ? String(decoding: bytes[index..<end], as: UTF8.self) : nil
        return (key, locator)
    }

    private mutating func linkNarrative(_ text: String, _ context: TextContext) -> [MarkdownInline] {
        guard !context.inLink, Self.containsAt(text) else { return [.text(text)] }
        let ns = text as NSString
        var result: [MarkdownInline] = []
        var cursor = 0
        for match in Self.narrative.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let key = ns.substring(with: match.range(at: 1))
            // A bare @word that is not a key is left alone (it may be a handle or an address).
            guard references.contains(key: key) else { continue }
            if match.range.location > cursor {
                result.append(.text(ns.substring(with: NSRange(location: cursor, length: match.range.location - cursor))))
            }
            // A key the references hold: a citation is made.
            if let cited = citation([(key, nil)], whole: "@" + key, context, narrative: true) { result.append(cited.inline) }
            cursor = match.range.location + match.range.length
        }
        if cursor < ns.length { result.append(.text(ns.substring(from: cursor))) }
        return result
    }

    /// A formatted citation: its id (before the writer claims it), its HTML, and the text a
    /// reader sees of it besides the formatted citations (a heading's id and contents entry
    /// are made from it).
    struct Cited {
        var id: String
        var html: [UInt8]
        var text: String

        /// The inline the writer writes as `CitationLinker.write` writes the citation.
        var inline: MarkdownInline {
            .identified(id: id, cssClass: "citation", [.rendered(html: String(decoding: html, as: UTF8.self), text: text)])
        }
    }

    /// The citation of the known keys of `cites`, recorded; nil when no key is known (each
    /// unknown key is an error, and `whole` stays as it was written; it is made only to place
    /// such an error).
    private mutating func citation(
        _ cites: [(key: String, locator: String?)], whole: @autoclosure () -> String, _ context: TextContext,
        narrative: Bool
    ) -> Cited? {
        var known: [(key: String, locator: String?, target: Int)] = []
        for cite in cites {
            guard let target = targets.position(of: cite.key) else {
                diagnostics.append(.error(
                    "citation-key-unknown", "no entry \"\(cite.key)\" in references.bib",
                    at: locate(whole(), fromLine: context.line),
                    hint: "add a BibTeX entry with this key, or fix the key"))
                continue
            }
            known.append((cite.key, cite.locator, target))
        }
        guard !known.isEmpty else { return nil }
        counter += 1
        let id = "cite-\(counter)"
        for cite in known where !cited.contains(cite.key) { cited.append(cite.key) }
        records += known.map {
            CitationRecord(key: $0.key, locator: $0.locator, page: page, anchor: id,
                           pageTitle: pageTitle, footnote: context.footnote)
        }
        let form: CitationForm = narrative ? .narrative : .parenthetical
        let single = known.count == 1
        // The citation's content is written here as the HTML the writer would make of its
        // links and texts (a link to the work's page, then to the printed page hosted in the
        // site), not as inlines for the writer to walk: every page has a dozen citations.
        var html: [UInt8] = []
        var text = ""
        func appendText(_ piece: String) {
            HTMLEscaping.append(escaping: piece, to: &html)
            text += piece
        }
        if !single { appendText("(") }
        for (index, cite) in known.enumerated() {
            if index > 0 { appendText("; ") }
            let isLink: Bool
            if single {
                isLink = appendLinkStart(to: cite.target, in: &html)
                references.appendCitationHTML(at: targets[cite.target].index, locator: cite.locator, form: form, to: &html)
            } else {
                // Several in one parenthesis: each without its own.
                guard var formatted = references.citationHTML(cite.key, locator: cite.locator, form: form) else { continue }
                if formatted.hasPrefix("("), formatted.hasSuffix(")") {
                    formatted = String(formatted.dropFirst().dropLast())
                }
                isLink = appendLinkStart(to: cite.target, in: &html)
                html.append(contentsOf: formatted.utf8)
            }
            html.append(contentsOf: isLink ? "</a>".utf8 : "</span>".utf8)
            if let locator = cite.locator, targets[cite.target].isHosted,
               let hosted = paths.hostedPage(for: cite.key, locator: locator) {
                appendText(" ")
                let isLink = HTMLWriter.appendLinkStart(
                    destination: PagePath.link(from: page, to: hosted.path), title: "", to: &html)
                html.append(contentsOf: #"<span class="cite-page">"#.utf8)
                appendText("→ \(hosted.label) in this site")
                html.append(contentsOf: isLink ? "</span></a>".utf8 : "</span></span>".utf8)
            }
        }
        if !single { appendText(")") }
        return Cited(id: id, html: html, text: text)
    }

    /// `HTMLWriter.appendLinkStart` of the link to a cited work's page: from the table when
    /// this page is one folder deep in another folder (every article), else made here.
    private func appendLinkStart(to target: Int, in html: inout [UInt8]) -> Bool {
        if let pageFolder, let folder = targets[target].folder, pageFolder != folder {
            html.append(contentsOf: targets[target].linkStartFromSubfolder)
            return targets[target].isLinkFromSubfolder
        }
        return HTMLWriter.appendLinkStart(
            destination: PagePath.link(from: page, to: targets[target].path), title: "", to: &html)
    }

    /// The position of `needle` in the body, searching from the block's first line.
    private func locate(_ needle: String, fromLine line: Int) -> SourceLocation {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in max(0, line - 1)..<lines.count {
            if let range = lines[index].range(of: needle) {
                let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1
                return SourceLocation(file: source.file, line: source.firstLine + index, column: column)
            }
        }
        return SourceLocation(file: source.file, line: source.firstLine + max(0, line - 1))
    }
}
