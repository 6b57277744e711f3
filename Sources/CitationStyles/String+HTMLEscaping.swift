extension String {
    /// The string with `&`, `<`, `>`, `"` and `'` replaced by character references, safe
    /// in HTML text and in quoted attribute values.
    package var htmlEscaped: String {
        // Most runs of a citation or reference have nothing to escape: a look at the bytes
        // (all five characters are ASCII) decides before the Character loop below.
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return self
        }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
