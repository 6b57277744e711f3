import Corpus
import Diagnostics
import Parallel

/// Parsed bodies kept between builds of one process (the preview server), keyed by
/// everything that decides the result: the text, where it sits, and the raw-HTML setting.
/// A hit returns exactly what parsing would, diagnostics included.
package typealias ParseCache = ReuseTable<ParseKey, (body: ParsedBody, diagnostics: [Diagnostic])>

package struct ParseKey: Hashable, Sendable {
    var source: MarkdownSource
    var allowRawHTML: Bool
}
