/// A set of byte strings kept in one buffer, with an open-addressing hash table over them,
/// looked up with bytes straight from a page: the link check looks up every href's path and
/// fragment of every page, and making a String of each and hashing it with SipHash was most
/// of the check's time. Equality here is byte equality; the callers add String (canonical)
/// equality where a non-ASCII string is involved, so their answers stay those of a
/// `Set<String>`.
struct ByteStringSet: Sendable {
    private var store: [UInt8] = []
    /// Entry `i` is `store[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = [0]
    /// Entry index + 1 in each slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    /// Whether some entry has a byte of 0x80 or more.
    private(set) var hasNonASCII = false

    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { starts.count - 1 }

    /// The bytes of entry `index`.
    func withBytes<T>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        store.withUnsafeBufferPointer { store in
            body(UnsafeBufferPointer(rebasing: store[Int(starts[index])..<Int(starts[index + 1])]))
        }
    }

    func string(at index: Int) -> String { withBytes(at: index) { String(decoding: $0, as: UTF8.self) } }

    /// Adds `bytes` unless an equal entry is there; returns the entry's index.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        if let found = find(bytes, hash: hash) { return found.entry }
        if (count + 1) * 2 > slots.count { grow() }
        let index = count
        store.append(contentsOf: bytes)
        starts.append(Int32(store.count))
        if !hasNonASCII, bytes.contains(where: { $0 >= 0x80 }) { hasNonASCII = true }
        place(index, hash: hash)
        return index
    }

    /// The index of the entry equal to `bytes`, if any.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        find(bytes, hash: Self.hash(bytes))?.entry
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int, slot: Int)? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return store.withUnsafeBufferPointer { store in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let occupant = Int(slots[slot])
                    if occupant == 0 { return nil }
                    let start = Int(starts[occupant - 1])
                    let end = Int(starts[occupant])
                    if end - start == bytes.count,
                       bytes.isEmpty || memcmp(store.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 {
                        return (occupant - 1, slot)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in 0..<count {
            let hash = withBytes(at: entry) { Self.hash($0) }
            place(entry, hash: hash)
        }
    }

    /// A fast, well-mixed hash of the bytes, eight at a time (the slot is taken from the low
    /// bits, so each step ends with a fold of the high bits into them).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            while index < bytes.count {
                tail = tail << 8 | UInt64(bytes[index])
                index += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
