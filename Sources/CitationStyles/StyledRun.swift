/// A piece of formatted citation text: plain, italic, or a link showing its URL.
package enum StyledRun: Sendable, Hashable {
    case text(String)
    case italic(String)
    /// A URL shown as itself and linked when its scheme is http or https.
    case link(url: String)

    /// The run's text without markup.
    package var plainText: String {
        switch self {
        case .text(let text), .italic(let text), .link(let text): text
        }
    }

    /// The run as HTML. Every piece of text is escaped; a link becomes `<a href>` only for
    /// http and https URLs, so a `javascript:` URL in a .bib file stays inert text.
    package var html: String {
        switch self {
        case .text(let text):
            return text.htmlEscaped
        case .italic(let text):
            return "<i>\(text.htmlEscaped)</i>"
        case .link(let url):
            guard Self.isLinkable(url) else { return url.htmlEscaped }
            return "<a href=\"\(url.htmlEscaped)\">\(url.htmlEscaped)</a>"
        }
    }

    private static func isLinkable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        let safe = lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
        return safe && !url.contains { $0.isWhitespace }
    }
}
