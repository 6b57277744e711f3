import Dispatch
import Testing
@testable import Parallel

/// The helpers every stage spreads its work with: results in order, both halves run, work
/// started in the background before anyone asks for it.
@Suite struct ParallelTests {
    @Test func parallelMapKeepsTheOrder() {
        let numbers = Array(0..<5_000)
        #expect(numbers.parallelMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect([7].parallelMap { $0 + 1 } == [8])
        #expect([Int]().parallelMap { $0 } == [])
    }

    @Test func concurrentlyReturnsBothResults() {
        let (first, second) = concurrently({ (1...100).reduce(0, +) }, { "done" })
        #expect(first == 5_050)
        #expect(second == "done")
    }

    @Test func backgroundWorkStartsBeforeItIsTaken() {
        let started = DispatchSemaphore(value: 0)
        let work = Background { () -> [Int] in
            started.signal()
            return (0..<1_000).map { $0 * $0 }
        }
        // The work runs on its own: it starts without `take` being called (a Background that
        // only ran when taken would time out here).
        #expect(started.wait(timeout: .now() + 30) == .success)
        #expect(work.take() == (0..<1_000).map { $0 * $0 })
    }

    @Test func backgroundWorkIsWaitedFor() {
        let release = DispatchSemaphore(value: 0)
        let work = Background { () -> String in
            release.wait()
            return "finished"
        }
        release.signal()
        #expect(work.take() == "finished")
    }
}
