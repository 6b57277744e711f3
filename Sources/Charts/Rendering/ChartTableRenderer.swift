/// Writes a chart's data as an accessible HTML table: the text alternative that lets
/// every reader get at every number.
///
/// One row per x position, one column per series; a caption with the title and unit;
/// `scope` on every header cell; missing values as "N.A.". Each column shows its
/// numbers with the same count of decimals, so they line up. Everything from the
/// caller is escaped.
package enum ChartTableRenderer {
    /// The `<table>` element for `spec`, ending with a line break.
    package static func html(_ spec: ChartSpec) -> String {
        let data = ChartData(spec)
        let ids = ChartIDs(prefix: spec.id)
        let digits = data.values.map { column in
            column.compactMap { $0 }.map(NumberText.fractionDigits(for:)).max() ?? 0
        }
        var writer = SVGWriter()
        writer.open("table", [("class", "chart-data"), ("id", ids.table)])
        let unit = spec.yAxisLabel.isEmpty ? "" : " (\(spec.yAxisLabel))"
        writer.element("caption", text: spec.title + unit)
        writer.open("thead")
        writer.open("tr")
        let corner = spec.xAxisLabel ?? (data.years == nil ? "Category" : "Year")
        writer.element("th", [("scope", "col")], text: corner)
        for name in data.names {
            writer.element("th", [("scope", "col")], text: name)
        }
        writer.close("tr")
        writer.close("thead")
        writer.open("tbody")
        for (index, label) in data.labels.enumerated() {
            writer.open("tr")
            writer.element("th", [("scope", "row")], text: label)
            for (series, column) in data.values.enumerated() {
                if let value = column[index] {
                    writer.element("td", text: NumberText.format(value,
                                                                 fractionDigits: digits[series]))
                } else {
                    writer.element("td", [("class", "chart-missing")], text: "N.A.")
                }
            }
            writer.close("tr")
        }
        writer.close("tbody")
        writer.close("table")
        return writer.output
    }
}
