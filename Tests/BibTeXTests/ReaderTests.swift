import BibTeX
import Foundation
import Testing
import TestSupport

/// Reading well-formed input: entry types, values, `@string`, skipped items.
@Suite struct ReaderTests {
    private func entries(_ text: String) -> [BibEntry] {
        BibTeXReader.read(text).entries
    }

    @Test(arguments: [
        ("article", BibEntryType.article), ("BOOK", .book), ("booklet", .booklet),
        ("inbook", .inbook), ("incollection", .incollection),
        ("inproceedings", .inproceedings), ("conference", .inproceedings),
        ("manual", .manual), ("mastersthesis", .mastersthesis), ("phdthesis", .phdthesis),
        ("techreport", .techreport), ("misc", .misc), ("online", .online),
        ("unpublished", .unpublished), ("proceedings", .proceedings),
        ("Dataset", .other("dataset")),
    ])
    func entryTypes(written: String, type: BibEntryType) {
        let read = entries("@\(written){k, title = {T}}")
        #expect(read.first?.type == type)
    }

    @Test func valueForms() {
        let entry = entries("""
            @article{k,
              Title = {Nested {Braces {Deep}} here},
              journal = "Quoted {with "quote" inside}",
              year = 1984,
              volume = {12},
              note = {a} # " and " # "b",
            }
            """).first
        #expect(entry?["title"] == "Nested Braces Deep here")
        #expect(entry?["journal"] == "Quoted with \"quote\" inside")
        #expect(entry?["year"] == "1984")
        #expect(entry?["volume"] == "12")
        #expect(entry?["note"] == "a and b")
    }

    @Test func stringMacrosAndMonths() {
        let (read, diagnostics) = BibTeXReader.read("""
            @string{rand = "Rand Corporation"}
            @STRING(place = {Santa Monica, CA})
            @techreport{gelman1984future,
              institution = rand, address = place,
              month = oct, note = "Published by " # rand # ", " # "1984",
            }
            """)
        #expect(diagnostics.isEmpty)
        #expect(read.first?["institution"] == "Rand Corporation")
        #expect(read.first?["address"] == "Santa Monica, CA")
        #expect(read.first?["month"] == "October")
        #expect(read.first?["note"] == "Published by Rand Corporation, 1984")
    }

    @Test func preambleCommentsAndTextBetweenEntriesAreSkipped() {
        let read = entries("""
            This file lists sources. % not an entry
            @preamble{"\\newcommand{\\noopsort}[1]{}"}
            @comment{@article{hidden, title = {No}}}
            % @book{alsohidden, title = {No}}
            @misc{shown, title = {Yes}}
            """)
        #expect(read.map(\.key) == ["shown"])
    }

    @Test func parenthesesDelimitEntries() {
        let read = entries("@book(k, title = {A (parenthetical) title})")
        #expect(read.first?["title"] == "A (parenthetical) title")
    }

    @Test func rawTextLocationAndFieldLocations() {
        let text = "% head\n\n  @misc{k,\n  title = {T}}\ntrailing"
        let entry = entries(text).first
        #expect(entry?.raw == "@misc{k,\n  title = {T}}")
        #expect(entry?.location == BibLocation(line: 3, column: 3))
        #expect(entry?.fieldLocations["title"] == BibLocation(line: 4, column: 3))
    }

    @Test func columnsCountUnicodeScalars() {
        // "é" is one scalar, so the @ after "é " is column 3; "\r\n" is one line break.
        let entry = entries("é @misc{a, title={x}}\r\n@misc{b, title={y}}").last
        #expect(entries("é @misc{a, title={x}}").first?.location.column == 3)
        #expect(entry?.location == BibLocation(line: 2, column: 1))
    }

    @Test func namesAreParsedFromAuthorEditorTranslator() {
        let entry = entries("""
            @book{k, author = {Gelman, Harry and Norman D. Levin},
              editor = {{Rand Corporation}}, translator = {Smith, J. and others}}
            """).first
        #expect(entry?.authors.map(\.displayName) == ["Harry Gelman", "Norman D. Levin"])
        #expect(entry?.editors.first?.isLiteral == true)
        #expect(entry?.translators.andOthers == true)
        #expect(entry?["author"] == "Gelman, Harry and Norman D. Levin")
    }

    @Test func emptyFieldsAreKeptButReadAsAbsent() {
        let entry = entries("@book{k, note = {}, series = \"  \"}").first
        #expect(entry?.fields["note"] == "")
        #expect(entry?["note"] == nil)
        #expect(entry?["series"] == nil)
    }
}

/// A field's value is read trimmed, and an empty one is no value, whichever way it is trimmed.
@Suite struct BibEntryFieldTests {
    @Test func fieldsReadTrimmedAsFoundationTrimsThem() {
        var random = SplitMix64(seed: 0xB1B_E4)
        let pieces = ["a", "Z", "9", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{01}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2003}",
                      "\u{3000}", "é", "e\u{301}", "{", "}", "-", "—", ".", "~"]
        var fields: [String: String] = [:]
        for index in 0..<3_000 { fields["f\(index)"] = random.text(from: pieces, maxPieces: 8) }
        let entry = BibEntry(key: "k", type: .misc, fields: fields)
        for (name, value) in fields {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(entry[name] == (trimmed.isEmpty ? nil : trimmed), "\(value.debugDescription)")
            #expect(entry[name.uppercased()] == entry[name])
        }
    }
}
