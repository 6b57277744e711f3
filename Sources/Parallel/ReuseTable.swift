import Foundation

/// Results kept between builds of one process (`serve`), looked up from any thread by a key
/// that holds everything that decides the result, so a hit is exactly what computing would
/// give. Entries the last build did not ask for are forgotten when it ends.
package final class ReuseTable<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private var used: Set<Key> = []
    package private(set) var hits = 0
    package private(set) var misses = 0

    package init() {}

    package func lookup(_ key: Key) -> Value? {
        lock.withLock {
            used.insert(key)
            if let value = entries[key] {
                hits += 1
                return value
            }
            misses += 1
            return nil
        }
    }

    package func store(_ key: Key, _ value: Value) {
        lock.withLock { entries[key] = value }
    }

    /// Forgets what the build did not ask for (edited or deleted inputs) and resets the
    /// counters. A build that took the fast path for edited article bodies did not look most
    /// entries up, so it keeps them (`forgetUnused: false`).
    package func endBuild(forgetUnused: Bool = true) {
        lock.withLock {
            if forgetUnused { entries = entries.filter { used.contains($0.key) } }
            used = []
            hits = 0
            misses = 0
        }
    }
}
