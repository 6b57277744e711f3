import CMimalloc

/// The command is linked with mimalloc, which replaces malloc and free for the whole process
/// (a fifth of a large build's CPU went to glibc's allocator; docs/performance.md).
package enum Allocator {
    /// Set before anything runs: freed memory goes back to the system at once rather than
    /// after mimalloc's default delay (peak memory 108 -> 103 MiB at 1,000 articles and
    /// 670 -> 628 MiB at 10,000, time unchanged).
    package static func configure() {
        mi_option_set(mi_option_decommit_delay, 0)
    }

    /// For a command that ends after one build: freed memory is never returned to the
    /// system, so it is not faulted in again when it is used next (a page fault per 4 KiB
    /// page was 5% of a 1,000-article build's CPU). 0.2307 -> 0.2261 s at 1,000 articles,
    /// peak memory 98 -> 104 MiB (docs/performance.md, "Allocator"). `serve` keeps
    /// returning memory at once: it lives on between builds.
    package static func keepFreedMemory() {
        mi_option_set(mi_option_allow_decommit, 0)
    }

    /// Its name and version, for `--verbose`.
    package static let name: String = {
        let version = Int(mi_version())
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
    }()
}
