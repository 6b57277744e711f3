import CThreadPlacement
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

    /// The threads of `concurrently` and `Background` start on another core than their
    /// creator's, and then may run on every core it may: none stays held to the core it
    /// started on (one that did would have one core fewer here, on a machine with more than one).
    @Test func startedThreadsMayRunWhereTheirCreatorMay() {
        let creators = studysite_allowed_core_count()
        #expect(creators >= 1)
        let (_, second) = concurrently({ 0 }, { studysite_allowed_core_count() })
        #expect(second == creators)
        #expect(Background { studysite_allowed_core_count() }.take() == creators)
    }

    /// A thread that leaves its core is on another at once and may then run on every core it
    /// could before (what a parallel map's worker does when woken on its caller's core).
    @Test func aThreadLeavesItsCoreAndKeepsItsCores() {
        let allowed = studysite_allowed_core_count()
        let here = studysite_current_core()
        guard allowed > 1, here >= 0 else { return }
        studysite_leave_core(here)
        #expect(studysite_current_core() != here)
        #expect(studysite_allowed_core_count() == allowed)
    }

    /// Keys whose hashes all collide: only equality tells them apart.
    struct CollidingKey: Hashable, Sendable {
        var name: String
        func hash(into hasher: inout Hasher) { hasher.combine(0) }
    }

    @Test func reuseTableFindsOnlyEqualKeysAndForgetsWhatABuildDidNotAsk() {
        let table = ReuseTable<CollidingKey, Int>()
        #expect(table.lookup(CollidingKey(name: "a")) == nil)
        table.store(CollidingKey(name: "a"), 1)
        table.store(CollidingKey(name: "b"), 2)
        #expect(table.lookup(CollidingKey(name: "a")) == 1)
        #expect(table.lookup(CollidingKey(name: "b")) == 2)
        #expect(table.lookup(CollidingKey(name: "c")) == nil)
        #expect(table.hits == 2 && table.misses == 2)
        table.endBuild()
        #expect(table.hits == 0 && table.misses == 0)
        // The next build asks only for "a": "b" is forgotten at its end, "a" kept.
        #expect(table.lookup(CollidingKey(name: "a")) == 1)
        table.endBuild()
        #expect(table.lookup(CollidingKey(name: "b")) == nil)
        #expect(table.lookup(CollidingKey(name: "a")) == 1)
        // A build on the fast path keeps what it did not ask for.
        table.store(CollidingKey(name: "b"), 2)
        table.endBuild(forgetUnused: false)
        table.endBuild(forgetUnused: false)
        #expect(table.lookup(CollidingKey(name: "b")) == 2)
    }
}
