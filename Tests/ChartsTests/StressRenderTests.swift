import Foundation
import Testing
@testable import Charts

/// Crowded charts, written to a folder for a person to look at when
/// `CHART_PREVIEW_DIR` is set; otherwise only checked to render.
struct StressRenderTests {
    static func manySeriesLine() -> ChartSpec {
        var series: [ChartSeries] = []
        for number in 0..<8 {
            var values: [Double?] = []
            for index in 0..<8 {
                values.append(index == number ? nil : Double(number * 10 + index * (number + 1)))
            }
            series.append(ChartSeries(name: "Series number \(number + 1)", values: values))
        }
        let eventYears: [Double] = [1950, 1950.3, 1951, 1953, 1953.2, 1953.5, 1961, 1983, 1984]
        var marks: [EventMark] = []
        for (offset, year) in eventYears.enumerated() {
            marks.append(EventMark(x: year, label: "Event label \(offset)"))
        }
        return ChartSpec(
            id: "stress-line",
            title: "A deliberately long title that should wrap onto a second line because it "
                + "is far too long for one",
            description: "Eight synthetic series and crowded events.",
            kind: .line, xAxis: .years([1950, 1951, 1953, 1960, 1970, 1975, 1980, 1984]),
            series: series, yAxisLabel: "Index (1950 = 100)", eventMarks: marks)
    }

    static func narrowBars() -> ChartSpec {
        var series: [ChartSeries] = []
        for number in 0..<3 {
            var values: [Double?] = []
            for index in 0..<24 {
                let value: Int = (index * 37 + number * 50) % 400 - 60
                values.append((index + number) % 7 == 0 ? nil : Double(value))
            }
            series.append(ChartSeries(name: "S\(number)", values: values))
        }
        return ChartSpec(
            id: "stress-bars", title: "Narrow grouped bars", description: "24 years.",
            kind: .groupedBar, xAxis: .years(Array(1955...1978)), series: series,
            yAxisLabel: "Units",
            eventMarks: [EventMark(x: 1960.5, label: "Half-way through 1960")])
    }

    static func rotatedStack() -> ChartSpec {
        let names: [String] = (1...9).map { "Category with a long name \($0)" }
        return ChartSpec(
            id: "stress-stacked", title: "Stacked with long category names and negatives",
            description: "Rotated labels.", kind: .stackedBar, xAxis: .categories(names),
            series: [
                ChartSeries(name: "Up", values: [5, 6, 7, nil, 9, 10, 11, 12, 13]),
                ChartSeries(name: "Down", values: [-3, -2, nil, -4, -1, -2, -3, -2, -1]),
                ChartSeries(name: "More", values: [1, 2, 3, 4, 5, nil, 7, 8, 9]),
            ],
            yAxisLabel: "Units")
    }

    @Test func crowdedChartsRender() throws {
        let folder = ProcessInfo.processInfo.environment["CHART_PREVIEW_DIR"]
        let specs = [("stress-line", Self.manySeriesLine()), ("stress-bars", Self.narrowBars()),
                     ("stress-stacked", Self.rotatedStack())]
        for (name, spec) in specs {
            let svg = ChartRenderer.svg(spec)
            #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
            if let folder {
                let url = URL(fileURLWithPath: folder).appendingPathComponent("\(name).svg")
                try Data(svg.utf8).write(to: url)
            }
        }
    }
}
