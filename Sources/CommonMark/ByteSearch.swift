import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first `byte` in `range`, found with memchr (the scans that run over
    /// every body of a corpus); nil when there is none.
    package func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}
