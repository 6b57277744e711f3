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
    package static func parse(
        _ text: String, allowRawHTML: Bool = false, noticing needles: [StaticString], inArena: Bool = arenaEnabled
    ) -> (document: MarkdownDocument, noticed: Bool) {
        withParser(options: options(unsafe: allowRawHTML), text: text, inArena: inArena) { root, _ in
            let converter = TreeConverter(keepHTML: allowRawHTML, text: text, noticing: needles)
            var document = converter.document(from: root)
            document.flattenedDeepNesting = converter.exceededDepth
            return (document, converter.noticed)
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
        options: Int32, text: String, inArena: Bool = false, _ body: (OpaquePointer, OpaquePointer) -> T
    ) -> T {
        if parsesConcurrently { return parseUnlocked(options: options, text: text, inArena: inArena, body) }
        lock.lock()
        defer { lock.unlock() }
        return parseUnlocked(options: options, text: text, inArena: inArena, body)
    }

    private static func parseUnlocked<T>(
        options: Int32, text: String, inArena: Bool = false, _ body: (OpaquePointer, OpaquePointer) -> T
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
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
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
}
