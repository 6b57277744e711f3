import Corpus
import Diagnostics

/// A table of numbers with its meaning: read strictly from `data/<id>.csv` and `<id>.yaml`.
package struct DataSeries: Sendable, Equatable {
    package enum ColumnType: String, Sendable, CaseIterable {
        case year, number, percent, text
        var isNumeric: Bool { self != .text }
    }

    package struct Column: Sendable, Equatable {
        package var id: String
        package var title: String
        package var type: ColumnType
    }

    package enum Cell: Sendable, Equatable {
        case number(Double, printed: String)
        case missing
        case text(String)

        package var number: Double? {
            if case .number(let value, _) = self { value } else { nil }
        }

        /// The cell as the table shows it.
        package var display: String {
            switch self {
            case .number(_, let printed): printed
            case .missing: "N.A."
            case .text(let text): text
            }
        }
    }

    package struct Row: Sendable, Equatable {
        package var line: Int
        package var cells: [Cell]
        /// Where each cell sits in the CSV file.
        package var locations: [SourceLocation]
    }

    package struct Source: Sendable, Equatable {
        package var reference: Located<String>?
        package var locator: String?
        package var anchor: Located<String>?
        package var printed: String?
    }

    package struct Correction: Sendable, Equatable {
        package var row: String
        package var column: String
        package var printed: String
        package var value: String
        package var reason: String
    }

    package var id: String
    package var title: String
    package var unit: String
    package var currency: String?
    package var source: Source
    package var keyColumn: Int
    package var columns: [Column]
    package var rows: [Row]
    package var derived: [DerivedColumnRule]
    package var corrections: [Correction]
    package var notes: [String]
    /// Charts the author asked for; empty means the default charts.
    package var charts: [ChartConfig] = []
    package var csvFile: String
    package var yamlFile: String
    package var csvText: String

    package func column(_ id: String) -> Int? { columns.firstIndex { $0.id == id } }

    /// The key of a row as shown ("1970").
    package func key(of row: Row) -> String { row.cells[keyColumn].display }
}

/// One chart of a series: which columns, drawn how, with which events marked.
package struct ChartConfig: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case line, groupedBar = "grouped-bar", stackedBar = "stacked-bar"
    }

    package var kind: Kind
    package var columns: [String]
    package var title: String?
    package var events: [String]
    package var location: SourceLocation
}

/// A column the build recomputes: `sum: [a, b]` or `percent: part` `of: total`.
package struct DerivedColumnRule: Sendable, Equatable {
    package enum Formula: Sendable, Equatable {
        case sum([String])
        case percent(part: String, of: String)
    }

    package var column: String
    package var formula: Formula
    package var tolerance: Double
    package var location: SourceLocation
}
