/// Estimates how wide text is drawn, without a font engine.
///
/// The estimate uses average advance widths of a sans-serif face per character class,
/// rounded up a little, so layouts err on the side of more space: labels may sit a
/// little apart, but should not collide.
enum TextMetrics {
    /// The estimated width of `text` at `fontSize` user units; `bold` text is wider.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += advance(of: scalar)
        }
        return ems * fontSize * (bold ? 1.15 : 1.05)
    }

    /// `text`, shortened with "…" so that it fits `maxWidth`; unchanged if it fits.
    static func truncated(_ text: String, maxWidth: Double, fontSize: Double,
                                  bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
        var scalars = Array(text.unicodeScalars)
        while !scalars.isEmpty {
            scalars.removeLast()
            let candidate = String(String.UnicodeScalarView(scalars)) + "\u{2026}"
            if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth { return candidate }
        }
        return "\u{2026}"
    }

    /// `text` broken at spaces into lines no wider than `maxWidth` where possible; a
    /// single word wider than that is shortened with "…".
    static func wrapped(_ text: String, maxWidth: Double, fontSize: Double,
                                bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { truncated($0, maxWidth: maxWidth, fontSize: fontSize, bold: bold) }
    }

    /// Advance width in ems.
    private static func advance(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "i", "l", "j", "t", "f", "I", "!", "|", ".", ",", ":", ";", "'", "`":
            return 0.3
        case "r", "(", ")", "[", "]", "-", "\"", "/":
            return 0.38
        case "m", "w", "M", "W", "@", "%", "\u{2014}":
            return 0.9
        case "0"..."9", "$", "#", "+", "=", "<", ">", "?", "~", "_", "\u{2013}":
            return 0.58
        case "A"..."Z":
            return 0.7
        case "a"..."z":
            return 0.55
        default:
            // East Asian ideographs and Hangul are a full em; other scripts about like
            // Latin capitals.
            return scalar.value >= 0x1100 ? 1.0 : 0.7
        }
    }
}
