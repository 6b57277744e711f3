import Foundation

/// A pinpoint in a cited work, such as "p. 12" or "pp. 3-5", as Chicago prints it.
///
/// Chicago omits "p." and "pp." in both in-text citations and notes, and writes ranges
/// with an en dash and abbreviated inclusive numbers: "pp. 1143-1148" becomes "1143–48".
/// Other labels ("chap. 3", "n. 4") are kept.
package enum CitationLocator {
    private static let pagePrefixes = ["pages", "page", "pp.", "pp", "p.", "p"]

    /// The locator as printed, or nil when there is none. Results are remembered: a site
    /// cites the same few hundred pages thousands of times, and formatting (trimming,
    /// lowercasing, page ranges) was 4% of linking a body.
    package static func format(_ raw: String?) -> String? {
        guard let raw else { return nil }
        if let page = plainPage(raw) { return page }
        let memo = memo(for: raw)
        if let known = memo.lookup(raw) { return known }
        let formatted = formatUncached(raw)
        memo.store(raw, formatted)
        return formatted
    }

    /// Remembered results, shared by the threads that link bodies; at most `limit` of them.
    private final class Memo: @unchecked Sendable {
        /// Keyed by bytes: String equality is canonical equivalence, and two spellings of
        /// the same text are printed as they are spelled.
        private struct Key: Hashable {
            let raw: String
            static func == (lhs: Key, rhs: Key) -> Bool { lhs.raw.utf8.elementsEqual(rhs.raw.utf8) }
            func hash(into hasher: inout Hasher) {
                for byte in raw.utf8 { hasher.combine(byte) }
            }
        }

        private let lock = NSLock()
        private var results: [Key: String?] = [:]
        private let limit = 4096 / memoStripes

        func lookup(_ raw: String) -> String?? {
            lock.lock()
            defer { lock.unlock() }
            return results[Key(raw: raw)]
        }

        func store(_ raw: String, _ formatted: String?) {
            lock.lock()
            defer { lock.unlock() }
            if results.count < limit { results[Key(raw: raw)] = formatted }
        }
    }

    /// Several memos, each with its own lock, chosen by the locator's bytes: with one, the
    /// threads that link bodies waited on each other's lookups (a futex sleep each time).
    private static let memoStripes = 8
    private static let memos = (0..<memoStripes).map { _ in Memo() }

    private static func memo(for raw: String) -> Memo {
        let utf8 = raw.utf8
        let mix = utf8.count &+ Int(utf8.first ?? 0) &+ 3 &* Int(utf8.last ?? 0)
        return memos[mix & (memoStripes - 1)]
    }

    /// What `formatUncached` makes of "p. 12" and "12" (nearly every locator), read on the
    /// bytes: the digits. Nil for any other text. (The memo's lock, shared by every core,
    /// cost more than this.)
    static func plainPage(_ raw: String) -> String? {
        var digits = raw.utf8[...]
        if digits.starts(with: "p.".utf8) {
            digits = digits.dropFirst(2)
            while digits.first == UInt8(ascii: " ") { digits = digits.dropFirst() }
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.count == raw.utf8.count ? raw : String(raw[digits.startIndex...])
    }

    static func formatUncached(_ raw: String) -> String? {
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
