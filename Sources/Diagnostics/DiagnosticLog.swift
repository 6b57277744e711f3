import Foundation

/// Collects the diagnostics of a run. Safe to share between tasks: stages that work in
/// parallel report into one log, and the log sorts on the way out so output is stable.
package final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    package init() {}

    package func report(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        items.append(diagnostic)
    }

    package func report(contentsOf diagnostics: some Sequence<Diagnostic>) {
        lock.lock()
        defer { lock.unlock() }
        items.append(contentsOf: diagnostics)
    }

    /// Every diagnostic so far, sorted by file position, duplicates removed.
    package var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }

    package var errorCount: Int { all.filter { $0.severity == .error }.count }
    package var warningCount: Int { all.filter { $0.severity == .warning }.count }
    package var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}
