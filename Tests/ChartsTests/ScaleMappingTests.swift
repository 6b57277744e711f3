import Testing
@testable import Charts

/// Mapping values and positions to coordinates.
struct ScaleMappingTests {
    @Test func linearScaleMapsAndExtrapolates() {
        let y = LinearScale(domain: 0...100, from: 300, to: 100)
        #expect(y(0) == 300 && y(100) == 100 && y(50) == 200)
        #expect(y(150) == 0)
        let flat = LinearScale(domain: 5...5, from: 0, to: 10)
        #expect(flat(5) == 5 && flat(1_000) == 5)
    }

    @Test func bandScaleSlots() {
        let band = BandScale(count: 4, start: 100, end: 500, padding: 0.2)
        #expect(band.slotWidth == 100)
        #expect(band.bandWidth == 80)
        #expect(band.bandStart(0) == 110 && band.center(0) == 150)
        #expect(band.center(3) == 450)
        #expect(BandScale(count: 0, start: 0, end: 10).count == 1)
    }

    @Test func lineYearsAreSpacedByValue() {
        let spec = ChartSpec(id: "t", title: "", description: "", kind: .line,
                             xAxis: .years([1950, 1951, 1960]), series: [], yAxisLabel: "")
        let placement = XPlacement(data: ChartData(spec), kind: .line, left: 0, right: 120)
        // Inset by 10 on each side: 1950 → 10, 1960 → 110.
        #expect(placement.x(at: 0, year: 1950) == 10)
        #expect(placement.x(at: 1, year: 1951) == 20)
        #expect(placement.x(forYear: 1955.5, years: [1950, 1951, 1960]) == 65)
        #expect(placement.x(forYear: 1949, years: [1950, 1951, 1960]) == nil)
        #expect(placement.x(forYear: .nan, years: [1950, 1951, 1960]) == nil)
    }

    @Test func barYearsInterpolateBetweenSlots() {
        let spec = ChartSpec(id: "t", title: "", description: "", kind: .groupedBar,
                             xAxis: .years([1970, 1971, 1975]), series: [], yAxisLabel: "")
        let placement = XPlacement(data: ChartData(spec), kind: .groupedBar, left: 0, right: 300)
        let years = [1970, 1971, 1975]
        #expect(placement.x(forYear: 1970, years: years) == 50)
        #expect(placement.x(forYear: 1970.5, years: years) == 100)
        #expect(placement.x(forYear: 1973, years: years) == 200)
        #expect(placement.x(forYear: 1976, years: years) == nil)
        #expect(placement.x(forYear: 1970, years: nil) == nil)
    }

    @Test func singleYearLineIsCentred() {
        let spec = ChartSpec(id: "t", title: "", description: "", kind: .line,
                             xAxis: .years([1984]), series: [], yAxisLabel: "")
        let placement = XPlacement(data: ChartData(spec), kind: .line, left: 0, right: 220)
        #expect(placement.x(at: 0, year: 1984) == 110)
    }
}
