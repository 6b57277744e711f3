import Foundation

/// Loads the real .bib files kept in Fixtures/ (each names its source on line 1).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static let names = [
        "xampl.bib", "averroes.bib", "scientific-thesis-template.bib",
        "acmart-sample-base.bib",
    ]
}
