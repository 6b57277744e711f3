import Testing
import TestSupport
@testable import Charts

/// Event labels never overlap, and lines avoid labels wherever that is possible.
struct EventLabelPackerTests {
    private func marks(_ xs: [Double]) -> [(mark: EventMark, x: Double)] {
        xs.enumerated().map { (EventMark(x: $0.element, label: "Event \($0.offset)"), $0.element) }
    }

    private func overlaps(_ a: EventLabelPacker.Placed, _ b: EventLabelPacker.Placed) -> Bool {
        a.row == b.row && a.textLeft < b.textRight && b.textLeft < a.textRight
    }

    /// True when `line`'s dashed line runs through `label`'s text.
    private func crosses(
        _ line: EventLabelPacker.Placed, _ label: EventLabelPacker.Placed
    ) -> Bool {
        line.row < label.row && line.x >= label.textLeft && line.x <= label.textRight
    }

    @Test func spreadOutMarksShareTheFirstRow() {
        let placed = EventLabelPacker.place(marks([100, 300, 500]), minX: 0, maxX: 640)
        #expect(placed.map(\.row) == [0, 0, 0])
        #expect(placed.allSatisfy { !$0.anchorEnd })
    }

    @Test func closeMarksAreStaggered() {
        let placed = EventLabelPacker.place(marks([100, 104, 108]), minX: 0, maxX: 640)
        #expect(Set(placed.map(\.row)).count == 3)
    }

    @Test func marksNearTheRightEdgeHangLeft() {
        let placed = EventLabelPacker.place(marks([600, 620]), minX: 0, maxX: 640)
        #expect(placed.allSatisfy { $0.anchorEnd && $0.textRight <= 640 })
        for a in placed {
            for b in placed where a.mark != b.mark {
                #expect(!overlaps(a, b) && !crosses(a, b))
            }
        }
    }

    @Test func longLabelsAreShortened() {
        let mark = EventMark(x: 10, label: String(repeating: "long ", count: 40))
        let placed = EventLabelPacker.place([(mark, 10)], minX: 0, maxX: 640)
        #expect(placed.first?.text.hasSuffix("\u{2026}") == true)
        #expect((placed.first.map { $0.textRight - $0.textLeft } ?? 999)
            <= EventLabelPacker.maxLabelWidth)
    }

    @Test func randomMarksNeverOverlap() {
        var random = SplitMix64(seed: 2024)
        for _ in 0..<300 {
            let count = 1 + Int(random.next() % 15)
            let xs = (0..<count).map { _ in 20 + Double(random.next() % 600) }
            let placed = EventLabelPacker.place(marks(xs), minX: 12, maxX: 628)
            #expect(placed.count == count)
            for (index, a) in placed.enumerated() {
                #expect(a.textLeft >= 12 && a.textRight <= 628)
                for b in placed[(index + 1)...] {
                    #expect(!overlaps(a, b), "\(xs)")
                }
            }
            // Labels all on one side cannot interlock: then no line crosses a label.
            if placed.allSatisfy({ !$0.anchorEnd }) {
                for a in placed {
                    for b in placed { #expect(!crosses(a, b), "\(xs)") }
                }
            }
        }
    }
}
