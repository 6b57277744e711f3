import Corpus
import Diagnostics
import StrictCSV

/// Reads one data series strictly: the CSV by RFC 4180 with every problem positioned, the
/// YAML description field by field, the columns checked against the header, numbers parsed
/// (N.A. is missing, never zero) and keys checked for duplicates.
struct DataSeriesReader {
    let file: DataSeriesFile

    func read(diagnostics: inout [Diagnostic]) -> DataSeries? {
        var fields = FieldReader(file.description, file: file.yamlFile)
        let title = fields.string("title", required: true)
        let unit = fields.string("unit", required: true)
        let currency = fields.string("currency")
        let source = readSource(fields.value("source"), diagnostics: &diagnostics)
        if !fields.has("source") {
            diagnostics.append(.error(
                "front-matter-missing-key", "missing required key \"source\"",
                at: file.description.location, hint: "say where the figures come from: `source: {ref: key, locator: \"p. 12\"}`"))
        }
        let keyName = fields.string("key")
        let keyUnique = fields.flag("key_unique") ?? true
        let columns = readColumns(fields.value("columns"), diagnostics: &diagnostics)
        let derived = readDerived(fields.value("derived"), diagnostics: &diagnostics)
        let corrections = readCorrections(fields.value("corrections"), diagnostics: &diagnostics)
        let notes = fields.strings("notes")
        let charts = (fields.value("charts")?.items ?? []).compactMap {
            ChartConfigReader.read($0, file: file.yamlFile, diagnostics: &diagnostics)
        }
        _ = fields.string("scale")
        diagnostics += fields.finish(kind: "a data series description")
        guard let title, let unit, let columns else { return nil }

        let (table, csvProblems) = StrictCSVReader.read(file.csvText)
        diagnostics += csvProblems.map { problem in
            .error(problem.ruleID, problem.message,
                   at: SourceLocation(file: file.csvFile, line: problem.line, column: problem.column),
                   hint: problem.hint)
        }
        guard let table else { return nil }
        guard table.header == columns.map(\.id) else {
            diagnostics.append(.error(
                "data-columns-mismatch",
                "the CSV header (\(table.header.joined(separator: ", "))) does not match the declared columns (\(columns.map(\.id).joined(separator: ", ")))",
                at: SourceLocation(file: file.csvFile, line: 1),
                hint: "declare one entry under `columns:` in \(file.yamlFile) for each CSV column, in order"))
            return nil
        }
        let keyColumn = keyName.flatMap { name in columns.firstIndex { $0.id == name } } ?? 0
        if let keyName, columns.firstIndex(where: { $0.id == keyName }) == nil {
            diagnostics.append(.error(
                "data-key-unknown", "key column \"\(keyName)\" is not a declared column",
                at: fields.location(of: "key")))
        }
        var rows: [DataSeries.Row] = []
        var seenKeys: [String: Int] = [:]
        for csvRow in table.rows {
            var cells: [DataSeries.Cell] = []
            var locations: [SourceLocation] = []
            for (index, column) in columns.enumerated() {
                let text = csvRow.fields[index]
                let position = csvRow.position(ofField: index)
                let location = SourceLocation(file: file.csvFile, line: position.line, column: position.column)
                locations.append(location)
                guard column.type.isNumeric else {
                    cells.append(.text(text))
                    continue
                }
                switch CSVValueParser.parse(text) {
                case .success(.missing): cells.append(.missing)
                case .success(.number(let value)): cells.append(.number(value, printed: text))
                case .failure(let problem):
                    diagnostics.append(.error(
                        problem.rule.rawValue, "column \"\(column.id)\": \(problem.message)",
                        at: location, hint: problem.hint))
                    cells.append(.missing)
                }
            }
            let key = cells[keyColumn].display
            if keyUnique, let first = seenKeys[key] {
                diagnostics.append(.error(
                    "data-duplicate-key", "key \"\(key)\" repeats the row on line \(first)",
                    at: locations[keyColumn],
                    hint: "keys must be unique; if the printed table really has two rows, set `key_unique: false`"))
            }
            seenKeys[key] = seenKeys[key] ?? csvRow.line
            rows.append(DataSeries.Row(line: csvRow.line, cells: cells, locations: locations))
        }
        return DataSeries(
            id: file.id, title: title, unit: unit, currency: currency, source: source,
            keyColumn: keyColumn, columns: columns, rows: rows, derived: derived,
            corrections: corrections, notes: notes, charts: charts, csvFile: file.csvFile,
            yamlFile: file.yamlFile, csvText: file.csvText)
    }

    private func readSource(_ value: YAMLValue?, diagnostics: inout [Diagnostic]) -> DataSeries.Source {
        guard let value else { return DataSeries.Source() }
        var fields = FieldReader(value, file: file.yamlFile)
        let source = DataSeries.Source(
            reference: fields.string("ref").map { Located($0, at: fields.location(of: "ref")) },
            locator: fields.string("locator"),
            anchor: fields.string("anchor").map { Located($0, at: fields.location(of: "anchor")) },
            printed: fields.string("printed"))
        diagnostics += fields.finish(kind: "a data source")
        return source
    }

    private func readColumns(_ value: YAMLValue?, diagnostics: inout [Diagnostic]) -> [DataSeries.Column]? {
        guard let items = value?.items, !items.isEmpty else {
            diagnostics.append(.error(
                "front-matter-missing-key", "missing required key \"columns\"",
                at: value?.location ?? file.description.location,
                hint: "list the columns: `columns: [{id: year, title: Year, type: year}, …]`"))
            return nil
        }
        var columns: [DataSeries.Column] = []
        for item in items {
            var fields = FieldReader(item, file: file.yamlFile)
            let id = fields.string("id", required: true)
            let title = fields.string("title") ?? id ?? ""
            let typeName = fields.string("type") ?? "number"
            diagnostics += fields.finish(kind: "a column")
            guard let type = DataSeries.ColumnType(rawValue: typeName) else {
                diagnostics.append(.error(
                    "data-column-type", "unknown column type \"\(typeName)\"", at: fields.location(of: "type"),
                    hint: "use one of: \(DataSeries.ColumnType.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            if let id { columns.append(DataSeries.Column(id: id, title: title, type: type)) }
        }
        return columns.count == items.count ? columns : nil
    }

    private func readDerived(_ value: YAMLValue?, diagnostics: inout [Diagnostic]) -> [DerivedColumnRule] {
        (value?.items ?? []).compactMap { item in
            var fields = FieldReader(item, file: file.yamlFile)
            let column = fields.string("column", required: true)
            let sum = fields.strings("sum")
            let part = fields.string("percent")
            let whole = fields.string("of")
            let toleranceText = fields.string("tolerance") ?? "0.5"
            diagnostics += fields.finish(kind: "a derived column")
            guard let column else { return nil }
            guard let tolerance = Double(toleranceText) else {
                diagnostics.append(.error(
                    "data-derived-invalid", "tolerance \"\(toleranceText)\" is not a number",
                    at: fields.location(of: "tolerance")))
                return nil
            }
            let formula: DerivedColumnRule.Formula
            if !sum.isEmpty {
                formula = .sum(sum)
            } else if let part, let whole {
                formula = .percent(part: part, of: whole)
            } else {
                diagnostics.append(.error(
                    "data-derived-invalid", "a derived column needs `sum: [a, b]` or `percent: part` with `of: total`",
                    at: item.location))
                return nil
            }
            return DerivedColumnRule(column: column, formula: formula, tolerance: tolerance, location: item.location)
        }
    }

    private func readCorrections(_ value: YAMLValue?, diagnostics: inout [Diagnostic]) -> [DataSeries.Correction] {
        (value?.items ?? []).compactMap { item in
            var fields = FieldReader(item, file: file.yamlFile)
            let correction = DataSeries.Correction(
                row: fields.string("row", required: true) ?? "",
                column: fields.string("column", required: true) ?? "",
                printed: fields.string("printed", required: true) ?? "",
                value: fields.string("value", required: true) ?? "",
                reason: fields.string("reason", required: true) ?? "")
            diagnostics += fields.finish(kind: "a correction")
            return correction
        }
    }
}
