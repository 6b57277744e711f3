import BibTeX
import Foundation

/// The whole bibliography as files others can import: BibTeX as written, CSL-JSON and RIS.
enum BibliographyExport {
    static func bibtex(_ entries: [BibEntry]) -> String {
        entries.map(\.raw).joined(separator: "\n\n") + "\n"
    }

    private static func cslType(_ entry: BibEntry) -> String {
        switch entry.type {
        case .book, .booklet, .manual, .proceedings: "book"
        case .inbook, .incollection: "chapter"
        case .inproceedings: "paper-conference"
        case .article: entry["volume"] == nil && entry["month"] != nil ? "article-newspaper" : "article-journal"
        case .techreport: "report"
        case .phdthesis, .mastersthesis: "thesis"
        case .online: "webpage"
        default: "document"
        }
    }

    private static func cslNames(_ names: NameList) -> PrettyJSON {
        .array(names.map { name in
            name.isLiteral || name.given.isEmpty
                ? .object(["literal": .string(name.displayName)])
                : .object(["family": .string(name.familyWithParticle), "given": .string(name.given)])
        })
    }

    /// CSL-JSON (the format of Zotero, pandoc and citeproc), keys sorted for stable bytes.
    static func cslJSON(_ entries: [BibEntry]) -> String {
        let items: [PrettyJSON] = entries.map { entry in
            var item: [String: PrettyJSON] = ["id": .string(entry.key), "type": .string(cslType(entry))]
            let mapping: [(String, String)] = [
                ("title", "title"), ("publisher", "publisher"), ("address", "publisher-place"),
                ("volume", "volume"), ("number", "number"), ("pages", "page"), ("url", "URL"),
                ("doi", "DOI"), ("note", "note"), ("edition", "edition"),
            ]
            for (field, csl) in mapping { if let value = entry[field] { item[csl] = .string(value) } }
            if let container = entry["journal"] ?? entry["booktitle"] { item["container-title"] = .string(container) }
            if let institution = entry["institution"] ?? entry["school"], item["publisher"] == nil {
                item["publisher"] = .string(institution)
            }
            if entry.type == .article, let number = entry["number"] {
                item["issue"] = .string(number)
                item["number"] = nil
            }
            if !entry.authors.isEmpty { item["author"] = cslNames(entry.authors) }
            if !entry.editors.isEmpty { item["editor"] = cslNames(entry.editors) }
            if !entry.translators.isEmpty { item["translator"] = cslNames(entry.translators) }
            if let year = entry["year"].flatMap({ Int($0.prefix(4)) }) {
                var parts: [PrettyJSON] = [.int(year)]
                if let month = entry["month"].flatMap(monthNumber) { parts.append(.int(month)) }
                item["issued"] = .object(["date-parts": .array([.array(parts)])])
            }
            return .object(item)
        }
        return PrettyJSON.array(items).text + "\n"
    }

    private static func monthNumber(_ month: String) -> Int? {
        if let number = Int(month), (1...12).contains(number) { return number }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex(of: String(month.lowercased().prefix(3))).map { $0 + 1 }
    }

    /// RIS, read by EndNote, Zotero and most reference managers.
    static func ris(_ entries: [BibEntry]) -> String {
        var lines: [String] = []
        for entry in entries {
            let type: String = switch entry.type {
            case .book, .booklet, .manual, .proceedings: "BOOK"
            case .inbook, .incollection: "CHAP"
            case .inproceedings: "CPAPER"
            case .article: entry["volume"] == nil && entry["month"] != nil ? "NEWS" : "JOUR"
            case .techreport: "RPRT"
            case .phdthesis, .mastersthesis: "THES"
            case .online: "ELEC"
            default: "GEN"
            }
            lines.append("TY  - \(type)")
            lines.append("ID  - \(entry.key)")
            for name in entry.authors { lines.append("AU  - \(name.invertedName)") }
            for name in entry.editors { lines.append("ED  - \(name.invertedName)") }
            let fields: [(String, String)] = [
                ("title", "TI"), ("journal", "T2"), ("booktitle", "T2"), ("year", "PY"),
                ("publisher", "PB"), ("institution", "PB"), ("address", "CY"), ("volume", "VL"),
                ("number", "IS"), ("url", "UR"), ("note", "N1"),
            ]
            for (field, tag) in fields { if let value = entry[field] { lines.append("\(tag)  - \(value)") } }
            if let pages = entry["pages"] {
                let parts = pages.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
                lines.append("SP  - \(parts.first ?? pages)")
                if parts.count > 1, let last = parts.last { lines.append("EP  - \(last)") }
            }
            lines.append("ER  - ")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
