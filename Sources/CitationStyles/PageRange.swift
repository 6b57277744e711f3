/// Page ranges the Chicago way: an en dash, and inclusive numbers abbreviated (CMOS 9.61).
enum PageRange {
    /// "1143-1148" → "1143–48", "3027--3036, 55-65" → "3027–36, 55–65", "vii-xi" → "vii–xi".
    /// Anything that is not a simple range is returned unchanged.
    static func chicago(_ text: String) -> String {
        text.components(separatedBy: ", ").map(range).joined(separator: ", ")
    }

    private static func range(_ part: String) -> String {
        let pieces = part.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            .filter { !$0.isEmpty }
        let separatorCount = part.filter { $0 == "-" || $0 == "–" }.count
        guard pieces.count == 2, separatorCount <= 2, !part.contains(" "),
            part.first != "-", part.last != "-"
        else { return part }
        let first = String(pieces[0])
        let second = String(pieces[1])
        return "\(first)–\(abbreviated(first, second))"
    }

    /// The second number of a range, shortened as CMOS 9.61 describes.
    static func abbreviated(_ first: String, _ second: String) -> String {
        guard let low = Int(first), let high = Int(second), high > low,
            first.count == second.count, !first.hasPrefix("0"),
            low >= 100, low % 100 != 0
        else { return second }
        let lowDigits = Array(first)
        let highDigits = Array(second)
        var common = 0
        while common < lowDigits.count, lowDigits[common] == highDigits[common] { common += 1 }
        let changed = highDigits.count - common
        if low % 100 < 10 {
            return String(highDigits.suffix(changed))  // 101–8, 808–33, 1103–4
        }
        let kept = max(2, changed)  // 321–28, 498–532, 11564–615
        // "If three digits change in a four-digit number, use all four": 1496–1504.
        if lowDigits.count == 4 && kept >= 3 { return second }
        return String(highDigits.suffix(kept))
    }
}
