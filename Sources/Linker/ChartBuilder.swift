import CitationStyles
import Charts
import CommonMark
import Corpus
import Diagnostics
import EDTF

/// Turns a data series and a chart request into an accessible figure: the SVG chart, a
/// caption with the source, and the data as a table.
package struct ChartBuilder: Sendable {
    let series: [String: DataSeries]
    /// Event id -> (title, fractional year) for marks on a year axis.
    let events: [String: (title: String, year: Double)]
    let references: ReferenceList
    let paths: SitePaths

    init(series: [DataSeries], events: [TimelineEvent], references: ReferenceList, paths: SitePaths) {
        self.series = Dictionary(series.map { ($0.id, $0) }) { first, _ in first }
        var marks: [String: (String, Double)] = [:]
        for event in events {
            guard let day = (try? EDTFValue.parse(event.date.value))?.earliest else { continue }
            marks[event.id] = (event.title, Double(day.year) + Double(day.month - 1) / 12 + Double(day.day - 1) / 365)
        }
        self.events = marks
        self.references = references
        self.paths = paths
    }

    /// The charts a series shows by default: its amounts, and its shares when it has any.
    package static func defaultCharts(for table: DataSeries) -> [ChartConfig] {
        guard table.rows.count > 1 else { return [] }
        let location = SourceLocation(file: table.yamlFile)
        let amounts = table.columns.enumerated().filter { $0.offset != table.keyColumn && $0.element.type == .number }
        let shares = table.columns.enumerated().filter { $0.offset != table.keyColumn && $0.element.type == .percent }
        var charts: [ChartConfig] = []
        // A line joins points of one quantity over time; anything else is compared as bars.
        let overTime = table.columns[table.keyColumn].type == .year
            && table.rows.allSatisfy { Int(table.key(of: $0)) != nil }
        if !amounts.isEmpty {
            charts.append(ChartConfig(kind: overTime ? .line : .groupedBar, columns: amounts.map(\.element.id), title: nil, events: [], location: location))
        }
        if !shares.isEmpty {
            charts.append(ChartConfig(kind: overTime ? .line : .groupedBar, columns: shares.map(\.element.id), title: "\(table.title): shares", events: [], location: location))
        }
        return charts
    }

    /// Problems with a chart request: columns that are not numeric columns of the series,
    /// events that do not exist. Reported once, when the series is read.
    package func problems(_ table: DataSeries, _ config: ChartConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in config.columns where table.column(name).map({ table.columns[$0].type == .text }) ?? true {
            diagnostics.append(.error(
                "chart-column-unknown", "series \"\(table.id)\" has no numeric column \"\(name)\"",
                at: config.location,
                hint: "numeric columns: " + table.columns.filter { $0.type != .text }.map(\.id).joined(separator: ", ")))
        }
        for eventID in config.events where events[eventID] == nil {
            diagnostics.append(.error(
                "chart-event-unknown", "no timeline event \"\(eventID)\"", at: config.location,
                hint: "name an event id from Content/timeline/"))
        }
        return diagnostics
    }

    /// A `<figure>` for one chart, with links relative to `page`.
    package func figure(
        _ table: DataSeries, _ config: ChartConfig, page: String, id: String, tableOpen: Bool,
        diagnostics: inout [Diagnostic]
    ) -> String? {
        var columns: [DataSeries.Column] = []
        for name in config.columns {
            guard let index = table.column(name), table.columns[index].type != .text else {
                diagnostics.append(.error(
                    "chart-column-unknown", "series \"\(table.id)\" has no numeric column \"\(name)\"",
                    at: config.location,
                    hint: "numeric columns: " + table.columns.filter { $0.type != .text }.map(\.id).joined(separator: ", ")))
                return nil
            }
            columns.append(table.columns[index])
        }
        guard !columns.isEmpty else { return nil }
        // Printed tables often run from the latest year down; a time axis runs forward.
        let rows = table.columns[table.keyColumn].type == .year
            ? table.rows.enumerated().sorted { lhs, rhs in
                let (l, r) = (Int(table.key(of: lhs.element)) ?? 0, Int(table.key(of: rhs.element)) ?? 0)
                return l != r ? l < r : lhs.offset < rhs.offset
            }.map(\.element)
            : table.rows
        let keys = rows.map { table.key(of: $0) }
        let years = keys.compactMap { Int($0) }
        let xAxis: ChartXAxis = table.columns[table.keyColumn].type == .year && years.count == keys.count
            && Set(years).count == years.count
            ? .years(years) : .categories(Self.uniqueLabels(keys))
        let chartSeries = columns.map { column in
            let index = table.column(column.id) ?? 0
            return ChartSeries(name: column.title, values: rows.map { $0.cells[index].number })
        }
        var marks: [EventMark] = []
        for eventID in config.events {
            guard let event = events[eventID] else {
                diagnostics.append(.error(
                    "chart-event-unknown", "no timeline event \"\(eventID)\"", at: config.location,
                    hint: "name an event id from Content/timeline/"))
                continue
            }
            marks.append(EventMark(
                x: event.year, label: event.title,
                href: PagePath.link(from: page, to: "timeline/index.html#event-\(eventID)")))
        }
        let isShare = columns.allSatisfy { $0.type == .percent }
        let title = config.title ?? table.title
        var spec = ChartSpec(
            id: id, title: title,
            description: "\(config.kind == .line ? "Line chart" : "Bar chart") of \(columns.map(\.title).joined(separator: ", ")) by \(table.columns[table.keyColumn].title.lowercased()), \(keys.first ?? "") to \(keys.last ?? ""). The data table follows the chart.",
            kind: config.kind.chartKind, xAxis: xAxis, series: chartSeries,
            yAxisLabel: isShare ? "Percent" : table.unit.prefix(1).uppercased() + table.unit.dropFirst(),
            xAxisLabel: table.columns[table.keyColumn].title,
            sourceLine: sourceLine(table, page: page), eventMarks: marks)
        // role="img" hides links inside the SVG from assistive technology: they go in the caption.
        spec.linksInside = false
        var caption = HTMLEscaping.escape(title)
        if let source = spec.sourceLine {
            caption += source.href.map {
                " <a class=\"chart-source-link\" href=\"\(HTMLEscaping.attributeURL($0))\">\(HTMLEscaping.escape(source.text))</a>"
            } ?? " " + HTMLEscaping.escape(source.text)
        }
        if !marks.isEmpty {
            caption += " <span class=\"chart-events\">Marked: " + marks.compactMap { mark in
                mark.href.map { "<a href=\"\(HTMLEscaping.attributeURL($0))\">\(HTMLEscaping.escape(mark.label))</a>" }
            }.joined(separator: "; ") + ".</span>"
        }
        caption += table.source.printed.map { " <span class=\"chart-source-note\">" + HTMLEscaping.escape($0) + "</span>" } ?? ""
        return "<figure class=\"chart-figure\" aria-labelledby=\"\(id)-caption\">\n"
            + ChartRenderer.svg(spec) + "\n"
            + "<details class=\"chart-data\"\(tableOpen ? " open" : "")><summary>The data as a table</summary>\n"
            + ChartTableRenderer.html(spec) + "\n</details>\n"
            // The caption closes the figure: HTML allows it only first or last.
            + "<figcaption id=\"\(id)-caption\">\(caption)</figcaption>\n</figure>\n"
    }

    /// "Gelman and Levin 1984, p. 11": the series' source as a short citation.
    package func sourceText(_ table: DataSeries) -> String? {
        guard let key = table.source.reference?.value,
              let citation = references.citation(key)?.plainText else { return nil }
        let text = citation.hasPrefix("(") && citation.hasSuffix(")") ? String(citation.dropFirst().dropLast()) : citation
        return table.source.locator.map { "\(text), \($0)" } ?? text
    }

    private func sourceLine(_ table: DataSeries, page: String) -> SourceLine? {
        guard let key = table.source.reference?.value,
              let citation = references.citation(key)?.plainText else { return nil }
        var text = citation.hasPrefix("(") && citation.hasSuffix(")") ? String(citation.dropFirst().dropLast()) : citation
        if let locator = table.source.locator { text += ", \(locator)" }
        return SourceLine(text: "Source: \(text)", href: PagePath.link(from: page, to: paths.reference(key)))
    }

    static func uniqueLabels(_ keys: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            let count = seen[key, default: 0] + 1
            seen[key] = count
            return count == 1 ? key : "\(key) (\(count))"
        }
    }
}

extension ChartConfig.Kind {
    var chartKind: ChartKind {
        switch self {
        case .line: .line
        case .groupedBar: .groupedBar
        case .stackedBar: .stackedBar
        }
    }
}
