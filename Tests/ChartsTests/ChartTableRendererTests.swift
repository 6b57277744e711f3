import Testing
import TestSupport
@testable import Charts

/// The data table that goes with each chart.
struct ChartTableRendererTests {
    @Test func tableHasCaptionScopesAndMissingValues() {
        let spec = ChartSpec(
            id: "trade", title: "Trade & aid", description: "", kind: .line,
            xAxis: .years([1955, 1956]),
            series: [
                ChartSeries(name: "Total", values: [1_234.5, nil]),
                ChartSeries(name: "<USSR>", values: [12, 13.25]),
            ],
            yAxisLabel: "Millions of U.S. dollars")
        #expect(ChartTableRenderer.html(spec) == """
            <table class="chart-data" id="trade-data">
              <caption>Trade &amp; aid (Millions of U.S. dollars)</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Total</th>
                  <th scope="col">&lt;USSR&gt;</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">1955</th>
                  <td>1,234.5</td>
                  <td>12.00</td>
                </tr>
                <tr>
                  <th scope="row">1956</th>
                  <td class="chart-missing">N.A.</td>
                  <td>13.25</td>
                </tr>
              </tbody>
            </table>

            """)
    }

    @Test func categoryHeadingAndCustomHeading() {
        var spec = ChartSpec(id: "c", title: "T", description: "", kind: .groupedBar,
                             xAxis: .categories(["a"]),
                             series: [ChartSeries(name: "S", values: [.nan])], yAxisLabel: "")
        #expect(ChartTableRenderer.html(spec).contains("<th scope=\"col\">Category</th>"))
        #expect(ChartTableRenderer.html(spec).contains("<caption>T</caption>"))
        #expect(ChartTableRenderer.html(spec).contains("N.A."))
        spec.xAxisLabel = "Region"
        #expect(ChartTableRenderer.html(spec).contains("<th scope=\"col\">Region</th>"))
        #expect(XMLCheck.isWellFormed(ChartTableRenderer.html(spec)))
    }
}
