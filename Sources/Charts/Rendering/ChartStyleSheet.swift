/// The default look of every chart, embedded in each SVG as `<style>`.
///
/// Every selector is wrapped in `:where()`, which has zero specificity, so any rule in
/// the page's own stylesheet wins. Colours come from `currentColor`: the root sets a
/// text colour and each series class sets its own, so a page can restyle a chart by
/// setting `color`. The series colours follow the Okabe–Ito colour-blind-safe palette,
/// darkened where needed for contrast on white and with a crimson in place of its sky
/// blue (too close to its blue); a dark colour scheme gets lighter variants. In print,
/// text and axes are black and series keep their markers, dashes and hatching.
enum ChartStyleSheet {
    private static let light = [
        "#0072b2", "#c24d00", "#007a5a", "#b4569a", "#a86f00", "#b2182b", "#6a4c93", "#555555",
    ]
    private static let dark = [
        "#6cbcf0", "#ff9a5c", "#3fd1a2", "#eba6d1", "#f2c14e", "#ff6b6b", "#c5a8f0", "#c8c8c8",
    ]

    /// The CSS text, one rule per line.
    static var css: String {
        var rules = [
            ":where(svg.chart){display:block;width:100%;height:auto;color:#1b1b1b;"
                + "font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif}",
            ":where(.chart text){fill:currentColor}",
            ":where(.chart .chart-title){font-weight:600}",
            ":where(.chart .chart-grid){stroke:currentColor;stroke-opacity:.15}",
            ":where(.chart .chart-axis){stroke:currentColor;stroke-opacity:.55}",
            ":where(.chart .chart-zero){stroke:currentColor;stroke-opacity:.9}",
            ":where(.chart .chart-line){fill:none;stroke:currentColor;stroke-width:2}",
            ":where(.chart .chart-marker){fill:currentColor}",
            ":where(.chart .chart-bar){stroke:currentColor;stroke-width:.8}",
            ":where(.chart .chart-event line){stroke:currentColor;stroke-opacity:.75}",
            ":where(.chart .chart-missing){font-style:italic}",
            ":where(.chart a text){text-decoration:underline}",
            ":where(.chart a:focus-visible){outline:2px solid currentColor}",
        ]
        rules += seriesRules(light)
        rules.append("@media (prefers-color-scheme:dark){")
        rules.append(":where(svg.chart){color:#e8e8e8}")
        rules += seriesRules(dark)
        rules.append("}")
        rules.append("@media print{:where(svg.chart){color:#000}}")
        return rules.joined(separator: "\n")
    }

    private static func seriesRules(_ colors: [String]) -> [String] {
        colors.enumerated().map { ":where(.chart .chart-s\($0.offset + 1)){color:\($0.element)}" }
    }
}
