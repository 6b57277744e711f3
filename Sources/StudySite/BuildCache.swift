import Linker
import Renderer

/// What a long-running process (`serve`) keeps between builds so a rebuild after an edit
/// redoes only what the edit affects: parsed bodies, rendered pages, and which files the
/// output already holds. Every reuse is keyed on all of its inputs, so the result is byte
/// for byte a full build's.
package final class BuildCache: @unchecked Sendable {
    package let parses = ParseCache()
    package let renders = RenderCache()
    /// Hash of every file in the last published output.
    var published: [String: Int] = [:]

    package init() {}
}
