/// The `id` values inside one timeline, all derived from the caller's prefix.
///
/// Nothing random goes into an id, so the same spec always gives the same SVG, and two
/// charts with different prefixes can share a page.
struct TimelineIDs: Sendable {
    /// The sanitised prefix: ASCII letters, digits, `-` and `_`, starting with a letter.
    let prefix: String

    init(prefix raw: String) {
        var safe = ""
        for scalar in raw.unicodeScalars.prefix(64) {
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            safe.unicodeScalars.append(allowed ? scalar : "-")
        }
        let startsWithLetter = safe.unicodeScalars.first.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0)
        } ?? false
        prefix = startsWithLetter ? safe : "timeline-" + safe
    }

    var title: String { prefix + "-title" }
    var description: String { prefix + "-desc" }
}
