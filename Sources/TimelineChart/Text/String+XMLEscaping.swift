extension String {
    /// The string made safe as XML or HTML text or a quoted attribute value.
    ///
    /// Escapes `& < > " '` and drops characters that XML 1.0 forbids (C0 controls other
    /// than tab, line feed and carriage return, and U+FFFE/U+FFFF), which would
    /// otherwise make the whole SVG unreadable.
    var xmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF:
                continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
