import CommonMark
import Corpus
import Diagnostics
import Linker

/// The Data page: every series with its charts, its full table, its notes, its corrections
/// and its CSV.
struct DataPages {
    let site: ResolvedSite

    static let schema: [String: TemplateSchema] = [
        "series": .list(.object([
            "id": .text, "title": .text, "unit": .text, "currency": .list(.text),
            "source_text": .list(.text), "source_href": .list(.text), "source_printed": .list(.text),
            "passage_href": .list(.text),
            "charts_html": .html, "table_html": .html, "csv_href": .text,
            "notes": .list(.text), "has_notes": .flag,
            "corrections": .list(.object(["row": .text, "column": .text, "printed": .text, "value": .text, "reason": .text])),
            "has_corrections": .flag,
        ])),
    ]

    func page() -> PlannedPage? {
        guard !site.series.isEmpty, let builder = site.charts else { return nil }
        let path = "data/index.html"
        var layout = LayoutModel(site: site.corpus.site, path: path, title: "Data")
        layout.breadcrumbs = [("Home", "index.html")]
        var ignored: [Diagnostic] = []
        let values: [TemplateValue] = site.series.sorted { $0.title < $1.title }.map { table in
            layout.toc.append((2, "series-\(table.id)", table.title))
            let configs = table.charts.isEmpty ? ChartBuilder.defaultCharts(for: table) : table.charts
            let charts = configs.enumerated().compactMap { index, config in
                builder.figure(table, config, page: path, id: "chart-\(table.id)-\(index + 1)",
                               tableOpen: false, diagnostics: &ignored)
            }.joined(separator: "\n")
            let reference = table.source.reference?.value
            return .object([
                "id": .text("series-\(table.id)"), "title": .text(table.title), "unit": .text(table.unit),
                "currency": .optionalText(table.currency),
                "source_text": .optionalText(builder.sourceText(table)),
                "source_href": .optionalText(reference.map {
                    PagePath.link(from: path, to: site.paths?.reference($0) ?? "bibliography/index.html")
                }),
                "source_printed": .optionalText(table.source.printed),
                "passage_href": .optionalText(table.source.anchor.flatMap { passage($0.value, from: path) }),
                "charts_html": .html(charts), "table_html": .html(Self.table(table)),
                "csv_href": .text(PagePath.link(from: path, to: "data/\(table.id).csv")),
                "notes": .list(table.notes.map { .text($0) }), "has_notes": .flag(!table.notes.isEmpty),
                "corrections": .list(table.corrections.map {
                    .object(["row": .text($0.row), "column": .text($0.column), "printed": .text($0.printed),
                             "value": .text($0.value), "reason": .text($0.reason)])
                }),
                "has_corrections": .flag(!table.corrections.isEmpty),
            ])
        }
        return SitePlanner.page(layout, template: "data", fields: ["series": .list(values)], source: nil)
    }

    /// `articles/x#p3` or `documents/y#page-12` as a link from `path`.
    func passage(_ target: String, from path: String) -> String? {
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        guard let page = parts.first else { return nil }
        let anchor = parts.count > 1 ? parts[1] : nil
        let attestation = Attestation(
            source: Located(page, at: SourceLocation(file: "")),
            anchor: anchor.map { Located($0, at: SourceLocation(file: "")) },
            says: nil, date: nil, location: SourceLocation(file: ""))
        return PagePath.link(from: path, to: TimelineModel.target(of: attestation, in: site))
    }

    /// The whole series as an accessible table: every column, missing values as N.A.
    static func table(_ table: DataSeries) -> String {
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Data table: "
            + HTMLEscaping.escape(table.title) + "\"><table class=\"data-table\">\n<caption>"
            + HTMLEscaping.escape(table.title) + " (" + HTMLEscaping.escape(table.unit) + ")</caption>\n<thead><tr>"
        for column in table.columns {
            html += "<th scope=\"col\">" + HTMLEscaping.escape(column.title) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, column) in table.columns.enumerated() {
                let text = HTMLEscaping.escape(row.cells[index].display)
                if index == table.keyColumn {
                    html += "<th scope=\"row\">\(text)</th>"
                } else {
                    html += column.type == .text ? "<td>\(text)</td>" : "<td class=\"align-right\">\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
