/// The credit line under a chart, optionally a link.
package struct SourceLine: Hashable, Sendable {
    package var text: String
    /// A link target; dropped when its scheme is unsafe (see `SafeHref`).
    package var href: String?

    package init(text: String, href: String? = nil) {
        self.text = text
        self.href = href
    }
}
