import Corpus
import Foundation
import Testing

/// The RAND report R-3159-AF as transcribed: its parts, footnotes, printed pages and tables.
@Suite struct RandReportTests {
    let document: Document
    let corpus: Corpus
    /// The report's own parts (the editorial note is ours, not the report's).
    var reportParts: [DocumentPart] { document.parts.filter { $0.slug != "editorial-note" } }

    init() throws {
        var loader = CorpusLoader(contentPath: TestPaths.content)
        let loaded = loader.load()
        corpus = try #require(loaded)
        document = try #require(corpus.documents.first { $0.slug == "rand-r3159" })
    }

    func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1))
        }
    }

    @Test func everyPartOfTheReportIsThereInOrder() {
        let titles = document.parts.map(\.title)
        #expect(titles.first == "Preface")
        for expected in ["Summary", "Acknowledgments", "Contents", "I. The Current Soviet-North Korean Relationship",
                         "II. Factors Affecting the Likelihood of Change", "III. Prospects for the Future"] {
            #expect(titles.contains { $0.hasPrefix(expected) }, "missing \(expected)")
        }
        let sections = document.parts.compactMap(\.section)
        #expect(sections == ["I", "I", "II", "II", "III"])
        let metadata = Dictionary(document.metadata.map { ($0.label, $0.value) }) { first, _ in first }
        #expect(metadata["Report number"] == "R-3159-AF")
        #expect(metadata["Contract"] == "F49620-82-C-0018")
        #expect(metadata["Date"] == "1984-10")
    }

    @Test func everyFootnoteNumberHasOneDefinitionAndOneMark() {
        for part in reportParts {
            let text = part.body.text
            let definitions = matches(#"(?m)^\[\^([^\]]+)\]:"#, in: text)
            let marks = matches(#"\[\^([^\]]+)\](?!:)"#, in: text)
            #expect(Set(definitions) == Set(marks), "\(part.slug): marks and definitions differ")
            #expect(definitions.count == Set(definitions).count, "\(part.slug): a note is defined twice")
        }
        // Numbering restarts with each section and runs without gaps within it.
        var bySection: [String: [Int]] = [:]
        for part in reportParts {
            guard let section = part.section else { continue }
            bySection[section, default: []] += matches(#"(?m)^\[\^([0-9]+)\]:"#, in: part.body.text).compactMap { Int($0) }
        }
        for (section, numbers) in bySection where !numbers.isEmpty {
            #expect(numbers.sorted() == Array(1...numbers.count), "section \(section) notes: \(numbers.sorted())")
        }
        #expect((bySection["I"]?.count ?? 0) >= 20)
        #expect((bySection["II"]?.count ?? 0) >= 20)
    }

    @Test func printedPagesRunInSequence() {
        let markers = reportParts.flatMap { matches(#"\{\{page ([0-9ivxlcdm]+)\}\}"#, in: $0.body.text) }
        let arabic = markers.compactMap { Int($0) }
        #expect(arabic == Array(1...arabic.count), "pages: \(arabic)")
        #expect(arabic.count >= 53)
        let roman = markers.filter { Int($0) == nil }
        let values = ["iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12, "xiii": 13]
        let numbers = roman.compactMap { values[$0] }
        #expect(numbers.count == roman.count)
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        #expect(markers.firstIndex(of: "1") == roman.count, "front matter pages come first")
    }

    @Test func tableArithmeticHoldsAfterCorrections() throws {
        let table2 = try #require(corpus.dataSeries.first { $0.id == "rand-table-2" })
        let lines = table2.csvText.split(separator: "\n").dropFirst()
        var rows = 0
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let total = Double(cells[1]), let exports = Double(cells[2]), let imports = Double(cells[3]) else { continue }
            rows += 1
            #expect(abs(total - exports - imports) <= 0.11, "\(cells[0]): \(total) != \(exports) + \(imports)")
        }
        #expect(rows >= 15)
        #expect(table2.csvText.components(separatedBy: "\n1970,").count == 3, "Table 2 prints two rows for 1970")
        let table1 = try #require(corpus.dataSeries.first { $0.id == "rand-table-1" })
        for line in table1.csvText.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let total = Double(cells[1]), let ussr = Double(cells[2]), let share = Double(cells[3]) else { continue }
            #expect(abs(ussr / total * 100 - share) <= 0.16, "\(cells[0]): USSR share \(share)")
        }
    }

    @Test func ledgerListsEmendations() throws {
        let ledger = try #require(document.parts.first { $0.slug == "editorial-note" })
        let rows = ledger.body.text.split(separator: "\n").filter { $0.hasPrefix("| [p.") }
        #expect(rows.count >= 100)
    }
}
