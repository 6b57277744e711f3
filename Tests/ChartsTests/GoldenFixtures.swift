@testable import Charts

/// Small specs, one per chart shape, whose SVGs are kept as golden files.
///
/// The values are synthetic test data, not figures from any source.
enum GoldenFixtures {
    static let all: [(name: String, spec: ChartSpec)] = [
        ("line-years", lineYears),
        ("line-categories", lineCategories),
        ("grouped-bar", groupedBar),
        ("stacked-bar", stackedBar),
    ]

    static let lineYears = ChartSpec(
        id: "golden-line",
        title: "Synthetic series over years, with a gap",
        description: "Three made-up series from 1955 to 1964; "
            + "Beta has no values for 1958 and 1959.",
        kind: .line,
        xAxis: .years(Array(1955...1964)),
        series: [
            ChartSeries(name: "Alpha", values: [120, 135, 150, 180, 210, 260, 240, 300, 320, 360]),
            ChartSeries(name: "Beta", values: [80, 95, 90, nil, nil, 140, 150, 145, 170, 190]),
            ChartSeries(name: "Gamma & Delta", values: [40, 42, 60, 58, 75, nil, 90, 110, 95, 130]),
        ],
        yAxisLabel: "Millions of U.S. dollars",
        sourceLine: SourceLine(text: "Source: synthetic test data", href: "../data/test.html"),
        eventMarks: [
            EventMark(x: 1957.5, label: "Event one", href: "../events/one.html"),
            EventMark(x: 1958, label: "Event two, close by", href: "javascript:alert(1)"),
            EventMark(x: 1962, label: "Event three"),
        ])

    static let lineCategories = ChartSpec(
        id: "golden-line-categories",
        title: "Synthetic values by category, some negative",
        description: "Two made-up series over five long category names.",
        kind: .line,
        xAxis: .categories(["First category", "Second category", "Third <category>",
                            "Fourth category", "A fifth, rather long category name"]),
        series: [
            ChartSeries(name: "Alpha", values: [-2.5, 1.2, 3.4, nil, 0.8]),
            ChartSeries(name: "Beta", values: [0.3, -1.1, 2.2, 2.9, 4.1]),
        ],
        yAxisLabel: "Percent",
        xAxisLabel: "Category",
        sourceLine: SourceLine(text: "Source: synthetic test data"))

    static let groupedBar = ChartSpec(
        id: "golden-grouped",
        title: "Synthetic grouped bars over years",
        description: "Three made-up series from 1970 to 1975; Beta is missing for 1972.",
        kind: .groupedBar,
        xAxis: .years(Array(1970...1975)),
        series: [
            ChartSeries(name: "Alpha", values: [420, 515, 610, 580, 700, 2_204]),
            ChartSeries(name: "Beta", values: [300, 340, nil, 390, 410, 450]),
            ChartSeries(name: "Gamma", values: [150, 160, 170, 175, 190, 205]),
        ],
        yAxisLabel: "Millions of U.S. dollars",
        sourceLine: SourceLine(text: "Source: synthetic test data, with a source line long "
            + "enough that it has to wrap onto a second line under the chart, as long credit "
            + "lines for printed tables often do",
            href: "https://example.org/source?a=1&b=2"),
        eventMarks: [EventMark(x: 1973, label: "Midpoint", href: "../events/mid.html")])

    static let stackedBar = ChartSpec(
        id: "golden-stacked",
        title: "Synthetic stacked bars by category",
        description: "Three made-up parts in four categories; one part is missing.",
        kind: .stackedBar,
        xAxis: .categories(["North", "South", "East & West", "Centre"]),
        series: [
            ChartSeries(name: "Part one", values: [12, 15, 9, 20]),
            ChartSeries(name: "Part two", values: [7, nil, 6, 8]),
            ChartSeries(name: "Part three", values: [4, 5, 3, 2]),
        ],
        yAxisLabel: "Thousands of tons",
        sourceLine: SourceLine(text: "Source: synthetic test data"))
}
