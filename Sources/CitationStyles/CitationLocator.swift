import Foundation

/// A pinpoint in a cited work, such as "p. 12" or "pp. 3-5", as Chicago prints it.
///
/// Chicago omits "p." and "pp." in both in-text citations and notes, and writes ranges
/// with an en dash and abbreviated inclusive numbers: "pp. 1143-1148" becomes "1143–48".
/// Other labels ("chap. 3", "n. 4") are kept.
package enum CitationLocator {
    private static let pagePrefixes = ["pages", "page", "pp.", "pp", "p.", "p"]

    /// The locator as printed, or nil when there is none.
    package static func format(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return PageRange.chicago(strippingPageLabel(trimmed))
    }

    private static func strippingPageLabel(_ text: String) -> String {
        let lowered = text.lowercased()
        for prefix in pagePrefixes where lowered.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if let first = rest.first, first.isNumber || "ivxlcdm".contains(first.lowercased()) {
                return rest
            }
        }
        return text
    }
}
