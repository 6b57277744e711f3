import Foundation

/// Results kept between builds of one process (`serve`), looked up from any thread by a key
/// that holds everything that decides the result, so a hit is exactly what computing would
/// give. Entries the last build did not ask for are forgotten when it ends.
package final class ReuseTable<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Hashed: Value] = [:]
    private var used: Set<Hashed> = []
    package private(set) var hits = 0
    package private(set) var misses = 0

    /// A key with its hash, made before the lock is taken: the keys hold whole inputs (a
    /// page's view model with its body's HTML, a body's Markdown), and hashing them under the
    /// lock, three times per key, left the first build of `serve` rendering on one core.
    private struct Hashed: Hashable {
        let key: Key
        let hash: Int

        init(_ key: Key) {
            self.key = key
            hash = key.hashValue
        }

        static func == (lhs: Hashed, rhs: Hashed) -> Bool { lhs.hash == rhs.hash && lhs.key == rhs.key }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    package init() {}

    package func lookup(_ key: Key) -> Value? {
        let hashed = Hashed(key)
        return lock.withLock {
            used.insert(hashed)
            if let value = entries[hashed] {
                hits += 1
                return value
            }
            misses += 1
            return nil
        }
    }

    package func store(_ key: Key, _ value: Value) {
        let hashed = Hashed(key)
        lock.withLock { entries[hashed] = value }
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
