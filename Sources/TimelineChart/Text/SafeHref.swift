/// Decides whether a caller-given link may go into an `href`.
enum SafeHref {
    /// Schemes that run code or smuggle content, never emitted.
    static let blockedSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// `href` trimmed, or nil when it is empty, holds control characters, or uses a
    /// blocked scheme in any spelling browsers accept ("JavaScript:", " java\tscript:").
    ///
    /// The result still needs XML escaping where it is written.
    static func sanitize(_ href: String?) -> String? {
        guard let href else { return nil }
        // Browsers ignore spaces and controls at a URL's ends, so the scheme is judged
        // without them; inside a URL they strip tabs and line breaks ("java\tscript:"),
        // so any control character left is refused outright.
        let scalars = href.unicodeScalars
        let trimmed = String(String.UnicodeScalarView(
            scalars.drop(while: isSpaceOrControl).reversed().drop(while: isSpaceOrControl)
                .reversed()))
        guard !trimmed.isEmpty,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        if let scheme = scheme(of: trimmed), blockedSchemes.contains(scheme) {
            return nil
        }
        return trimmed
    }

    /// The lowercased scheme of `url`, or nil for a relative reference.
    private static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isSchemeCharacter = ("0"..."9").contains(scalar)
                || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || scalar == "+" || scalar == "-" || scalar == "."
            guard isSchemeCharacter else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    private static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F
    }
}
