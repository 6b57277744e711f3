import Foundation
import Testing
import TestSupport
@testable import Planner

/// The CSL-JSON writer against `JSONSerialization` with the options it stands for.
@Suite struct PrettyJSONTests {
    static func foundation(_ value: PrettyJSON) -> Any {
        switch value {
        case .string(let text): text
        case .int(let number): number
        case .array(let items): items.map(foundation)
        case .object(let fields): fields.mapValues(foundation)
        }
    }

    static func serialized(_ value: PrettyJSON) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: foundation(value), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func randomDocumentsAreWrittenAsJSONSerializationWritesThem() throws {
        // Keys whose order depends on case, digits (numeric order), dashes and accents.
        let keys = ["id", "type", "URL", "url", "DOI", "date-parts", "container-title", "a9", "a10", "A2",
                    "publisher", "publisher-place", "_x", "Z", "é", "e", "f", "given", "family"]
        let pieces = ["a", "Korea", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}",
                      "\u{7F}", "é", "e\u{301}", "—", "漢", "😀", "</script>", "&amp;", "1984"]
        var random = SplitMix64(seed: 0xC5_1750)
        func value(_ depth: Int) -> PrettyJSON {
            switch depth > 2 ? random.next() % 2 : random.next() % 4 {
            case 0: return .string(random.text(from: pieces, maxPieces: 6))
            case 1: return .int(Int(truncatingIfNeeded: random.next() % 5_000) - 2_000)
            case 2: return .array((0..<Int(random.next() % 4)).map { _ in value(depth + 1) })
            default:
                var fields: [String: PrettyJSON] = [:]
                for _ in 0..<Int(random.next() % 6) { fields[keys[Int(random.next() % UInt64(keys.count))]] = value(depth + 1) }
                return .object(fields)
            }
        }
        for _ in 0..<500 {
            let document = PrettyJSON.array((0..<Int(random.next() % 4)).map { _ in value(0) })
            #expect(document.text == (try Self.serialized(document)))
        }
        #expect(PrettyJSON.array([]).text == (try Self.serialized(.array([]))))
    }
}
