import CCmarkGFM
import Foundation

/// Copies a cmark node tree into Swift values. Only `MarkdownParser` uses it, under its lock.
final class TreeConverter {
    let keepHTML: Bool
    /// Nesting deeper than this (block quotes, lists, emphasis, links) is flattened to its
    /// text: a few kilobytes of `*` or `>` nest thousands deep, and converting or rendering
    /// that recursively would overflow the stack.
    static let maxDepth = 64
    private var depth = 0
    /// Whether some part of the document was flattened.
    private(set) var exceededDepth = false
    /// The source: cmark 0.29 forgets footnote labels (a reference's literal is its index, a
    /// definition's is empty), so the label is read back from the definition's line.
    private let text: String
    /// The last line found by `line(_:)` and where it starts.
    private let lineCursor = Box<(Int, Int)?>(nil)
    private var footnoteLabels: [String] = []
    /// Byte strings to look for in the text made (`MarkdownParser.parse(_:noticing:)`), and
    /// whether one was found.
    private let needles: [StaticString]
    private(set) var noticed = false

    init(keepHTML: Bool, text: String, noticing needles: [StaticString] = []) {
        self.keepHTML = keepHTML
        self.text = text
        self.needles = needles
    }

    /// Notes whether `bytes`, text the document will hold, contains a needle.
    func notice(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !noticed else { return }
        noticed = needles.contains { bytes.contains($0) }
    }

    func document(from root: OpaquePointer) -> MarkdownDocument {
        let (footnotes, blockNodes) = footnotesAndBlocks(of: root)
        return MarkdownDocument(blocks: blockNodes.compactMap { block($0) }, footnotes: footnotes)
    }

    /// The document's footnote definitions, converted, and its other top-level nodes.
    func footnotesAndBlocks(of root: OpaquePointer) -> (footnotes: [MarkdownFootnote], blocks: [OpaquePointer]) {
        var footnotes: [MarkdownFootnote] = []
        var blockNodes: [OpaquePointer] = []
        // Definitions come last, ordered by first reference; read their labels first so that
        // references (numbered 1, 2, ... in that order) can be given their written label.
        for child in children(of: root) {
            if cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION {
                let label = definitionLabel(child) ?? String(footnotes.count + 1)
                footnoteLabels.append(label)
                footnotes.append(MarkdownFootnote(label: label, blocks: []))
            } else {
                blockNodes.append(child)
            }
        }
        var index = 0
        for child in children(of: root)
        where cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION {
            footnotes[index].blocks = blockList(children(of: child))
            index += 1
        }
        return (footnotes, blockNodes)
    }

    private func definitionLabel(_ node: OpaquePointer) -> String? {
        guard let line = line(Int(cmark_node_get_start_line(node))) else { return nil }
        // An ASCII line (nearly every one) is searched on its bytes, where a Character is a
        // byte, where they are, the pairs found with memchr: Foundation's search bridged every
        // footnote line to NSString, and a copy walked byte by byte was 0.4% of a build (a
        // footnote's whole text is on its line).
        let onBytes: String?? = line.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.firstNonASCII(in: 0..<bytes.count) == bytes.count else { return .none }
            /// The first `first` followed by `second` at or after `start`.
            func pair(_ first: UInt8, _ second: UInt8, from start: Int) -> Int? {
                var search = start
                while search < bytes.count - 1, let found = bytes.firstIndex(of: first, in: search..<(bytes.count - 1)) {
                    if bytes[found + 1] == second { return found }
                    search = found + 1
                }
                return nil
            }
            guard let open = pair(UInt8(ascii: "["), UInt8(ascii: "^"), from: 0),
                  let close = pair(UInt8(ascii: "]"), UInt8(ascii: ":"), from: open + 2)
            else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 2)..<close]), as: UTF8.self))
        } ?? .none
        if let label = onBytes { return label }
        // Other lines (not ASCII, or a String without contiguous bytes) on Characters.
        guard let open = line.range(of: "[^"),
              let close = line[open.upperBound...].range(of: "]:")
        else { return nil }
        return String(line[open.upperBound..<close.lowerBound])
    }

    /// The 1-based line `number` of the text. Definitions come in the order of their
    /// lines, so each search starts where the last one ended (`lineCursor`). Newlines are
    /// found with memchr: stepping through String.UTF8View was 2% of a large build.
    private func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        let found: (start: Int, end: Int)?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return number == 1 ? (0, 0) : nil }
            func newline(from offset: Int) -> Int? {
                guard offset < bytes.count,
                      let hit = memchr(base + offset, 0x0A, bytes.count - offset) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            var (current, start) = lineCursor.value ?? (1, 0)
            if number < current { (current, start) = (1, 0) }
            while current < number {
                guard let newline = newline(from: start) else { return nil }
                start = newline + 1
                current += 1
            }
            lineCursor.value = (current, start)
            return (start, newline(from: start) ?? bytes.count)
        }
        guard let found else { return slowLine(number) }
        guard let (start, end) = found else { return nil }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// `line(_:)` for text without contiguous UTF-8 (a bridged string), from the start.
    private func slowLine(_ number: Int) -> Substring? {
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<number {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return nil }
            start = utf8.index(after: newline)
        }
        let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
        return text[start..<end]
    }

    private func referenceLabel(_ node: OpaquePointer) -> String {
        let number = literal(node)
        if let index = Int(number), footnoteLabels.indices.contains(index - 1) {
            return footnoteLabels[index - 1]
        }
        return number
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private func blockList(_ nodes: [OpaquePointer]) -> [MarkdownBlock] {
        nodes.compactMap { block($0) }
    }

    /// Runs `body` one level deeper, or returns nil past the depth budget (and notes that
    /// the document was flattened). `HTMLWriter`'s walk over cmark's nodes counts its nesting
    /// here too.
    func nested<T>(_ body: () -> T) -> T? {
        guard depth < Self.maxDepth else {
            exceededDepth = true
            return nil
        }
        depth += 1
        defer { depth -= 1 }
        return body()
    }

    /// All the text below a node, gathered with cmark's iterator (no recursion).
    private func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator),
                  cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += literal(current)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_PARAGRAPH {
                text += " "
            }
        }
        text.withUTF8 { notice($0) }
        return text
    }

    func block(_ node: OpaquePointer) -> MarkdownBlock? {
        let line = Int(cmark_node_get_start_line(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node), line: line)
        case CMARK_NODE_HEADING:
            return .heading(
                level: Int(cmark_node_get_heading_level(node)), inlines(of: node), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            return nested { .blockQuote(blockList(children(of: node))) }
                ?? .paragraph([.text(flattenedText(node))], line: line)
        case CMARK_NODE_LIST:
            guard let items = nested({ children(of: node).map { blockList(children(of: $0)) } }) else {
                return .paragraph([.text(flattenedText(node))], line: line)
            }
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .codeBlock(info: info, code: literal(node), line: line)
        case CMARK_NODE_HTML_BLOCK:
            return keepHTML ? .html(literal(node)) : nil
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        default:
            return typeName(node) == "table" ? table(node) : nil
        }
    }

    private func table(_ node: OpaquePointer) -> MarkdownBlock {
        let (alignments, header, rows) = tableParts(node)
        return .table(
            alignments: alignments, header: header.map { inlines(of: $0) }, rows: rows.map { $0.map { inlines(of: $0) } })
    }

    /// A table node's column alignments, and the cell nodes of its header row and of its other
    /// rows (`HTMLWriter` writes a body's top-level tables from these).
    func tableParts(_ node: OpaquePointer)
        -> (alignments: [TableAlignment], header: [OpaquePointer], rows: [[OpaquePointer]]) {
        let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableAlignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columnCount {
                switch raw[index] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [OpaquePointer] = []
        var rows: [[OpaquePointer]] = []
        for row in children(of: node) {
            let cells = children(of: row)
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return (alignments, header, rows)
    }

    private func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        // cmark splits text at brackets and other specials; joining keeps later scans
        // (citations, page markers) simple. A run of text nodes is gathered as bytes and made
        // into one String (joining Strings pairwise copied the run once per piece), and the
        // children are walked in place rather than listed first.
        var run: [UInt8] = []
        var inRun = false
        func flush() {
            if inRun {
                run.withUnsafeBufferPointer { notice($0) }
                result.append(.text(String(decoding: run, as: UTF8.self)))
            }
            run.removeAll(keepingCapacity: true)
            inRun = false
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            child = cmark_node_next(current)
            if cmark_node_get_type(current) == CMARK_NODE_TEXT {
                Self.appendLiteral(of: current, to: &run)
                inRun = true
                continue
            }
            guard let inline = inline(current) else { continue }
            if case .text(let text) = inline {
                run.append(contentsOf: text.utf8)
                inRun = true
            } else {
                flush()
                result.append(inline)
            }
        }
        flush()
        return result
    }

    /// Appends the bytes of a text node's literal to a run of text being gathered.
    static func appendLiteral(of node: OpaquePointer, to run: inout [UInt8]) {
        guard let literal = cmark_node_get_literal(node) else { return }
        run.append(contentsOf: UnsafeBufferPointer(
            start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
    }

    func inline(_ node: OpaquePointer) -> MarkdownInline? {
        // Text nodes never come here: `inlines(of:)` gathers each run of them into one text.
        switch cmark_node_get_type(node) {
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_EMPH:
            return nested { .emphasis(inlines(of: node)) } ?? .text(flattenedText(node))
        case CMARK_NODE_STRONG:
            return nested { .strong(inlines(of: node)) } ?? .text(flattenedText(node))
        case CMARK_NODE_LINK:
            guard let children = nested({ inlines(of: node) }) else { return .text(flattenedText(node)) }
            return .link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                children)
        case CMARK_NODE_IMAGE:
            return .image(
                source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                alt: inlines(of: node))
        case CMARK_NODE_HTML_INLINE:
            return keepHTML ? .html(literal(node)) : nil
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return .footnoteReference(label: referenceLabel(node))
        default:
            guard typeName(node) == "strikethrough" else { return nil }
            return nested { .strikethrough(inlines(of: node)) } ?? .text(flattenedText(node))
        }
    }
}

/// A mutable value inside a struct whose methods are not mutating.
private final class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
