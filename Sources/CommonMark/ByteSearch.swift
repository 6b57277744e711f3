import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first `byte` in `range`, found with memchr (the scans that run over
    /// every body of a corpus); nil when there is none. Public and inlinable, as the scans
    /// below: called from other modules it was a call of its own for every search (1% of a
    /// build's instructions).
    @inlinable public func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The index of the first byte of 0x80 or more in `range` (`range.upperBound` if there is
    /// none), eight bytes at a time: nearly all text is ASCII.
    @inlinable public func firstNonASCII(in range: Range<Int>) -> Int {
        guard let base = baseAddress else { return range.upperBound }
        let raw = UnsafeRawPointer(base)
        var index = range.lowerBound
        while index + 8 <= range.upperBound,
              raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & WordBytes.high == 0 {
            index += 8
        }
        while index < range.upperBound, self[index] < 0x80 { index += 1 }
        return index
    }

    /// Whether the bytes contain `needle`'s: its first byte found with memchr, the rest
    /// compared with memcmp.
    package func contains(_ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard let base = baseAddress, self.count >= count else { return false }
        let starts = 0..<(self.count - count + 1)  // where the needle can start
        var next = firstIndex(of: needle.utf8Start[0], in: starts)
        while let index = next {
            if memcmp(base + index, needle.utf8Start, count) == 0 { return true }
            next = firstIndex(of: needle.utf8Start[0], in: (index + 1)..<starts.upperBound)
        }
        return false
    }

    /// The index of the first byte at or after `start` for which `isMatch` holds (`count` if
    /// none), reading eight bytes at once: `candidates` marks, with the high bit of a byte,
    /// the bytes of a word that may match (it must mark every byte that does; `WordBytes`
    /// makes such marks), and only marked bytes are asked, each found by its bit. The scans
    /// over every byte of every page (escaping for HTML and for the search index's JSON, the
    /// entity-name scan) are this, each with its own marks; public and inlinable so that the
    /// other modules get it inlined with their tests.
    @inlinable @inline(__always)
    public func firstIndex(from start: Int, candidates: (UInt64) -> UInt64, where isMatch: (UInt8) -> Bool) -> Int {
        let count = self.count
        guard let base = baseAddress else { return count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= count {
            // Byte i of the text is byte i of the word, read as little-endian.
            var marked = candidates(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            while marked != 0 {
                let candidate = index + marked.trailingZeroBitCount >> 3
                if isMatch(self[candidate]) { return candidate }
                marked &= marked &- 1
            }
            index += 8
        }
        while index < count, !isMatch(self[index]) { index += 1 }
        return index
    }
}

/// Byte-wise tests on eight bytes loaded as one word, without carries from one byte into the
/// next (Bit Twiddling Hacks): each returns a word with the high bit set in every byte the
/// test holds for, and no other bit. The scans over every byte of every page (search text,
/// search shards, mention linking) use them to pass over eight plain bytes at once. Two of
/// those scans are in other modules, so the tests are public and inlinable: as `package`
/// declarations the release build called them instead of inlining them (about 1% of a build).
public enum WordBytes {
    /// The high bit of every byte.
    @inlinable @inline(__always) public static var high: UInt64 { 0x8080_8080_8080_8080 }

    /// The bytes that are zero (exact for every byte).
    @inlinable @inline(__always) public static func zero(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// The bytes equal to `byte` (exact for every byte).
    @inlinable @inline(__always) public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zero(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The bytes below `bound` (at most 0x80): exact for ASCII bytes; a non-ASCII byte below
    /// 0x80 + `bound` is reported too, so callers test `high` where such bytes matter.
    @inlinable @inline(__always) public static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        return ~((word | high) &- 0x0101_0101_0101_0101 &* UInt64(bound)) & high
    }

    /// The bytes from `lowest` to `highest` (both below 0x80): exact for every byte (a byte
    /// of 0x80 or more is never reported).
    @inlinable @inline(__always) public static func between(_ word: UInt64, _ lowest: UInt8, _ highest: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Bytes strictly between m = lowest - 1 and n = highest + 1.
        let seven = word & low7
        return (ones &* (127 &+ UInt64(highest) &+ 1) &- seven) & ~word
            & (seven &+ ones &* (127 &- (UInt64(lowest) &- 1))) & (ones &* 0x80)
    }
}
