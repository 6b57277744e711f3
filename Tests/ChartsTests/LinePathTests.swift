import Testing
@testable import Charts

/// Missing values break lines; they are never drawn as zero.
struct LinePathTests {
    @Test func gapsStartANewSubpath() {
        let points: [LinePlotter.Point?] = [(0, 10), (1, 11), nil, (3, 13), (4, 14)]
        #expect(LinePlotter.pathData(points) == "M0,10 L1,11 M3,13 L4,14")
    }

    @Test func isolatedPointsAndEdgesDrawNoLine() {
        let points: [LinePlotter.Point?] = [nil, (1, 1), nil, (3, 3), (4, 4), nil, nil, (7, 7)]
        #expect(LinePlotter.pathData(points) == "M3,3 L4,4")
        #expect(LinePlotter.pathData([nil, nil]) == "")
        #expect(LinePlotter.pathData([]) == "")
    }

    @Test func renderedLineBreaksAtMissingValueAndKeepsItsMarkers() {
        let spec = ChartSpec(
            id: "gap", title: "Gap", description: "", kind: .line,
            xAxis: .years([2000, 2001, 2002, 2003, 2004]),
            series: [ChartSeries(name: "A", values: [1, 2, nil, 4, 5])], yAxisLabel: "")
        let svg = ChartRenderer.svg(spec)
        let line = svg.split(separator: "\n").first { $0.contains("class=\"chart-line\" d=") }
        #expect(line?.components(separatedBy: "M").count == 3)  // two subpaths
        #expect(svg.components(separatedBy: "class=\"chart-marker\"").count - 1 == 4 + 1)
        #expect(!svg.contains("A, 2002"))  // no marker, no tooltip for the missing year
    }

    @Test func missingIsNeverZero() {
        let spec = ChartSpec(
            id: "z", title: "", description: "", kind: .line, xAxis: .categories(["a", "b"]),
            series: [ChartSeries(name: "A", values: [nil, 100])], yAxisLabel: "")
        let svg = ChartRenderer.svg(spec)
        #expect(!svg.contains(": 0<"))
        #expect(svg.contains("A, b: 100"))
    }
}
