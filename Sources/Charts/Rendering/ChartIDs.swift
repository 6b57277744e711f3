/// The `id` values inside one chart, all derived from the caller's prefix.
///
/// Nothing random goes into an id, so the same spec always gives the same SVG, and two
/// charts with different prefixes can share a page. The timeline overview uses it too.
package struct ChartIDs: Sendable {
    /// The sanitised prefix: ASCII letters, digits, `-` and `_`, starting with a letter.
    package let prefix: String

    /// `fallback` starts the prefix when the caller's does not start with a letter.
    package init(prefix raw: String, fallback: String = "chart") {
        var safe = ""
        for scalar in raw.unicodeScalars.prefix(64) {
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            safe.unicodeScalars.append(allowed ? scalar : "-")
        }
        let startsWithLetter = safe.unicodeScalars.first.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0)
        } ?? false
        prefix = startsWithLetter ? safe : fallback + "-" + safe
    }

    package var title: String { prefix + "-title" }
    package var description: String { prefix + "-desc" }
    var table: String { prefix + "-data" }

    /// The id of the fill pattern for style slot `slot` (0-based).
    func pattern(_ slot: Int) -> String { "\(prefix)-pattern-\(slot + 1)" }
}
