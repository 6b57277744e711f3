import CMimalloc

/// The command is linked with mimalloc, which replaces malloc and free for the whole process
/// (a fifth of a large build's CPU went to glibc's allocator; docs/performance.md).
enum Allocator {
    /// Set before anything runs: freed memory goes back to the system at once rather than
    /// after mimalloc's default delay (peak memory 108 -> 103 MiB at 1,000 articles and
    /// 670 -> 628 MiB at 10,000, time unchanged).
    static func configure() {
        mi_option_set(mi_option_decommit_delay, 0)
    }

    /// Its name and version, for `--verbose`.
    static let name: String = {
        let version = Int(mi_version())
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
    }()
}
