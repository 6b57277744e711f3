import BibTeX

/// Adds letters to the years of works by the same creators in the same year, in list
/// order (which is by title): 1983a, 1983b; undated works get "n.d.-a" (CMOS 15.19).
enum YearDisambiguator {
    static func labels(for sorted: [BibEntry]) -> [String] {
        let bases = sorted.map(CitationFormatter.baseYearLabel)
        let groups = sorted.indices.map { "\(creatorSignature(sorted[$0]))\u{1F}\(bases[$0])" }
        var counts: [String: Int] = [:]
        for group in groups { counts[group, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return sorted.indices.map { index in
            let group = groups[index]
            guard let count = counts[group], count > 1 else { return bases[index] }
            let position = seen[group, default: 0]
            seen[group] = position + 1
            let letter = letters(position)
            return bases[index] == ChicagoDate.noDate ? "n.d.-\(letter)" : bases[index] + letter
        }
    }

    /// "a" … "z", then "aa", "ab" …
    static func letters(_ position: Int) -> String {
        var number = position + 1
        var result = ""
        while number > 0 {
            number -= 1
            let scalar = Unicode.Scalar(UInt8(97 + number % 26))
            result = String(Character(scalar)) + result
            number /= 26
        }
        return result
    }

    /// Who a work is by, exactly, for grouping.
    private static func creatorSignature(_ entry: BibEntry) -> String {
        let work = CitableWork(entry)
        guard !work.creators.isEmpty else {
            return ShortReference.author(work).map(\.plainText).joined()
        }
        let names = work.creators.map { "\($0.familyWithParticle),\($0.given),\($0.suffix)" }
        return names.joined(separator: ";") + (work.creators.andOthers ? ";others" : "")
    }
}
