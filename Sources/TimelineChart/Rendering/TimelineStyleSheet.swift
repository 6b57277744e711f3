/// The default look of every timeline, embedded in each SVG as `<style>`.
///
/// The same conventions as the Charts module's style sheet, so the two look like one
/// family and a page styles both through the `chart` classes: every selector is wrapped
/// in `:where()` (zero specificity, so any rule of the page wins); colours come from
/// `currentColor`, the root setting the text colour and each lane class `chart-s1` …
/// `chart-s8` its own, from the Okabe–Ito colour-blind-safe palette (darkened for
/// contrast on white, lighter variants in a dark colour scheme). Lane colour only
/// repeats what the band already says; mark styles differ in shape and fill, which
/// survive black-and-white printing, where text and axes turn black.
enum TimelineStyleSheet {
    private static let light = [
        "#0072b2", "#c74f00", "#007a5a", "#b4569a", "#a86f00", "#b2182b", "#6a4c93", "#555555",
    ]
    private static let dark = [
        "#6cbcf0", "#ff9a5c", "#3fd1a2", "#eba6d1", "#f2c14e", "#ff6b6b", "#c5a8f0", "#c8c8c8",
    ]

    /// The number of lane colours; a ninth lane reuses the first.
    static let colorCount = 8

    /// The CSS text, one rule per line.
    static var css: String {
        var rules = [
            ":where(svg.chart){display:block;width:100%;height:auto;color:#1b1b1b;"
                + "font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif}",
            ":where(.chart text){fill:currentColor}",
            ":where(.chart .chart-title){font-weight:600}",
            ":where(.chart .chart-grid){stroke:currentColor;stroke-opacity:.15}",
            ":where(.chart .chart-axis){stroke:currentColor;stroke-opacity:.55}",
            ":where(.chart a:focus-visible){outline:2px solid currentColor}",
            ":where(.chart-timeline .timeline-band){fill:currentColor;fill-opacity:.06}",
            ":where(.chart-timeline .timeline-lane-title){font-weight:600}",
            ":where(.chart-timeline a:hover text,.chart-timeline a:focus text)"
                + "{text-decoration:underline}",
            ":where(.chart-timeline .timeline-empty){font-style:italic}",
        ]
        rules += laneRules(light)
        rules.append("@media (prefers-color-scheme:dark){")
        rules.append(":where(svg.chart){color:#e8e8e8}")
        rules += laneRules(dark)
        rules.append("}")
        rules.append("@media print{:where(svg.chart){color:#000}}")
        return rules.joined(separator: "\n")
    }

    /// The colour class of lane number `index` (from 0).
    static func colorClass(lane index: Int) -> String {
        "chart-s\(index % colorCount + 1)"
    }

    private static func laneRules(_ colors: [String]) -> [String] {
        colors.enumerated().map { ":where(.chart .chart-s\($0.offset + 1)){color:\($0.element)}" }
    }
}
