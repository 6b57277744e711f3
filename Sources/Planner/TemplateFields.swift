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

    /// One array (one reference to retain when an object is read), in the order given.
    private var entries: [Entry] = []

    fileprivate struct Entry: Sendable {
        var key: String
        var hash: UInt32
        var value: TemplateValue
    }

    package init() {}

    /// Like a Dictionary literal, a literal that repeats a key is a programming error.
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries.reserveCapacity(elements.count)
        for (key, value) in elements {
            let hash = Self.hash(key)
            precondition(index(of: key, hash: hash) == nil, "TemplateFields literal repeats the key \"\(key)\"")
            entries.append(Entry(key: key, hash: hash, value: value))
        }
    }

    /// The keys of an object made many times (an item of a long list: a mention, a citing
    /// page, an entry of the contents), hashed and checked for repeats once, when the shape is
    /// made, instead of for every object (hashing the keys of such literals was 2% of a build).
    ///
    /// Shapes are static constants, made once: their keys are kept in memory that is never
    /// freed, so making an object retains nothing they hold (an array here was retained and
    /// released for every object made, by both cores at once: the count's cache line went
    /// back and forth between them).
    package struct Shape: @unchecked Sendable {
        fileprivate let keys: UnsafeBufferPointer<(key: String, hash: UInt32)>

        /// Repeating a key is a programming error, as in a literal.
        package init(_ keys: String...) {
            var fields = TemplateFields()
            for key in keys { fields[key] = .flag(true) }
            precondition(fields.count == keys.count, "TemplateFields shape repeats a key: \(keys)")
            let kept = UnsafeMutableBufferPointer<(key: String, hash: UInt32)>.allocate(capacity: keys.count)
            _ = kept.initialize(from: fields.entries.map { ($0.key, $0.hash) })
            self.keys = UnsafeBufferPointer(kept)
        }
    }

    /// An object with `shape`'s keys, in order, and `values`, one for each.
    package init(_ shape: Shape, _ values: TemplateValue...) {
        precondition(values.count == shape.keys.count, "TemplateFields shape has \(shape.keys.count) keys, \(values.count) values")
        entries.reserveCapacity(values.count)
        for index in values.indices {
            entries.append(Entry(key: shape.keys[index].key, hash: shape.keys[index].hash, value: values[index]))
        }
    }

    /// FNV-1a over the key's UTF-8; over its canonical composition (NFC) when it is not
    /// ASCII, since keys that are equal as Strings ("é" and "e" + U+0301, "K" and the Kelvin
    /// sign) must hash alike, as they do in a Dictionary.
    package static func hash(_ key: String) -> UInt32 {
        key.utf8.allSatisfy { $0 < 0x80 } ? fnv(key) : fnv(key.precomposedStringWithCanonicalMapping)
    }

    private static func fnv(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    private func index(of key: String, hash: UInt32) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index].hash == hash && entries[index].key == key {
                return index
            }
            return nil
        }
    }

    /// The value for `key`, whose `hash(_:)` the caller made once for many lookups.
    package func value(forKey key: String, hash: UInt32) -> TemplateValue? {
        index(of: key, hash: hash).map { entries[$0].value }
    }

    /// Calls `body` with the value for `key` where it is, and says whether there was one.
    package func withValue(forKey key: String, hash: UInt32, _ body: (TemplateValue) -> Void) -> Bool {
        guard let index = index(of: key, hash: hash) else { return false }
        body(entries[index].value)
        return true
    }

    package subscript(key: String) -> TemplateValue? {
        get { value(forKey: key, hash: Self.hash(key)) }
        set {
            let hash = Self.hash(key)
            switch (index(of: key, hash: hash), newValue) {
            case (let found?, let value?): entries[found].value = value
            case (let found?, nil): entries.remove(at: found)
            case (nil, let value?): entries.append(Entry(key: key, hash: hash, value: value))
            case (nil, nil): break
            }
        }
    }

    package var count: Int { entries.count }
    package var isEmpty: Bool { entries.isEmpty }
    /// The keys in the order they were given.
    package var orderedKeys: [String] { entries.map(\.key) }

    /// Adds the fields of `other` whose keys this has not got (a field this has keeps its
    /// value), with the hashes `other` made of its keys.
    package mutating func addMissing(from other: TemplateFields) {
        entries.reserveCapacity(entries.count + other.entries.count)
        for entry in other.entries where index(of: entry.key, hash: entry.hash) == nil { entries.append(entry) }
    }

    package func makeIterator() -> Iterator { Iterator(entries: entries) }

    package struct Iterator: IteratorProtocol {
        fileprivate let entries: [Entry]
        private var index = 0

        fileprivate init(entries: [Entry]) { self.entries = entries }

        package mutating func next() -> Element? {
            guard index < entries.count else { return nil }
            defer { index += 1 }
            return (entries[index].key, entries[index].value)
        }
    }

    /// Equal when they hold the same keys with equal values, in any order (as Dictionaries).
    package static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Independent of the order, like `==`.
    package func hash(into hasher: inout Hasher) {
        var sum: UInt = 0
        for entry in entries {
            var element = Hasher()
            element.combine(entry.key)
            element.combine(entry.value)
            sum &+= UInt(bitPattern: element.finalize())
        }
        hasher.combine(entries.count)
        hasher.combine(sum)
    }
}
