import Testing
import TestSupport
@testable import Charts

/// Same spec, same bytes: no randomness, no clock, ids only from the caller's prefix.
struct DeterminismTests {
    @Test func renderingTwiceGivesTheSameBytes() {
        for (_, spec) in GoldenFixtures.all {
            #expect(ChartRenderer.svg(spec) == ChartRenderer.svg(spec))
            #expect(ChartTableRenderer.html(spec) == ChartTableRenderer.html(spec))
        }
    }

    @Test func parallelRenderingMatchesSerial() async {
        let specs = GoldenFixtures.all.map(\.spec)
        let serial = specs.map(ChartRenderer.svg)
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, spec) in (specs + specs + specs).enumerated() {
                group.addTask { (index % specs.count, ChartRenderer.svg(spec)) }
            }
            var results: [(Int, String)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.allSatisfy { serial[$0.0] == $0.1 })
    }

    @Test func idsComeFromThePrefixAndAreUnique() {
        for (_, spec) in GoldenFixtures.all {
            let ids = XMLCheck.ids(in: ChartRenderer.svg(spec))
            #expect(!ids.isEmpty)
            #expect(ids.allSatisfy { $0.hasPrefix(spec.id + "-") })
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func prefixIsSanitised() {
        #expect(ChartIDs(prefix: "trade-1955_a").prefix == "trade-1955_a")
        #expect(ChartIDs(prefix: "1955 trade").prefix == "chart-1955-trade")
        #expect(ChartIDs(prefix: "").prefix == "chart-")
        #expect(ChartIDs(prefix: "Ünïcode").prefix == "chart--n-code")
        #expect(ChartIDs(prefix: String(repeating: "a", count: 500)).prefix.count == 64)
    }
}
