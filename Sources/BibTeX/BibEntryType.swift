/// The kind of a BibTeX entry, from the word after `@`.
///
/// Type names are compared without case. `@conference` is read as `inproceedings`, and the
/// biblatex aliases `@www` and `@electronic` as `online`; every other unknown type is kept,
/// lowercased, as `other`.
package enum BibEntryType: Sendable, Hashable, CustomStringConvertible {
    case article, book, booklet, inbook, incollection, inproceedings, manual
    case mastersthesis, phdthesis, techreport, misc, online, unpublished, proceedings
    case other(String)

    private static let known: [String: BibEntryType] = [
        "article": .article, "book": .book, "booklet": .booklet, "inbook": .inbook,
        "incollection": .incollection, "inproceedings": .inproceedings,
        "conference": .inproceedings, "manual": .manual, "mastersthesis": .mastersthesis,
        "phdthesis": .phdthesis, "techreport": .techreport, "misc": .misc,
        "online": .online, "www": .online, "electronic": .online,
        "unpublished": .unpublished, "proceedings": .proceedings,
    ]

    /// The type for a name as written after `@`.
    package init(name: String) {
        let lowered = name.lowercased()
        self = Self.known[lowered] ?? .other(lowered)
    }

    /// The canonical lowercase name, such as `inproceedings`.
    package var name: String {
        switch self {
        case .article: "article"
        case .book: "book"
        case .booklet: "booklet"
        case .inbook: "inbook"
        case .incollection: "incollection"
        case .inproceedings: "inproceedings"
        case .manual: "manual"
        case .mastersthesis: "mastersthesis"
        case .phdthesis: "phdthesis"
        case .techreport: "techreport"
        case .misc: "misc"
        case .online: "online"
        case .unpublished: "unpublished"
        case .proceedings: "proceedings"
        case .other(let name): name
        }
    }

    package var description: String { name }
}
