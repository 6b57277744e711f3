import CCmarkArena
import CCmarkConcurrency
import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm. This file is the only place that touches the C library:
/// every node is copied into `MarkdownDocument` values and freed before returning.
///
/// cmark-gfm 0.29 is not thread-safe as shipped: parsers share a global table of special
/// characters that each parse sets and clears, and concurrent parses silently lose
/// strikethrough and autolinks. `CCmarkConcurrency` replaces the function that clears it, so
/// after one parse alone every later parse may run in parallel. If that replacement does not
/// take effect with the installed library, every call takes one process-wide lock instead.
package enum MarkdownParser {
    package enum AutolinkMode: Sendable {
        /// Only to a text that `mayAutolink` says could have an autolink: what builds do.
        case whereItMayLink
        case always
        /// For tests: which texts the extension links at all.
        case never
    }

    private static let lock = NSLock()
    /// Whether parses may run at once; decided by a first parse made alone under the lock.
    package static let parsesConcurrently: Bool = {
        lock.lock()
        defer { lock.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        _ = parseUnlocked(options: options(unsafe: false), text: "~~a~~ www.example.com") { _, _ in 0 }
        return studysite_cmark_concurrent_parsing_ready() != 0
    }()

    /// Parses corpus Markdown (untrusted): raw HTML is dropped unless `allowRawHTML`.
    package static func parse(_ text: String, allowRawHTML: Bool = false) -> MarkdownDocument {
        parse(text, allowRawHTML: allowRawHTML, noticing: []).document
    }

    /// `parse`, and whether any text of the document (a run of text, flattened text) holds
    /// one of `needles`: when none does, nothing needs to walk the tree to look for them.
    /// `inArena: false` parses with malloc and free, as tests compare; so do builds with
    /// AddressSanitizer, which checks memory allocation by allocation.
    /// `autolink`: when to attach cmark-gfm's autolink extension (tests compare the three).
    package static func parse(
        _ text: String, allowRawHTML: Bool = false, noticing needles: [StaticString], inArena: Bool = arenaEnabled,
        autolink mode: AutolinkMode = .whereItMayLink
    ) -> (document: MarkdownDocument, noticed: Bool) {
        let autolink = switch mode {
        case .always: true
        case .never: false
        case .whereItMayLink: mayAutolink(text)
        }
        return withParser(options: options(unsafe: allowRawHTML), text: text, inArena: inArena, autolink: autolink) { root, _ in
            let converter = TreeConverter(keepHTML: allowRawHTML, text: text, noticing: needles)
            var document = converter.document(from: root)
            document.flattenedDeepNesting = converter.exceededDepth
            return (document, converter.noticed)
        }
    }

    /// Parses corpus Markdown and writes it as HTML in one walk over cmark's nodes, linking its
    /// text with `linkingText` and passing each top-level block through `topLevelBlock`: what
    /// `HTMLWriter.render(parse(text, …), linkingText:)` writes with the blocks so passed, or
    /// nil where that needs the tree (`HTMLWriter.render(cmark:…)`).
    package static func render(
        _ text: String, allowRawHTML: Bool = false, noticing needles: [StaticString], inArena: Bool = arenaEnabled,
        linkingText: HTMLWriter.TextHook?, writingText: HTMLWriter.TextWriter? = nil,
        topLevelBlock: (MarkdownBlock) -> MarkdownBlock = { $0 }
    ) -> RenderedMarkdown? {
        withParser(options: options(unsafe: allowRawHTML), text: text, inArena: inArena, autolink: mayAutolink(text)) { root, _ in
            let converter = TreeConverter(keepHTML: allowRawHTML, text: text, noticing: needles)
            return HTMLWriter.render(
                cmark: root, converter: converter, linkingText: linkingText, writingText: writingText,
                capacity: HTMLWriter.bodyCapacity(markdownBytes: text.utf8.count), topLevelBlock: topLevelBlock)
        }
    }

    /// Renders trusted Markdown (a site author's template) straight to HTML with cmark's own
    /// renderer, raw HTML kept.
    package static func renderTrustedHTML(_ text: String) -> String {
        let options = options(unsafe: true)
        return withParser(options: options, text: text) { root, parser in
            guard let html = cmark_render_html(
                root, options, cmark_parser_get_syntax_extensions(parser))
            else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private static let arenaEnabled = studysite_cmark_arena_enabled() != 0

    private static func options(unsafe: Bool) -> Int32 {
        // No CMARK_OPT_VALIDATE_UTF8: the text is a Swift String, always well-formed UTF-8,
        // and cmark replaces NUL bytes as it reads lines whatever the options; checking
        // every line again cost about 2 ms per 1,000 articles.
        var options = CMARK_OPT_FOOTNOTES
        if unsafe { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// `inArena`: cmark allocates from this thread's arena (`CCmarkArena`), which is reset
    /// once `body` has returned, instead of with malloc and free piece by piece (the
    /// allocator's share of parsing; docs/performance.md). Only for a tree that `body`
    /// copies out whole: nothing cmark made may outlive it.
    private static func withParser<T>(
        options: Int32, text: String, inArena: Bool = false, autolink: Bool = true,
        _ body: (OpaquePointer, OpaquePointer) -> T
    ) -> T {
        if parsesConcurrently {
            return parseUnlocked(options: options, text: text, inArena: inArena, autolink: autolink, body)
        }
        lock.lock()
        defer { lock.unlock() }
        return parseUnlocked(options: options, text: text, inArena: inArena, autolink: autolink, body)
    }

    /// `autolink: false` leaves the autolink extension off; see `mayAutolink`. The first
    /// parse (`parsesConcurrently`) always attaches it, so the process-wide table of special
    /// characters that `CCmarkConcurrency` keeps holds its `:` and `w` for every later parse,
    /// with or without it (without it, those characters only split text nodes, which
    /// `TreeConverter` joins again).
    private static func parseUnlocked<T>(
        options: Int32, text: String, inArena: Bool = false, autolink: Bool = true,
        _ body: (OpaquePointer, OpaquePointer) -> T
    ) -> T {
        guard let parser = inArena
            ? cmark_parser_new_with_mem(options, studysite_cmark_arena())
            : cmark_parser_new(options)
        else {
            preconditionFailure("cmark_parser_new failed: out of memory")
        }
        // In the arena, freeing the parser and the tree piece by piece is replaced by the
        // reset, which takes back all of their memory at once.
        defer { if inArena { studysite_cmark_arena_reset() } else { cmark_parser_free(parser) } }
        for name in autolink ? ["table", "strikethrough", "autolink", "tagfilter"] : ["table", "strikethrough", "tagfilter"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        // The String's own UTF-8 (cmark copies what it keeps), not a copy of every body.
        var contiguous = text
        contiguous.withUTF8 { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            preconditionFailure("cmark_parser_finish failed: out of memory")
        }
        defer { if !inArena { cmark_node_free(root) } }
        return body(root, parser)
    }

    /// Whether cmark-gfm's autolink extension could find a link in `text`. Most bodies have
    /// none, and the extension is costly when attached: it is called at every `w` and `:` of
    /// the text, and afterwards joins all text nodes and copies each one while looking for
    /// e-mail addresses (about a third of cmark's parse of the benchmark corpus). It links
    /// (cmark-gfm 0.29, `extensions/autolink.c`):
    /// - `www.` at a `w` of the source, and a scheme before `://` at a `:` of the source;
    /// - an e-mail address in a text node: an `@` with a letter, digit or one of `.+-_` (or
    ///   `mailto:`/`xmpp:`) before it in the same text. In the source, that character may
    ///   also come from an escape (`\@`) or an entity (`…;@`), and the `@` itself from an
    ///   entity (`&#64;`, `&commat;`).
    /// So it says yes for `www.`, `://`, an `@` after one of those characters or `\` or `;`,
    /// and any `&#` or `&commat;`; it may say yes for a text without a link, never no for
    /// one with a link (`MarkdownParserTests` compares parses with and without it).
    package static func mayAutolink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // One memchr pass for each byte (each rare in prose but "."), faster than one
            // pass asking every byte about all four.
            func any(_ byte: UInt8, where holds: (Int) -> Bool) -> Bool {
                var next = bytes.firstIndex(of: byte, in: 0..<bytes.count)
                while let index = next {
                    if holds(index) { return true }
                    next = bytes.firstIndex(of: byte, in: (index + 1)..<bytes.count)
                }
                return false
            }
            return any(UInt8(ascii: "@")) { $0 > 0 && mayPrecedeAt(bytes[$0 - 1]) }
                || any(UInt8(ascii: ":")) { follows(bytes, $0 + 1, "//") }
                || any(UInt8(ascii: "&")) { follows(bytes, $0 + 1, "#") || follows(bytes, $0 + 1, "commat;") }
                || any(UInt8(ascii: ".")) { $0 >= 3 && follows(bytes, $0 - 3, "www") }
        }
    }

    private static func follows(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[start + offset] != needle.utf8Start[offset] { return false }
        return true
    }

    private static func mayPrecedeAt(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }
}
