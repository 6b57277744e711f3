import Diagnostics

/// Reads the YAML that front matter almost always is (a mapping of `key: value` lines whose
/// values are one-line plain or quoted text, `[a, "b, c"]` lists, or `- item` lists) without
/// Yams, and returns nil for anything else, which `YAMLReader` then gives to Yams.
///
/// Why: Yams builds libyaml's events, a tree of nodes and then our values for each of the
/// 1,200 files of a 1,000-article corpus, 3–6% of a build's CPU. This reader makes the values
/// in one pass over the bytes. It accepts only what it is sure Yams reads the same way
/// (values, locations to the column); `SimpleYAMLTests` compares the two on seeded random
/// front matter and on every file of the default corpus. Anything unusual (tabs, comments
/// after values, escapes other than `\"` and `\\`, flow mappings, multi-line values,
/// duplicate keys, characters YAML does not allow) is left to Yams, which also gives the
/// error messages.
package enum SimpleYAML {
    package static func read(_ text: String, file: String, firstLine: Int) -> YAMLValue? {
        guard text.unicodeScalars.allSatisfy(isReadAlike) else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, file: file, firstLine: firstLine)
            return reader.mapping()
        }
    }

    /// A scalar YAML allows and reads the same way everywhere: printable, not a tab or
    /// carriage return, not a byte-order mark, and none of the line breaks libyaml counts that
    /// editors do not (U+0085, U+2028, U+2029).
    private static func isReadAlike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20..<0x7F: true
        case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: false
        case 0xA0...: true
        default: false
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let firstLine: Int
        /// Start of the current line and its number (1-based, in the text).
        var lineStart = 0
        var line = 1

        init(bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) {
            self.bytes = bytes
            self.file = file
            self.firstLine = firstLine
        }

        /// The end of the line starting at `lineStart` (its "\n" or the end of the text).
        func lineEnd() -> Int {
            var index = lineStart
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return index
        }

        mutating func nextLine(after end: Int) {
            lineStart = end + 1
            line += 1
        }

        /// Where byte `index` of the current line is, as Yams gives it: columns count Unicode
        /// scalars from 1.
        func location(_ index: Int) -> SourceLocation {
            var column = 1
            for position in lineStart..<index where bytes[position] & 0xC0 != 0x80 { column += 1 }
            return SourceLocation(file: file, line: firstLine + line - 1, column: column)
        }

        mutating func mapping() -> YAMLValue? {
            var entries: [YAMLEntry] = []
            var keys: Set<String> = []
            var start: SourceLocation?
            while lineStart < bytes.count {
                let end = lineEnd()
                if lineStart == end || bytes[lineStart] == UInt8(ascii: "#") {
                    // Blank lines and whole-line comments between entries.
                    nextLine(after: end)
                    continue
                }
                guard let colon = keyColon(end: end) else { return nil }
                let keyText = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<colon]), as: UTF8.self)
                guard keys.insert(keyText).inserted else { return nil }
                let keyLocation = location(lineStart)
                if start == nil { start = keyLocation }
                var valueStart = colon + 1
                while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                let value: YAMLValue
                if valueStart == end {
                    nextLine(after: end)
                    guard let list = blockSequence() else { return nil }
                    value = list
                } else {
                    guard let scalarOrList = inlineValue(valueStart, end: end) else { return nil }
                    value = scalarOrList
                    nextLine(after: end)
                }
                entries.append(YAMLEntry(key: keyText, keyLocation: keyLocation, value: value))
            }
            guard let start else { return nil }
            return .mapping(entries, start)
        }

        /// The ":" after a key at the start of the line: letters, digits, "_" and "-", starting
        /// with a letter or "_", then ":" and a space or the end of the line.
        func keyColon(end: Int) -> Int? {
            var index = lineStart
            guard isKeyStart(bytes[index]) else { return nil }
            index += 1
            while index < end, isKeyByte(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: ":"),
                  index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") else { return nil }
            return index
        }

        /// A value on the key's line: a quoted or plain scalar or a flow list, with nothing
        /// after it but spaces.
        func inlineValue(_ start: Int, end: Int) -> YAMLValue? {
            switch bytes[start] {
            case UInt8(ascii: "["):
                return flowSequence(start, end: end)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let (text, after) = quoted(start, end: end), onlySpaces(after, end) else { return nil }
                return .scalar(text, location(start))
            default:
                guard let text = plain(start, end: end, inFlow: false) else { return nil }
                return .scalar(text, location(start))
            }
        }

        /// `- item` lines, all at one indentation, each item a quoted or plain scalar.
        mutating func blockSequence() -> YAMLValue? {
            var items: [YAMLValue] = []
            var indentation: Int?
            var start: SourceLocation?
            while lineStart < bytes.count {
                let end = lineEnd()
                var dash = lineStart
                while dash < end, bytes[dash] == UInt8(ascii: " ") { dash += 1 }
                guard dash < end, bytes[dash] == UInt8(ascii: "-") else {
                    // The list ends at the next key at the start of a line.
                    if dash == lineStart, dash < end, isKeyStart(bytes[dash]) { break }
                    return nil
                }
                guard indentation == nil || indentation == dash - lineStart,
                      dash + 2 < end, bytes[dash + 1] == UInt8(ascii: " "), bytes[dash + 2] != UInt8(ascii: " ")
                else { return nil }
                indentation = dash - lineStart
                if start == nil { start = location(dash) }
                let itemStart = dash + 2
                let item: YAMLValue
                switch bytes[itemStart] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    guard let (text, after) = quoted(itemStart, end: end), onlySpaces(after, end) else { return nil }
                    item = .scalar(text, location(itemStart))
                default:
                    guard let text = plain(itemStart, end: end, inFlow: false) else { return nil }
                    item = .scalar(text, location(itemStart))
                }
                items.append(item)
                nextLine(after: end)
            }
            guard let start else { return nil }
            return .sequence(items, start)
        }

        /// `[a, "b, c", 'd']` on one line: quoted or plain items separated by commas.
        func flowSequence(_ open: Int, end: Int) -> YAMLValue? {
            var items: [YAMLValue] = []
            var index = skipSpaces(open + 1, end)
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: "]") {
                guard onlySpaces(index + 1, end) else { return nil }
                return .sequence([], location(open))
            }
            while true {
                guard index < end else { return nil }
                let itemStart = index
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    guard let (text, after) = quoted(index, end: end) else { return nil }
                    items.append(.scalar(text, location(itemStart)))
                    index = skipSpaces(after, end)
                default:
                    var itemEnd = index
                    while itemEnd < end, bytes[itemEnd] != UInt8(ascii: ","), bytes[itemEnd] != UInt8(ascii: "]") {
                        itemEnd += 1
                    }
                    guard let text = plain(index, end: itemEnd, inFlow: true) else { return nil }
                    items.append(.scalar(text, location(itemStart)))
                    index = itemEnd
                }
                guard index < end else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    guard onlySpaces(index + 1, end) else { return nil }
                    return .sequence(items, location(open))
                }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                // "a, b" only: a comma must be followed by a space and an item.
                guard index + 1 < end, bytes[index + 1] == UInt8(ascii: " ") else { return nil }
                index = skipSpaces(index + 1, end)
                guard index < end, bytes[index] != UInt8(ascii: "]"), bytes[index] != UInt8(ascii: ",") else { return nil }
            }
        }

        /// A plain scalar from `start` to `end` (trailing spaces dropped), if YAML reads it as
        /// that text: it starts with no indicator, has no ": " or " #" in it and does not end
        /// with ":"; in a flow list also no ":", "#", quotes or brackets at all.
        func plain(_ start: Int, end: Int, inFlow: Bool) -> String? {
            var last = end
            while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
            guard last > start, !isIndicator(bytes[start]) else { return nil }
            for index in start..<last {
                switch bytes[index] {
                case UInt8(ascii: ":"):
                    if inFlow || index + 1 == last || bytes[index + 1] == UInt8(ascii: " ") { return nil }
                case UInt8(ascii: "#"):
                    if inFlow || bytes[index - 1] == UInt8(ascii: " ") { return nil }
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","):
                    if inFlow { return nil }
                default:
                    break
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
        }

        /// A quoted scalar starting at `start` on one line: single quotes with `''` for a quote,
        /// or double quotes with `\"` and `\\` the only escapes. Returns the text and the index
        /// after the closing quote.
        func quoted(_ start: Int, end: Int) -> (String, after: Int)? {
            let quote = bytes[start]
            var text: [UInt8] = []
            var index = start + 1
            while index < end {
                let byte = bytes[index]
                if byte == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                        text.append(quote)
                        index += 2
                        continue
                    }
                    return (String(decoding: text, as: UTF8.self), index + 1)
                }
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\")
                    else { return nil }
                    text.append(bytes[index + 1])
                    index += 2
                    continue
                }
                text.append(byte)
                index += 1
            }
            return nil
        }

        func skipSpaces(_ start: Int, _ end: Int) -> Int {
            var index = start
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            return index
        }

        func onlySpaces(_ start: Int, _ end: Int) -> Bool { skipSpaces(start, end) == end }

        func isKeyStart(_ byte: UInt8) -> Bool {
            (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
        }

        func isKeyByte(_ byte: UInt8) -> Bool {
            isKeyStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }

        /// Characters that start something other than a plain scalar (or may), and a space.
        func isIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
                 UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                 UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
                true
            default:
                false
            }
        }
    }
}
