/// The text of an HTML fragment a reader sees: tags dropped, the entities the writer
/// produces decoded, white space folded (for the search index and snippets).
///
/// Works over the UTF-8 bytes (a loop over Characters was a tenth of a build's CPU time).
/// The output is exactly what the Character loop it replaced produced, for any input;
/// `HTMLTextTests` compares the two. Where the Character view matters (a `<` or `>` that a
/// neighbouring non-ASCII scalar joins into a longer grapheme cluster is not a tag bracket),
/// the byte loop asks the String.
package enum HTMLText {
    package static func plain(_ html: String) -> String {
        String(decoding: plainUTF8(html), as: UTF8.self)
    }

    /// The UTF-8 of `plain(html)`, without making a String of it (which checks the bytes
    /// again): the search index escapes these bytes straight into its JSON.
    package static func plainUTF8(_ html: String) -> [UInt8] {
        var contiguous = html
        return contiguous.withUTF8(plainUTF8)
    }

    /// `plainUTF8` of HTML given as UTF-8 bytes (well-formed, as the writer makes them).
    package static func plainUTF8(_ html: [UInt8]) -> [UInt8] {
        html.withUnsafeBufferPointer(plainUTF8)
    }

    private static func plainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var visible: [UInt8] = []
        visible.reserveCapacity(bytes.count)
        appendVisibleText(of: bytes, to: &visible)
        // No text, no array made with no capacity: that writes the count of Swift's one shared
        // empty array, a data race with every thread reading an empty array (ThreadSanitizer).
        guard !visible.isEmpty else { return [] }
        return visible.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: text.count) { result, count in
                count = decodeAndFold(text, into: result)
            }
        }
    }

    /// Buffers `withPlainUTF8` fills, kept by a caller from one page to the next (the search
    /// index, for every page of a shard): two arrays made and freed per page were a tenth of
    /// the index's cost, and their first use a page fault every few pages.
    package struct Scratch {
        var visible: [UInt8] = []
        var folded: [UInt8] = []

        package init() {}
    }

    /// Calls `body` with the bytes of `plainUTF8(html)`, made in `scratch`.
    package static func withPlainUTF8<Result>(
        of html: [UInt8], scratch: inout Scratch, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        scratch.visible.removeAll(keepingCapacity: true)
        scratch.visible.reserveCapacity(html.count)
        html.withUnsafeBufferPointer { appendVisibleText(of: $0, to: &scratch.visible) }
        // No text: Swift's one shared empty array is not asked for a mutable buffer.
        guard !scratch.visible.isEmpty else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if scratch.folded.count < scratch.visible.count {
            scratch.folded = [UInt8](repeating: 0, count: max(scratch.visible.count, 2 * scratch.folded.count))
        }
        return scratch.visible.withUnsafeBufferPointer { text in
            scratch.folded.withUnsafeMutableBufferPointer { folded in
                body(UnsafeBufferPointer(rebasing: folded[..<decodeAndFold(text, into: folded)]))
            }
        }
    }

    /// Appends the bytes outside tags to `visible`, skipping the content of svg, style and
    /// script elements, and a space for every tag.
    /// The String of the bytes is made only if a bracket next to a non-ASCII scalar needs the
    /// Character view (rare).
    private static func appendVisibleText(of bytes: UnsafeBufferPointer<UInt8>, to visible: inout [UInt8]) {
        var string: String?
        let count = bytes.count
        var inTag = false
        // Chart SVGs (their text is in the page's data table) and styles are not text.
        var inSVG = false
        var inStyle = false
        // The tag name runs from `tagNameStart` to the first white space in the tag.
        var tagNameStart = 0
        var tagNameEnd: Int?

        /// Whether the bracket at `index` is a Character of its own, as the Character loop
        /// saw it: a combining mark after it or a prepended mark before it would join it
        /// into one grapheme cluster, which was not a bracket.
        func isBracketCharacter(at index: Int) -> Bool {
            let asciiBefore = index == 0 || bytes[index - 1] < 0x80
            let asciiAfter = index + 1 == count || bytes[index + 1] < 0x80
            if asciiBefore && asciiAfter { return true }
            // An ASCII bracket joins the scalar before it only if that one is a Prepend (all
            // at U+0600 or above), and the one after it only if that one is an Extend, ZWJ or
            // SpacingMark; the common scalars next to tags (Latin letters, dashes, quotes) are
            // none of these, so the String is not needed for them.
            if asciiBefore || neverPrepends(before: index), asciiAfter || neverJoinsBefore(index + 1) { return true }
            let html = string ?? String(decoding: bytes, as: UTF8.self)
            string = html
            let position = html.utf8.index(html.utf8.startIndex, offsetBy: index)
            return String.Index(position, within: html) != nil
                && String.Index(html.utf8.index(after: position), within: html) != nil
        }

        /// Whether the scalar ending just before `index` is one that is never a Prepend.
        func neverPrepends(before index: Int) -> Bool {
            var start = index - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return isOrdinaryNeighbour(decodeScalar(in: bytes, at: start).value.value)
        }

        /// Whether the scalar at `index` is one that is never an Extend, ZWJ or SpacingMark.
        func neverJoinsBefore(_ index: Int) -> Bool {
            isOrdinaryNeighbour(decodeScalar(in: bytes, at: index).value.value)
        }

        /// `isBracketCharacter` with its common case (ASCII on both sides) tested here, not in
        /// a call for every bracket of every page (11M instructions a build at N = 1,000).
        @inline(__always) func isBracket(at index: Int) -> Bool {
            ((index == 0 || bytes[index - 1] < 0x80) && (index + 1 == count || bytes[index + 1] < 0x80))
                || isBracketCharacter(at: index)
        }

        var index = 0
        while index < count {
            let byte = bytes[index]
            if inTag {
                if byte == UInt8(ascii: ">"), isBracket(at: index) {
                    inTag = false
                    switch TagName(bytes[tagNameStart..<(tagNameEnd ?? index)]) {
                    case .svg: inSVG = true
                    case .svgEnd: inSVG = false
                    case .styleOrScript: inStyle = true
                    case .styleOrScriptEnd: inStyle = false
                    case nil: break
                    }
                    visible.append(UInt8(ascii: " "))
                } else if tagNameEnd == nil {
                    // Character.isWhitespace looks at a Character's first scalar; a white
                    // space scalar that is not first in its cluster follows a non-ASCII
                    // scalar, and a name holding one matches no name below anyway.
                    if byte < 0x80 {
                        if isASCIIWhitespace(byte) { tagNameEnd = index }
                    } else if byte >= 0xC0, decodeScalar(in: bytes, at: index).value.properties.isWhitespace {
                        tagNameEnd = index
                    }
                }
                index += 1
                // Past the tag name only a ">" matters: jump to the next one.
                if inTag, tagNameEnd != nil {
                    index = bytes.firstIndex(of: UInt8(ascii: ">"), in: index..<count) ?? count
                }
            } else if byte == UInt8(ascii: "<"), isBracket(at: index) {
                inTag = true
                tagNameStart = index + 1
                tagNameEnd = nil
                index += 1
            } else {
                // Text up to the next "<" (a bracket or not, it is looked at above).
                let end = bytes.firstIndex(of: UInt8(ascii: "<"), in: (index + 1)..<count) ?? count
                if !inSVG && !inStyle { visible.append(contentsOf: bytes[index..<end]) }
                index = end
            }
        }
    }

    /// The tag names that switch skipping on or off, compared as `lowercased()` did: only an
    /// all-ASCII name can lower-case to one of them.
    private enum TagName {
        case svg, svgEnd, styleOrScript, styleOrScriptEnd

        init?(_ name: Slice<UnsafeBufferPointer<UInt8>>) {
            func named(_ expected: StaticString) -> Bool {
                let lowercase = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
                guard name.count == lowercase.count else { return false }
                for (byte, lower) in zip(name, lowercase) {
                    let folded: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if folded != lower { return false }
                }
                return true
            }
            if named("svg") {
                self = .svg
            } else if named("/svg") {
                self = .svgEnd
            } else if named("style") || named("script") {
                self = .styleOrScript
            } else if named("/style") || named("/script") {
                self = .styleOrScriptEnd
            } else {
                return nil
            }
        }
    }

    /// The entities the writer produces, after their "&".
    private static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("lt;".utf8), UInt8(ascii: "<")), (Array("gt;".utf8), UInt8(ascii: ">")),
        (Array("quot;".utf8), UInt8(ascii: "\"")), (Array("#39;".utf8), UInt8(ascii: "'")),
        (Array("amp;".utf8), UInt8(ascii: "&")),
    ]

    /// Decodes the five entities the writer produces and folds white space (ASCII space, tab,
    /// CR and LF, and every non-ASCII white space scalar; not form feed or vertical tab), in
    /// one pass, into `result`; returns how many bytes it wrote. Every byte written stands
    /// for at least one byte read (a folded space for the white space before it, a character
    /// for its entity), so `text.count` bytes are enough; writing into the result's storage
    /// directly, not appending to an Array, halved the cost.
    private static func decodeAndFold(_ text: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        var pendingSpace = false
        let count = text.count
        var index = 0
        func put(_ byte: UInt8) {
            result[written] = byte
            written += 1
        }
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                || byte == UInt8(ascii: "\r") {
                pendingSpace = written > 0
                index += 1
                continue
            }
            var end = index + 1
            if byte >= 0x80 {
                let (scalar, length) = decodeScalar(in: text, at: index)
                if scalar.properties.isWhitespace {
                    pendingSpace = written > 0
                    index += length
                    continue
                }
                end = index + length
            } else if byte == UInt8(ascii: "&") {
                if let (character, length) = entity(in: text, at: index) {
                    if pendingSpace { put(UInt8(ascii: " ")) }
                    pendingSpace = false
                    put(character)
                    index += length
                    continue
                }
            } else {
                // The rest of a run of plain ASCII goes in one copy, with every single space
                // between two other ASCII characters (it folds to itself).
                let raw = UnsafeRawPointer(text.baseAddress!)
                while end < count {
                    // Eight bytes the loop below would pass over are passed over at once.
                    if end + 9 <= count,
                       isPlainRun(raw.loadUnaligned(fromByteOffset: end, as: UInt64.self),
                                  followedBy: raw.loadUnaligned(fromByteOffset: end + 1, as: UInt64.self)) {
                        end += 8
                        continue
                    }
                    let next = text[end]
                    if next >= 0x80 { break }
                    if next == UInt8(ascii: " ") {
                        guard end + 1 < count, text[end + 1] < 0x80, !isFoldedOrEntityStart(text[end + 1])
                            || text[end + 1] == UInt8(ascii: "&") else { break }
                    } else if isFoldedOrEntityStart(next) {
                        break
                    }
                    end += 1
                }
            }
            if pendingSpace { put(UInt8(ascii: " ")) }
            pendingSpace = false
            let run = UnsafeBufferPointer(rebasing: text[index..<end])
            _ = UnsafeMutableBufferPointer(rebasing: result[written..<(written + run.count)]).initialize(from: run)
            written += run.count
            index = end
        }
        return written
    }

    /// The entity starting with the "&" at `index`: the character it stands for and its length.
    private static func entity(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        let rest = text[(index + 1)...]
        for (name, character) in entities where rest.starts(with: name) {
            return (character, 1 + name.count)
        }
        // The Character code compared the scalars after "&" as a String, and String equality
        // is canonical: GREEK QUESTION MARK (U+037E) equals ";". It read up to six scalars,
        // so a name ended that way matched only at the very end of the text.
        guard rest.count <= 6 else { return nil }
        let greekQuestionMark: [UInt8] = [0xCD, 0xBE]
        for (name, character) in entities where rest.elementsEqual(name.dropLast() + greekQuestionMark) {
            return (character, 1 + rest.count)
        }
        return nil
    }

    /// Whether the byte loop of `decodeAndFold` goes on through all eight bytes of `word`
    /// (`next` holds the bytes one further on): all are ASCII, none is a control character
    /// or "&", and no space is followed by a space, a control character or a non-ASCII
    /// byte. (It may say no where the loop would go on, at a control character other than
    /// tab, LF and CR: the loop then looks at that byte itself.)
    @inline(__always) private static func isPlainRun(_ word: UInt64, followedBy next: UInt64) -> Bool {
        guard word & WordBytes.high == 0,
              WordBytes.below(word, 0x20) | WordBytes.equal(word, UInt8(ascii: "&")) == 0 else { return false }
        // After a space: a space or control character (below 0x21), or a non-ASCII byte.
        let badAfterSpace = WordBytes.below(next, 0x21) | (next & WordBytes.high)
        return WordBytes.equal(word, UInt8(ascii: " ")) & badAfterSpace == 0
    }

    private static func isFoldedOrEntityStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "&")
    }

    /// The ASCII characters `Character.isWhitespace` is true for: tab, LF, VT, FF, CR, space.
    /// `text.trimmingCharacters(in: .whitespaces)`: spaces and tabs trimmed on the bytes, and
    /// Foundation's version only when an end is not ASCII (it may be U+00A0 or the like).
    /// Every heading of every body asks; Foundation's took 1% of a build.
    package static func trimmingWhitespaces(_ text: String) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        while start < end, isTrimmed(utf8[start]) { start = utf8.index(after: start) }
        while start < end, isTrimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        guard start < end else { return "" }
        if utf8[start] >= 0x80 || utf8[utf8.index(before: end)] >= 0x80 {
            return text.trimmingCharacters(in: .whitespaces)
        }
        if start == utf8.startIndex, end == utf8.endIndex { return text }
        return String(text[start..<end])
    }

    /// Where well-formed UTF-8 `bytes` stop being ASCII (`bytes.count` if they never do); nil
    /// when they are not well-formed: ASCII passed over eight bytes at a time, the rest read
    /// scalar by scalar.
    package static func firstNonASCIIOfValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = bytes.firstNonASCII(in: 0..<bytes.count)
        guard first < bytes.count else { return first }
        var iterator = UnsafeBufferPointer(rebasing: bytes[first...]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return first
            case .error: return nil
            }
        }
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        (byte >= 0x09 && byte <= 0x0D) || byte == 0x20
    }

    /// The scalar whose UTF-8 starts at `index` (a lead byte of valid UTF-8) and its length.
    /// Latin-1 and Latin Extended letters and symbols (below the combining marks at U+0300),
    /// general punctuation (dashes, quotes, ellipsis; not ZWNJ, ZWJ or the format
    /// characters), and letter-like symbols, arrows (the footnote back-link's ↩) and
    /// mathematical and technical signs (after the combining marks for symbols): none is a
    /// Prepend, Extend, ZWJ or SpacingMark scalar.
    private static func isOrdinaryNeighbour(_ value: UInt32) -> Bool {
        (0x80..<0x300).contains(value) || (0x2010..<0x2028).contains(value) || (0x2030..<0x205F).contains(value)
            || (0x2100..<0x2400).contains(value)
    }

    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
