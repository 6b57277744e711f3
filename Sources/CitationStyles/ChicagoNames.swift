import BibTeX

/// Lists of names as Chicago writes them (CMOS 17: 14.76, 15.9, 15.29).
enum ChicagoNames {
    /// Bibliography and reference list: the first name inverted, the rest in natural order,
    /// up to ten names; from eleven on, the first seven and "et al.".
    /// "Gelman, Harry, and Norman D. Levin".
    static func bibliography(_ names: NameList) -> String {
        let truncated = names.count > 10
        let shown = truncated ? Array(names.prefix(7)) : Array(names)
        guard let first = shown.first else { return "" }
        let forms = [first.invertedName] + shown.dropFirst().map(\.displayName)
        if truncated || names.andOthers {
            return (forms + ["et al."]).joined(separator: ", ")
        }
        switch forms.count {
        case 1: return forms[0]
        case 2:
            // The comma only follows an inverted name: "Gelman, Harry, and Norman D. Levin"
            // but "Rand Corporation and Norman D. Levin".
            let comma = first.invertedName == first.displayName ? "" : ","
            return "\(forms[0])\(comma) and \(forms[1])"
        default: return series(forms)
        }
    }

    /// A note: all names in natural order up to three, else the first and "et al.".
    /// "Harry Gelman and Norman D. Levin".
    static func note(_ names: NameList) -> String {
        abbreviated(names.map(\.displayName), andOthers: names.andOthers)
    }

    /// Short notes and in-text citations: family names, up to three, else the first and
    /// "et al.". "Gelman and Levin".
    static func short(_ names: NameList) -> String {
        abbreviated(names.map(\.familyWithParticle), andOthers: names.andOthers)
    }

    /// Names in natural order, all of them: "Edited by A, B, and C".
    static func natural(_ names: NameList) -> String {
        let forms = names.map(\.displayName)
        return names.andOthers ? (forms + ["et al."]).joined(separator: ", ") : series(forms)
    }

    /// "A", "A and B", "A, B, and C".
    static func series(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + ", and " + items[items.count - 1]
        }
    }

    private static func abbreviated(_ forms: [String], andOthers: Bool) -> String {
        guard let first = forms.first else { return "" }
        if forms.count > 3 || andOthers { return "\(first) et al." }
        return series(forms)
    }
}
