import Diagnostics
import Foundation

/// Recomputes derived columns (sum, percent of total) and warns about every row whose
/// printed value disagrees beyond the stated tolerance, naming the cell; checks that the
/// series' sources name existing references and passages.
struct DataSeriesCheck {
    let series: [DataSeries]
    let index: AnchorIndex
    let referenceKeys: Set<String>

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for table in series {
            diagnostics += checkDerived(table)
            if let reference = table.source.reference, !referenceKeys.contains(reference.value) {
                diagnostics.append(.error(
                    "reference-key-unknown", "no entry \"\(reference.value)\" in references.bib",
                    at: reference.location, hint: "add a BibTeX entry with this key, or fix the key"))
            }
            if let anchor = table.source.anchor, let problem = anchorProblem(anchor.value) {
                diagnostics.append(.error("data-source-anchor-unknown", problem, at: anchor.location,
                                          hint: "write the page as articles/<slug>#p3 or documents/<slug>#page-12"))
            }
            if let sourceColumn = table.column("source"), table.columns[sourceColumn].type == .text {
                for row in table.rows {
                    let text = row.cells[sourceColumn].display
                    if !text.isEmpty, let problem = anchorProblem(text) {
                        diagnostics.append(.error(
                            "data-source-anchor-unknown", problem, at: row.locations[sourceColumn],
                            hint: "write the page as articles/<slug>#p3 or documents/<slug>#page-12"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// nil when `target` (`articles/x#p3`) names an existing page and anchor.
    func anchorProblem(_ target: String) -> String? {
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        guard let page = parts.first, index.hasPage(page) else { return "no page \"\(target.split(separator: "#").first ?? "")\"" }
        if parts.count == 2, !index.has(page, anchor: parts[1]) {
            return "\(page) has no anchor \"\(parts[1])\""
        }
        return nil
    }

    private func checkDerived(_ table: DataSeries) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in table.derived {
            guard let target = table.column(rule.column) else {
                diagnostics.append(.error("data-derived-invalid", "no column \"\(rule.column)\"", at: rule.location))
                continue
            }
            let inputs: [String]
            switch rule.formula {
            case .sum(let parts): inputs = parts
            case .percent(let part, let whole): inputs = [part, whole]
            }
            let inputColumns = inputs.map { table.column($0) }
            guard inputColumns.allSatisfy({ $0 != nil }) else {
                diagnostics.append(.error(
                    "data-derived-invalid", "a derived rule names an unknown column: \(inputs.joined(separator: ", "))",
                    at: rule.location))
                continue
            }
            for row in table.rows {
                let values = inputColumns.compactMap { $0.flatMap { row.cells[$0].number } }
                guard values.count == inputs.count, let printed = row.cells[target].number else { continue }
                let expected: Double
                switch rule.formula {
                case .sum: expected = values.reduce(0, +)
                case .percent:
                    guard values[1] != 0 else { continue }
                    expected = values[0] / values[1] * 100
                }
                if abs(expected - printed) > rule.tolerance + 1e-9 {
                    diagnostics.append(.warning(
                        "data-derived-mismatch",
                        "\(table.id) row \(table.key(of: row)), column \(rule.column): printed \(row.cells[target].display) but the table's own figures give \(String(format: "%.2f", expected))",
                        at: row.locations[target],
                        hint: "check the OCR reading of this row, or record a correction in \(table.yamlFile)"))
                }
            }
        }
        return diagnostics
    }
}
