import Foundation

/// Counts finished items of a long stage from any thread and reports the count about a
/// hundred times over the stage (for a progress line), never more often.
package final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let every: Int
    private let report: @Sendable (_ done: Int, _ total: Int) -> Void
    private var done = 0

    package init(total: Int, report: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) {
        self.total = total
        every = max(1, total / 100)
        self.report = report
    }

    /// One more item finished.
    package func step() {
        let count: Int? = lock.withLock {
            done += 1
            return done % every == 0 || done == total ? done : nil
        }
        if let count { report(count, total) }
    }
}
