import Testing
import TestSupport
@testable import Charts

/// The SVG's structure: accessibility hooks, styling hooks, non-colour cues, and
/// robustness against odd specs.
struct ChartRendererTests {
    private static let kinds = ChartKind.allCases

    private func spec(_ kind: ChartKind, series: [ChartSeries]? = nil,
                      xAxis: ChartXAxis = .years([2000, 2001, 2002])) -> ChartSpec {
        ChartSpec(
            id: "t", title: "Title", description: "What it shows.", kind: kind, xAxis: xAxis,
            series: series ?? [
                ChartSeries(name: "A", values: [1, 2, 3]),
                ChartSeries(name: "B", values: [2, nil, 1]),
            ],
            yAxisLabel: "Units", sourceLine: SourceLine(text: "Source: test", href: "s.html"))
    }

    @Test(arguments: kinds)
    func rootIsAnAccessibleScalableImage(_ kind: ChartKind) throws {
        let svg = ChartRenderer.svg(spec(kind))
        let root = try #require(svg.split(separator: "\n").first)
        #expect(root.contains("role=\"img\""))
        #expect(root.contains("aria-labelledby=\"t-title t-desc\""))
        #expect(root.contains("viewBox=\"0 0 640 "))
        #expect(!root.contains(" width=") && !root.contains(" height="))
        #expect(root.contains("class=\"chart chart-\(kind.rawValue)\""))
        #expect(svg.contains("<title id=\"t-title\">Title</title>"))
        #expect(svg.contains("<desc id=\"t-desc\">What it shows.</desc>"))
        #expect(svg.contains("@media (prefers-color-scheme:dark){"))
        #expect(svg.contains(">Units</text>") && svg.contains(">Source: test</text>"))
        #expect(svg.contains("<a href=\"s.html\">"))
        #expect(XMLCheck.isWellFormed(svg))
    }

    @Test func linesDifferByMarkerAndDash() {
        let series = (0..<3).map { ChartSeries(name: "S\($0)", values: [1, 2, 3]) }
        let svg = ChartRenderer.svg(spec(.line, series: series))
        let lines = svg.split(separator: "\n").filter { $0.contains("class=\"chart-line\" d=") }
        #expect(lines.count == 3)
        #expect(!lines[0].contains("stroke-dasharray"))
        #expect(lines[1].contains("stroke-dasharray=\"7 3\""))
        #expect(lines[2].contains("stroke-dasharray=\"2 3\""))
        #expect(Set(MarkerShape.allCases.map { $0.path(x: 0, y: 0, size: 8) }).count == 8)
        #expect(!svg.contains("<pattern"))
    }

    @Test(arguments: [ChartKind.groupedBar, .stackedBar])
    func barsHavePatternsPerSeries(_ kind: ChartKind) {
        let svg = ChartRenderer.svg(spec(kind))
        #expect(svg.contains("<pattern id=\"t-pattern-1\" class=\"chart-s1\""))
        #expect(svg.contains("<pattern id=\"t-pattern-2\" class=\"chart-s2\""))
        #expect(!svg.contains("t-pattern-3"))
        #expect(svg.contains("fill=\"url(#t-pattern-2)\""))
        #expect(Set(FillPattern.allCases.map { $0.tileMarkup() }).count == 8)
    }

    @Test func groupedBarMarksMissingValue() {
        let svg = ChartRenderer.svg(spec(.groupedBar))
        #expect(svg.contains(">n/a<title>B, 2001: no data</title></text>"))
        // Five bars plus the two legend swatches.
        #expect(svg.components(separatedBy: "class=\"chart-bar\" x=").count - 1 == 7)
    }

    @Test func stackedBarSkipsMissingPartAndSaysSo() {
        let svg = ChartRenderer.svg(spec(.stackedBar))
        #expect(svg.contains("<title>2001: no data for B</title>"))
        #expect(!svg.contains("<title>B, 2001"))
        #expect(svg.contains("<title>A, 2001: 2</title>"))
    }

    @Test func stackedNegativesPileDownwards() {
        let svg = ChartRenderer.svg(spec(.stackedBar, series: [
            ChartSeries(name: "Up", values: [3, 3, 3]),
            ChartSeries(name: "Down", values: [-2, -2, -2]),
        ]))
        #expect(svg.contains("class=\"chart-zero\""))
        #expect(svg.contains(">-2</text>") || svg.contains(">-2.0</text>"))
    }

    @Test func allMissingSaysNoData() {
        let svg = ChartRenderer.svg(spec(.line, series: [ChartSeries(name: "A", values: [nil])]))
        #expect(svg.contains(">No data</text>"))
    }

    @Test func eventMarksLinkAndLabel() {
        var chart = spec(.line)
        chart.eventMarks = [
            EventMark(x: 2000.5, label: "Mid 2000", href: "../e.html"),
            EventMark(x: 2001, label: "Bad link", href: "javascript:x"),
            EventMark(x: 1990, label: "Outside the axis"),
        ]
        let svg = ChartRenderer.svg(chart)
        #expect(svg.contains("<a href=\"../e.html\">"))
        #expect(svg.contains(">Mid 2000</text>") && svg.contains(">Bad link</text>"))
        #expect(!svg.contains("Outside the axis") && !svg.contains("javascript"))
        #expect(svg.contains("stroke-dasharray=\"4 3\""))
    }

    @Test func eventMarksNeedAYearAxis() {
        var chart = spec(.line, xAxis: .categories(["a", "b", "c"]))
        chart.eventMarks = [EventMark(x: 1, label: "Nowhere")]
        #expect(!ChartRenderer.svg(chart).contains("Nowhere"))
    }

    @Test(arguments: kinds)
    func oddSpecsRenderWellFormed(_ kind: ChartKind) {
        let odd: [ChartSpec] = [
            spec(kind, series: []),
            spec(kind, series: [ChartSeries(name: "", values: [])], xAxis: .years([])),
            spec(kind, series: [ChartSeries(name: "A", values: [1, 2, 3, 4, 5, 6])]),
            spec(kind, series: [ChartSeries(name: "A", values: [.nan, .infinity, -.infinity])]),
            spec(kind, series: [
                ChartSeries(name: "A", values: [1e308, -1e308, .leastNonzeroMagnitude]),
            ]),
            spec(kind, series: [ChartSeries(name: "A", values: [0, 0, 0])]),
            spec(kind, xAxis: .years([2002, 2000, 2000])),
            spec(kind, xAxis: .years([Int.min, 0, Int.max])),
            spec(kind, series: (0..<20).map { ChartSeries(name: "S\($0)", values: [1, nil, 3]) }),
            ChartSpec(id: "", title: String(repeating: "word ", count: 200), description: "",
                      kind: kind, xAxis: .categories((0..<300).map { "c\($0)" }),
                      series: [ChartSeries(name: "A", values: (0..<300).map { Double($0) })],
                      yAxisLabel: "", size: ChartSize(width: .nan, plotHeight: -5)),
        ]
        for chart in odd {
            let svg = ChartRenderer.svg(chart)
            #expect(XMLCheck.isWellFormed(svg))
            #expect(!svg.contains("NaN") && !svg.contains("inf"))
        }
    }

    @Test func manyEventMarksStayBounded() {
        var chart = spec(.line)
        chart.eventMarks = (0..<1_000).map {
            EventMark(x: 2000 + Double($0) / 500, label: "E\($0)")
        }
        let svg = ChartRenderer.svg(chart)
        #expect(svg.components(separatedBy: "class=\"chart-event\"").count - 1
            == EventLabelPacker.maxMarks)
    }
}
