import Foundation

/// The named fields of a template object, in the order they were given.
///
/// A page's model is a few dozen small objects made once and read a few times each by the
/// template renderer, which looks every name up through the objects in scope. A Dictionary
/// hashed each key with SipHash when the object was made and again at every lookup (hashing
/// was a sixth of rendering); here each key gets a cheap 32-bit hash when it is stored, the
/// renderer hashes each name of a template once when it compiles it, and a lookup compares
/// those hashes along a short array. The names come from the code and the templates, not from
/// the corpus, so a hash that collides on purpose is no concern; a collision only costs a
/// string comparison.
package struct TemplateFields: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    package typealias Element = (key: String, value: TemplateValue)

    private var keys: [String] = []
    private var hashes: [UInt32] = []
    private var values: [TemplateValue] = []

    package init() {}

    /// Like a Dictionary literal, a literal that repeats a key is a programming error.
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        keys.reserveCapacity(elements.count)
        hashes.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements {
            let hash = Self.hash(key)
            precondition(index(of: key, hash: hash) == nil, "TemplateFields literal repeats the key \"\(key)\"")
            keys.append(key)
            hashes.append(hash)
            values.append(value)
        }
    }

    package init(_ dictionary: TemplateFields) {
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { self[key] = value }
    }

    /// FNV-1a over the key's UTF-8; over its canonical composition (NFC) when it is not
    /// ASCII, since keys that are equal as Strings ("é" and "e" + U+0301, "K" and the Kelvin
    /// sign) must hash alike, as they do in a Dictionary.
    package static func hash(_ key: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 {
            guard byte < 0x80 else { return fnv(key.precomposedStringWithCanonicalMapping) }
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }

    private static func fnv(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    private func index(of key: String, hash: UInt32) -> Int? {
        var index = 0
        while let found = hashes[index...].firstIndex(of: hash) {
            if keys[found] == key { return found }
            index = found + 1
        }
        return nil
    }

    /// The value for `key`, whose `hash(_:)` the caller made once for many lookups.
    package func value(forKey key: String, hash: UInt32) -> TemplateValue? {
        index(of: key, hash: hash).map { values[$0] }
    }

    package subscript(key: String) -> TemplateValue? {
        get { value(forKey: key, hash: Self.hash(key)) }
        set {
            let hash = Self.hash(key)
            switch (index(of: key, hash: hash), newValue) {
            case (let found?, let value?): values[found] = value
            case (let found?, nil):
                keys.remove(at: found)
                hashes.remove(at: found)
                values.remove(at: found)
            case (nil, let value?):
                keys.append(key)
                hashes.append(hash)
                values.append(value)
            case (nil, nil): break
            }
        }
    }

    package var count: Int { keys.count }
    package var isEmpty: Bool { keys.isEmpty }
    /// The keys in the order they were given.
    package var orderedKeys: [String] { keys }

    package mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    package func makeIterator() -> AnyIterator<Element> {
        var index = 0
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }

    /// Equal when they hold the same keys with equal values, in any order (as Dictionaries).
    package static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool {
        lhs.count == rhs.count && lhs.keys.indices.allSatisfy { rhs[lhs.keys[$0]] == lhs.values[$0] }
    }

    /// Independent of the order, like `==`.
    package func hash(into hasher: inout Hasher) {
        var sum: UInt = 0
        for index in keys.indices {
            var element = Hasher()
            element.combine(keys[index])
            element.combine(values[index])
            sum &+= UInt(bitPattern: element.finalize())
        }
        hasher.combine(keys.count)
        hasher.combine(sum)
    }
}
