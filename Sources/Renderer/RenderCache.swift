import Parallel
import Planner

/// Rendered pages kept between builds of one process, keyed by the page's path, template,
/// view model and the templates' fingerprint: a page whose inputs did not change is reused
/// byte for byte, so an incremental build equals a full one.
package typealias RenderCache = ReuseTable<RenderKey, [UInt8]>

package struct RenderKey: Hashable, Sendable {
    var templates: Int
    var page: PlannedPage
}
