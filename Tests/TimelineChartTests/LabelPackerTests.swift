import Testing
import TestSupport
@testable import TimelineChart

/// Sub-row packing: marks and labels never overlap and labels stay inside.
struct LabelPackerTests {
    private func items(_ xs: [Double], label: String = "Event label") -> [LabelPacker.Item] {
        xs.map { LabelPacker.Item(left: $0 - 4.5, right: $0 + 4.5, label: label) }
    }

    /// True when two placed items (mark and label together) share space in a row.
    private func collide(_ a: LabelPacker.Placed, _ b: LabelPacker.Placed) -> Bool {
        a.row == b.row && a.left < b.right && b.left < a.right
    }

    @Test func spreadOutMarksShareTheFirstRow() {
        let placed = LabelPacker.place(items([50, 250, 450]), minX: 0, maxX: 640)
        #expect(placed.map(\.row) == [0, 0, 0])
        #expect(placed.allSatisfy { !$0.labelOnLeft && $0.text == "Event label" })
    }

    @Test func closeMarksAreStacked() {
        let placed = LabelPacker.place(items([300, 304, 308]), minX: 0, maxX: 640)
        #expect(placed.map(\.row) == [0, 1, 2])
        // The third's label fits neither right of it (the second's label is there) nor
        // left of it (the second's mark is there).
        let spread = LabelPacker.place(items([100, 400, 410]), minX: 0, maxX: 640)
        #expect(spread.map(\.row) == [0, 0, 1])
    }

    @Test func marksNearTheRightEdgeHangTheirLabelsLeft() {
        let placed = LabelPacker.place(items([600, 630]), minX: 0, maxX: 640)
        #expect(placed.allSatisfy { $0.labelOnLeft && $0.labelRight <= $0.itemLeft })
        #expect(placed.allSatisfy { $0.labelLeft >= 0 && $0.labelRight <= 640 })
    }

    @Test func longLabelsAreShortenedWithAnEllipsis() {
        let long = String(repeating: "long words ", count: 30)
        let placed = LabelPacker.place(items([10], label: long), minX: 0, maxX: 2_000)
        #expect(placed[0].text.hasSuffix("\u{2026}"))
        #expect(placed[0].labelRight - placed[0].labelLeft <= LabelPacker.maxLabelWidth)
    }

    @Test func aShortenedLabelMayShareARowInsteadOfOpeningOne() {
        let label = "A label long enough to need more than one hundred and fifty units"
        let first = LabelPacker.Item(left: 0, right: 9, label: "First")
        let second = LabelPacker.Item(left: 60, right: 69, label: label)
        let blocker = LabelPacker.Item(left: 260, right: 269, label: "Blocker")
        let placed = LabelPacker.place([first, blocker, second], minX: 0, maxX: 400)
        #expect(placed[2].row == 0)
        #expect(placed[2].text.hasSuffix("\u{2026}"))
        #expect(placed[2].labelRight - placed[2].labelLeft <= LabelPacker.shortLabelWidth)
    }

    @Test func aLabelWithNoRoomAnywhereIsSqueezedOrDropped() {
        let placed = LabelPacker.place(items([60], label: "A fairly long label here"),
                                       minX: 0, maxX: 120)
        #expect(placed[0].text.hasSuffix("\u{2026}"))
        #expect(placed[0].labelLeft >= 0 && placed[0].labelRight <= 120)
        let none = LabelPacker.place(items([15], label: "Label"), minX: 0, maxX: 30)
        #expect(none[0].text.isEmpty)
    }

    @Test func randomMarksNeverOverlap() {
        var random = SplitMix64(seed: 2024)
        let words = ["Treaty", "signed", "war", "of", "the", "northern", "border", "ends", "A"]
        for _ in 0..<300 {
            let count = 1 + Int(random.next() % 40)
            var generated: [LabelPacker.Item] = []
            for _ in 0..<count {
                let x = 20 + Double(random.next() % 600)
                let width = random.next() % 3 == 0 ? Double(random.next() % 200) : 9
                let label = (0..<Int(random.next() % 8)).map { _ in
                    words[Int(random.next() % UInt64(words.count))]
                }.joined(separator: " ")
                generated.append(LabelPacker.Item(left: x, right: x + width, label: label))
            }
            generated.sort { $0.left < $1.left }
            let placed = LabelPacker.place(generated, minX: 12, maxX: 700)
            #expect(placed.count == count)
            for (index, a) in placed.enumerated() {
                if !a.text.isEmpty {
                    #expect(a.labelLeft >= 12 && a.labelRight <= 700)
                    #expect(a.labelRight <= a.itemLeft || a.labelLeft >= a.itemRight)
                }
                for b in placed[(index + 1)...] {
                    #expect(!collide(a, b))
                }
            }
            #expect(Set(placed.map(\.row)) == Set(0..<(placed.map(\.row).max() ?? -1) + 1))
        }
    }
}
