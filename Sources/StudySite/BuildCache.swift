import Corpus
import Diagnostics
import Foundation
import Linker
import Planner
import Renderer

/// What a long-running process (`serve`) keeps between builds so a rebuild after an edit
/// redoes only what the edit affects. Every reuse is keyed on all of its inputs, so the
/// result is byte for byte a full build's (IncrementalBuildTests).
package final class BuildCache: @unchecked Sendable {
    /// Files read by earlier loads, by path, checked with `stat`.
    package let files = LoadCache()
    package let parses = ParseCache()
    package let renders = RenderCache()
    /// The last build that was written, for the fast path after edits of article bodies.
    var previous: PreviousBuild?
    /// What the last link check found, page by page.
    var links: LinkChecker.State?
    var templates: (signature: [String: LoadCache.Signature], set: TemplateSet?, diagnostics: [Diagnostic])?

    package init() {}

    struct PreviousBuild: Sendable {
        var resolution: Resolution
        var planning: Planning
        var withPDF: Bool
        var templatesFingerprint: Int
        /// Every output file as written.
        var files: [(path: String, bytes: [UInt8])]
    }
}
