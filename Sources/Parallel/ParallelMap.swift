import CThreadPlacement
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, with the results in the array's order, so output never depends on
    /// which worker finished first. For independent, CPU-bound work on each element.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = OrderedSlots<T>(count: count)
        // A worker woken on the caller's core leaves it: the kernel here puts a woken thread
        // on its waker's core and moves it only milliseconds later, and a map then ran on one
        // core for its whole length (trace marks: 12 ms at 1.0 core).
        let callerCore = studysite_current_core()
        let caller = pthread_self()
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { [self] index in
                if callerCore >= 0, studysite_current_core() == callerCore, pthread_equal(pthread_self(), caller) == 0 {
                    studysite_leave_core(callerCore)
                }
                slots.set(index, transform(self[index]))
            }
        }
        return slots.takeValues()
    }
}

/// One slot per index, each written once by the worker that owns it. No lock: workers write
/// different slots of memory allocated up front, and the values are read only after
/// `concurrentPerform` (or the semaphore of `concurrently`) has returned, which orders every
/// write before the read. A lock here was taken for every element of every parallel map,
/// and the threads slept on it when they finished elements at the same time.
private final class OrderedSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    private var taken = false

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        if !taken { slots.deinitialize() }
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        slots[index] = value
    }

    /// The values, moved out (not copied, which retained every reference they hold and the
    /// slots' end released it again); once, after every slot is filled (`concurrentPerform`
    /// has returned).
    func takeValues() -> [T] {
        precondition(!taken && !slots.isEmpty)
        taken = true
        return [T](unsafeUninitializedCapacity: slots.count) { buffer, initialized in
            for index in slots.indices {
                (buffer.baseAddress! + index).initialize(to: (slots.baseAddress! + index).move()!)
            }
            initialized = slots.count
        }
    }
}

/// Runs two independent pieces of work at once and returns both results: for a serial step
/// that can go on beside another (a stage's exports beside its search index). The second runs
/// on a queue of its own, not in `concurrentPerform`: Dispatch runs a `concurrentPerform`
/// called inside another one on a single thread, and either piece may use `parallelMap`.
package func concurrently<A: Sendable, B: Sendable>(
    _ first: () -> A, _ second: @escaping @Sendable () -> B
) -> (A, B) {
    let secondSlot = OrderedSlots<B>(count: 1)
    let done = DispatchSemaphore(value: 0)
    startThread {
        secondSlot.set(0, second())
        done.signal()
    }
    let firstResult = first()
    done.wait()
    return (firstResult, secondSlot.takeValues()[0])
}

/// Runs `first` on this thread and, beside it, `meanwhile` on another, which should stop
/// soon after `first` has finished (it asks `finished()` between its pieces of work). For a
/// serial step beside which a core would idle, and work that can be done early in any
/// amount: whatever `meanwhile` did not get to is done later, as it would have been.
package func whileRunning<A: Sendable, B: Sendable>(
    _ first: () -> A, meanwhile: @escaping @Sendable (_ finished: @Sendable () -> Bool) -> B
) -> (A, B) {
    let flag = FinishedFlag()
    return concurrently(
        { () -> A in
            defer { flag.set() }
            return first()
        },
        { meanwhile { flag.isSet } })
}

private final class FinishedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Work started now on another thread, whose result is taken later: for a step that needs
/// nothing from the stages that run before the one that uses it.
package final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    package init(_ work: @escaping @Sendable () -> T) {
        startThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// The result, once the work has finished (waiting for it if need be); taken once.
    package func take() -> T {
        done.wait()
        defer { result = nil }
        return result!
    }
}

/// Starts `body` on a thread of its own, placed on another core than this thread's. The
/// kernel here puts a new or woken thread on the core of the thread that started it, busy
/// with the first piece of the same `concurrently` call, and moves it only a few
/// milliseconds later: the second piece started up to 4 ms late, with the other core idle
/// (on Dispatch's pool as on a plain thread). Dispatch's pool stays for `parallelMap`, whose
/// workers move off their caller's core themselves, and which a thread of these may call.
private func startThread(_ body: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(ThreadBody(body))
    // As much stack as the main thread has.
    let started = studysite_start_thread_elsewhere({ context in
        Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().body()
    }, context.toOpaque(), 8 << 20) == 0
    if !started {
        // No thread to be had (a limit on threads): Dispatch's pool, late or not.
        context.release()
        DispatchQueue.global(qos: .userInitiated).async(execute: body)
    }
}

/// What a thread started by `startThread` runs, passed to it as one pointer.
private final class ThreadBody: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
