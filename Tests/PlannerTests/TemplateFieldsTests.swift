import Testing
import TestSupport
@testable import Planner

/// `TemplateFields` answers as the Dictionary it replaced: the same values for the same keys
/// after the same sets and removals, equality and hashing that ignore order.
@Suite struct TemplateFieldsTests {
    @Test func answersAsADictionary() {
        var random = SplitMix64(seed: 0x7E_F1E1D5)
        // Short and long keys, and keys that differ in one byte or only in length.
        let keys = ["a", "b", "ab", "ba", "title", "titles", "page_title", "has_toc", "toc", "é",
                    "e\u{301}", "K", "\u{212A}", ";", "\u{37E}", "a_very_long_key_name_past_fifteen_bytes", "a_very_long_key_name_past_fifteen_bytez", ""]
        for _ in 0..<2_000 {
            var fields = TemplateFields()
            var dictionary: [String: TemplateValue] = [:]
            for _ in 0..<Int(random.next() % 20) {
                let key = keys[Int(random.next() % UInt64(keys.count))]
                let value: TemplateValue? = random.next() % 4 == 0 ? nil : .text(String(random.next() % 5))
                fields[key] = value
                dictionary[key] = value
            }
            #expect(fields.count == dictionary.count)
            for key in keys {
                #expect(fields[key] == dictionary[key], "\(key)")
                #expect(fields.value(forKey: key, hash: TemplateFields.hash(key)) == dictionary[key])
            }
            #expect(Set(fields.orderedKeys) == Set(dictionary.keys))
            #expect(Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) }) == dictionary)
        }
    }

    @Test func equalityAndHashingIgnoreOrder() {
        let one: TemplateFields = ["a": .text("1"), "b": .flag(true), "c": .list([.object(["x": .text("y")])])]
        let other: TemplateFields = ["c": .list([.object(["x": .text("y")])]), "a": .text("1"), "b": .flag(true)]
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(Set([TemplateValue.object(one), .object(other)]).count == 1)
        var changed = other
        changed["b"] = .flag(false)
        #expect(one != changed)
        changed["b"] = nil
        #expect(changed.count == 2)
        #expect(one != changed)
        // Keys keep the order they were given in.
        #expect(other.orderedKeys == ["c", "a", "b"])
    }

    /// A page's fields take the layout's they have not got; their own values stay.
    @Test func addMissingKeepsExistingValues() {
        var page: TemplateFields = ["title": .text("Page"), "body": .html("<p>")]
        page.addMissing(from: ["title": .text("Layout"), "nav": .list([]), "e\u{301}": .flag(true)])
        page.addMissing(from: ["\u{E9}": .flag(false)])
        #expect(page.orderedKeys == ["title", "body", "nav", "e\u{301}"])
        #expect(page["title"] == .text("Page"))
        #expect(page["\u{E9}"] == .flag(true))
    }

    /// A static constant, as shapes are (a shape's keys are never freed).
    static let shape = TemplateFields.Shape("page_title", "href", "e\u{301}")

    /// An object made from a shape is the object its literal makes: the same keys in the same
    /// order with the same hashes (a lookup by name finds each value, non-ASCII keys too).
    @Test func shapesMakeTheLiteralsObjects() {
        let shape = Self.shape
        let made = TemplateFields(shape, .text("A"), .text("a.html#p1"), .flag(true))
        let literal: TemplateFields = ["page_title": .text("A"), "href": .text("a.html#p1"), "e\u{301}": .flag(true)]
        #expect(made == literal)
        #expect(made.orderedKeys == literal.orderedKeys)
        for key in ["page_title", "href", "\u{E9}", "snippet"] {
            #expect(made.value(forKey: key, hash: TemplateFields.hash(key)) == literal[key], "\(key)")
        }
    }
}
