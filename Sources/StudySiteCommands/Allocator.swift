import CMimalloc

/// The command is linked with mimalloc, which replaces malloc and free for the whole process
/// (a fifth of a large build's CPU went to glibc's allocator; docs/performance.md).
package enum Allocator {
    /// Set before anything else runs: mimalloc reads these when it makes a segment of memory
    /// and keeps them for the segment's life, so the segments a command makes before it sets
    /// them follow the defaults.
    ///
    /// `keepingFreedMemory`, for a command that ends after one build: freed memory is never
    /// returned to the system, so it is not faulted in again when it is used next (a page
    /// fault per 4 KiB page was 5% of a 1,000-article build's CPU; 0.2307 -> 0.2261 s at
    /// 1,000 articles, peak memory 98 -> 104 MiB; docs/performance.md, "Allocator"). Until
    /// session 12 this was set after the arguments were parsed, and the segments made by
    /// then (most of the build thread's memory) still gave back every span freed: 118
    /// `madvise` calls a build at 1,000 articles instead of 4.
    ///
    /// Otherwise (`serve`, which lives on between builds): freed memory goes back to the
    /// system at once rather than after mimalloc's default delay (peak memory 108 -> 103 MiB
    /// at 1,000 articles and 670 -> 628 MiB at 10,000, time unchanged).
    package static func configure(keepingFreedMemory: Bool) {
        if keepingFreedMemory {
            mi_option_set(mi_option_allow_decommit, 0)
        } else {
            mi_option_set(mi_option_decommit_delay, 0)
        }
    }

    /// Its name and version, for `--verbose`.
    package static let name: String = {
        let version = Int(mi_version())
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
    }()
}
