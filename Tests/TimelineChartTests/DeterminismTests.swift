import Charts
import Testing
import TestSupport
@testable import TimelineChart

/// Same spec, same bytes: no randomness, no clock, ids only from the caller's prefix,
/// and an order that does not depend on the order of the input.
struct DeterminismTests {
    private static var specs: [TimelineSpec] {
        GoldenFixtures.all.map(\.spec) + [RealisticFixture.spec]
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        for spec in Self.specs {
            #expect(TimelineRenderer.svg(spec) == TimelineRenderer.svg(spec))
        }
    }

    @Test func inputOrderDoesNotMatter() {
        var random = SplitMix64(seed: 5)
        for spec in Self.specs {
            var shuffled = spec
            for index in shuffled.events.indices.reversed() where index > 0 {
                shuffled.events.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            #expect(TimelineRenderer.svg(shuffled) == TimelineRenderer.svg(spec))
        }
    }

    @Test func marksAreOrderedByLaneThenStartThenID() {
        let spec = TimelineSpec(
            id: "order", title: "t", description: "d",
            lanes: [TimelineLane(id: "b", title: "B"), TimelineLane(id: "a", title: "A")],
            events: [
                Fixtures.onDay("z", "Z", lane: "a", 1900, 1, 1),
                Fixtures.onDay("y", "Y", lane: "b", 1950, 1, 1),
                Fixtures.onDay("x", "X", lane: "b", 1950, 1, 1),
                Fixtures.onDay("w", "W", lane: "b", 1920, 1, 1),
                Fixtures.onDay("v", "V", lane: "unlisted", 1800, 1, 1),
            ])
        let hrefs = TimelineRenderer.svg(spec).components(separatedBy: "<a href=\"#event-")
            .dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(hrefs == ["w", "x", "y", "z", "v"])
    }

    @Test func parallelRenderingMatchesSerial() async {
        let specs = Self.specs
        let serial = specs.map(TimelineRenderer.svg)
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, spec) in (specs + specs + specs).enumerated() {
                group.addTask { (index % specs.count, TimelineRenderer.svg(spec)) }
            }
            var results: [(Int, String)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.allSatisfy { serial[$0.0] == $0.1 })
    }

    @Test func idsComeFromThePrefixAndAreUnique() {
        for spec in Self.specs {
            let ids = XMLCheck.ids(in: TimelineRenderer.svg(spec))
            #expect(ids == [spec.id + "-title", spec.id + "-desc"])
        }
    }

    @Test func prefixIsSanitised() {
        #expect(ChartIDs(prefix: "events-1884_a", fallback: "timeline").prefix == "events-1884_a")
        #expect(ChartIDs(prefix: "1884 events", fallback: "timeline").prefix == "timeline-1884-events")
        #expect(ChartIDs(prefix: "", fallback: "timeline").prefix == "timeline-")
        #expect(ChartIDs(prefix: "Ünïcode", fallback: "timeline").prefix == "timeline--n-code")
        #expect(ChartIDs(prefix: String(repeating: "a", count: 500), fallback: "timeline").prefix.count == 64)
    }
}
