import Foundation

/// A JSON value written exactly as `JSONSerialization` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `"key" : value`, keys in
/// Foundation's order), for the CSL-JSON export. Why: `JSONSerialization` took 11 ms for
/// 200 works, most of it comparing keys with the system locale for every object; this
/// sorts the few distinct keys of a document once. `PrettyJSONTests` compare the bytes
/// with `JSONSerialization`'s on random documents.
enum PrettyJSON: Equatable {
    case string(String)
    case int(Int)
    case array([PrettyJSON])
    case object([String: PrettyJSON])

    /// The document's text, without a final newline (as `JSONSerialization`).
    var text: String {
        var keys = Set<String>()
        collectKeys(into: &keys)
        // Foundation's order for sorted keys: numeric, case-insensitive, forced, in the
        // system locale.
        let ordered = keys.sorted { a, b in
            a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering],
                      range: a.startIndex..<a.endIndex, locale: NSLocale.system) == .orderedAscending
        }
        let rank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        var output: [UInt8] = []
        write(into: &output, indent: 0, rank: rank)
        return String(decoding: output, as: UTF8.self)
    }

    private func collectKeys(into keys: inout Set<String>) {
        switch self {
        case .string, .int: break
        case .array(let items): for item in items { item.collectKeys(into: &keys) }
        case .object(let fields):
            for (key, value) in fields {
                keys.insert(key)
                value.collectKeys(into: &keys)
            }
        }
    }

    private func write(into output: inout [UInt8], indent: Int, rank: [String: Int]) {
        func newline(_ level: Int) {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
        switch self {
        case .string(let text):
            Self.appendQuoted(text, to: &output)
        case .int(let number):
            output.append(contentsOf: String(number).utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            output.append(UInt8(ascii: "\n"))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(contentsOf: ",\n".utf8) }
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1)))
                item.write(into: &output, indent: indent + 1, rank: rank)
            }
            newline(indent)
            output.append(UInt8(ascii: "]"))
        case .object(let fields):
            output.append(UInt8(ascii: "{"))
            output.append(UInt8(ascii: "\n"))
            let keys = fields.keys.sorted { rank[$0, default: 0] < rank[$1, default: 0] }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(contentsOf: ",\n".utf8) }
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1)))
                Self.appendQuoted(key, to: &output)
                output.append(contentsOf: " : ".utf8)
                fields[key]!.write(into: &output, indent: indent + 1, rank: rank)
            }
            newline(indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A string as `JSONSerialization` quotes it: `"` and `\` escaped, the short escapes for
    /// backspace, form feed, LF, CR and tab, `\u00xx` (lower-case hex) for the other control
    /// characters, everything else (slashes, non-ASCII) as it is.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
