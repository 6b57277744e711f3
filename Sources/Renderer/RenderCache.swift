import Foundation
import Planner

/// Rendered pages kept between builds of one process, keyed by the page's path, template,
/// view model and the templates' fingerprint: a page whose inputs did not change is reused
/// byte for byte, so an incremental build equals a full one.
package final class RenderCache: @unchecked Sendable {
    struct Key: Hashable {
        var templates: Int
        var page: PlannedPage
    }

    private let lock = NSLock()
    private var entries: [Key: [UInt8]] = [:]
    private var used: Set<Key> = []
    package private(set) var hits = 0
    package private(set) var misses = 0

    package init() {}

    func lookup(_ key: Key) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        used.insert(key)
        if let bytes = entries[key] {
            hits += 1
            return bytes
        }
        misses += 1
        return nil
    }

    func store(_ key: Key, bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = bytes
    }

    /// Forgets pages the last build did not produce and resets the counters.
    /// A build that took the fast path for edited article bodies did not look most entries
    /// up, so it keeps them (`forgetUnused: false`).
    package func endBuild(forgetUnused: Bool = true) {
        lock.lock()
        defer { lock.unlock() }
        if forgetUnused { entries = entries.filter { used.contains($0.key) } }
        used = []
        hits = 0
        misses = 0
    }
}
