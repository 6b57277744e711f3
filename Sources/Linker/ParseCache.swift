import Corpus
import Diagnostics
import Foundation

/// Parsed bodies kept between builds of one process (the preview server), keyed by
/// everything that decides the result: the text, where it sits, and the raw-HTML setting.
/// A hit returns exactly what parsing would, diagnostics included.
package final class ParseCache: @unchecked Sendable {
    struct Key: Hashable {
        var source: MarkdownSource
        var allowRawHTML: Bool
    }

    private let lock = NSLock()
    private var entries: [Key: (body: ParsedBody, diagnostics: [Diagnostic])] = [:]
    private var used: Set<Key> = []
    package private(set) var hits = 0
    package private(set) var misses = 0

    package init() {}

    func lookup(_ key: Key) -> (body: ParsedBody, diagnostics: [Diagnostic])? {
        lock.lock()
        defer { lock.unlock() }
        used.insert(key)
        if let entry = entries[key] {
            hits += 1
            return entry
        }
        misses += 1
        return nil
    }

    func store(_ key: Key, body: ParsedBody, diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = (body, diagnostics)
    }

    /// Forgets entries the last build did not use (edited or deleted files), and resets
    /// the counters for the next build.
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
