import Charts
import Testing
import TestSupport
@testable import TimelineChart

/// Whole-chart geometry: narrow and wide layouts, lane heights, no overlaps, zoom, caps.
struct LayoutTests {
    @Test func narrowOutputPutsLaneTitlesAboveTheBand() throws {
        var spec = RealisticFixture.spec
        spec.width = 380
        let layout = TimelineLayout(spec: spec, data: TimelineData(spec))
        #expect(layout.narrow)
        for lane in layout.lanes {
            #expect(lane.titleLines.count == 1)
            #expect(lane.titleBaseline(line: 0) < lane.rowsTop)
            let left = try #require(lane.marks.map(\.placed.left).min())
            #expect(left >= TimelineLayout.padding)
        }
        let wide = TimelineLayout(spec: RealisticFixture.spec,
                                  data: TimelineData(RealisticFixture.spec))
        #expect(!wide.narrow && wide.lanes[0].titleLines.count == 2)
        #expect(wide.scale.left > 140)
        for line in wide.lanes.flatMap(\.titleLines) {
            let right = TimelineLayout.padding + 4
                + TextMetrics.width(line, fontSize: LaneLayout.titleFontSize, bold: true)
            #expect(right < wide.scale.left - 4, "\(line)")
        }
    }

    @Test func laneHeightGrowsWithSubRows() {
        let layout = TimelineLayout(spec: RealisticFixture.spec,
                                    data: TimelineData(RealisticFixture.spec))
        for lane in layout.lanes {
            #expect(lane.rowCount > 1)
            #expect(lane.height >= Double(lane.rowCount) * LaneLayout.rowHeight)
            #expect(lane.marks.allSatisfy { lane.centerY(row: $0.placed.row) < lane.bottom })
        }
        #expect(zip(layout.lanes, layout.lanes.dropFirst()).allSatisfy { $0.bottom == $1.top })
    }

    @Test func realisticLayoutHasNoOverlapsAndStaysInside() {
        for width in [380.0, 560, 720, 1_200] {
            var spec = RealisticFixture.spec
            spec.width = width
            let layout = TimelineLayout(spec: spec, data: TimelineData(spec))
            #expect(layout.lanes.map(\.marks.count).reduce(0, +) == 50)
            for lane in layout.lanes {
                for (index, a) in lane.marks.enumerated() {
                    let placed = a.placed
                    #expect(placed.left >= TimelineLayout.padding - 1e-9)
                    #expect(placed.right <= width - TimelineLayout.padding + 1e-9)
                    for b in lane.marks[(index + 1)...] where b.placed.row == placed.row {
                        #expect(placed.right <= b.placed.left || b.placed.right <= placed.left,
                                "\(a.mark.id) and \(b.mark.id) at width \(width)")
                    }
                }
            }
            let ticks = layout.ticks.count
            #expect(ticks >= 4 && ticks <= 12, "\(ticks) ticks at width \(width)")
        }
    }

    @Test func zoomingLeavesOutMarksBeyondTheAxisAndCutsTheRest() {
        var spec = RealisticFixture.spec
        spec.minYear = 1850
        spec.maxYear = 2001
        let layout = TimelineLayout(spec: spec, data: TimelineData(spec))
        let drawn = layout.lanes.flatMap(\.marks)
        #expect(!drawn.contains { $0.mark.id == "e01" })
        #expect(drawn.first { $0.mark.id == "h01" }?.geometry.arrowStart == true)
        #expect(layout.ticks.first?.label == "1860" && layout.ticks.last?.label == "2000")
        #expect(layout.scale.domain.upper == Fixtures.day(2002))
    }

    @Test func tooManyMarksAreCappedAndStillDoNotOverlap() {
        let marks = (0..<1_500).map { index in
            Fixtures.onDay("m\(index)", "Crowded event \(index)", lane: "l\(index % 3)",
                           1950, 1 + index % 12, 1 + index % 28)
        }
        let spec = TimelineSpec(id: "crowd", title: "t", description: "d", lanes: [],
                                events: marks)
        let data = TimelineData(spec)
        #expect(data.marks.count == TimelineData.maxMarks)
        #expect(data.lanes.map(\.title) == ["l0", "l1", "l2"])
        let layout = TimelineLayout(spec: spec, data: data)
        for lane in layout.lanes {
            var byRow: [Int: [LabelPacker.Placed]] = [:]
            for mark in lane.marks { byRow[mark.placed.row, default: []].append(mark.placed) }
            for row in byRow.values {
                let sorted = row.sorted { $0.left < $1.left }
                #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.right <= $1.left })
            }
        }
    }

    @Test func tickLabelsNeverCollideAndStayInside() {
        var random = SplitMix64(seed: 77)
        for _ in 0..<300 {
            let width = 280 + Double(random.next() % 1_000)
            let first = Int(random.next() % 800_000) - 700_000
            let length = Int(random.next() % 400_000)
            let mark = Fixtures.mark("a", "A", lane: "l", first, first + length, .interval)
            let spec = TimelineSpec(id: "t", title: "t", description: "d", lanes: [],
                                    events: [mark], width: width)
            let layout = TimelineLayout(spec: spec, data: TimelineData(spec))
            let spans = zip(layout.ticks, layout.tickLabelX).map { tick, x in
                let half = TextMetrics.width(tick.label, fontSize: TimelineLayout.tickFontSize)
                    / 2
                return (x - half, x + half)
            }
            #expect(!spans.isEmpty)
            #expect(spans.allSatisfy { $0.0 >= 0 && $0.1 <= width }, "\(width) \(first)")
            #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.1 <= $1.0 },
                    "\(width) \(first) \(length)")
        }
    }
}
