import Charts
import Testing
import TestSupport
@testable import TimelineChart

/// The SVG's structure, accessibility and mark styles.
struct RendererTests {
    private let realistic = TimelineRenderer.svg(RealisticFixture.spec)

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func isAWellFormedScalableGroupNamedByItsTitle() {
        #expect(XMLCheck.isWellFormed(realistic))
        #expect(realistic.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 "))
        // No role: the SVG keeps its implicit role (the Nu checker refuses role="group" on svg).
        #expect(realistic.contains(" aria-labelledby=\"realistic-title\" "
            + "aria-describedby=\"realistic-desc\""))
        #expect(!realistic.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 933\" role="))
        #expect(!realistic.contains("role=\"img\""))
        #expect(!realistic.contains(" width=\"720\""))
        #expect(realistic.hasSuffix("</svg>\n"))
    }

    @Test func everyMarkIsALinkNamedByLabelAndDate() {
        #expect(count("<a href=\"#event-", in: realistic) == 50)
        let treaty = "<a href=\"#event-e03\" class=\"timeline-event\">\n"
            + "        <title>Treaty of amity and commerce signed (7 Jul 1884)</title>"
        #expect(realistic.contains(treaty))
        #expect(realistic.contains("<title>Famine (about 1995; approximate, uncertain)</title>"))
        #expect(realistic.contains("<title>Protocol on advisers (9 Jun 1896; sources disagree)"))
    }

    @Test func accessibleNames() {
        var mark = Fixtures.inYear("a", "  Label  ", lane: "l", 1900, approximate: true)
        #expect(MarkName.text(for: mark) == "Label (about 1900; approximate)")
        mark.dateText = ""
        mark.approximate = false
        #expect(MarkName.text(for: mark) == "Label")
        mark.disputed = true
        #expect(MarkName.text(for: mark) == "Label (sources disagree)")
    }

    @Test func lanesAreNamedGroupsWithDecorationHidden() {
        for lane in RealisticFixture.lanes {
            #expect(realistic.contains("<g class=\"timeline-lane\" role=\"group\" "
                + "aria-label=\"\(lane.title)\">"))
        }
        #expect(realistic.contains(
            "<g class=\"chart-legend timeline-legend\" aria-hidden=\"true\">"))
        #expect(realistic.contains("<g class=\"chart-axis-x\" aria-hidden=\"true\">"))
        #expect(realistic.contains("<g class=\"timeline-background\" aria-hidden=\"true\">"))
    }

    @Test func cuesDifferInFormNotOnlyColour() {
        // Approximate marks hollow, exact ones filled; "?" and diamonds as shapes.
        let hollow = count("fill=\"none\"", in: realistic)
        let approximate = RealisticFixture.spec.events.filter(\.approximate).count
        #expect(hollow == approximate + 1)  // One more: the legend's sample.
        let uncertain = RealisticFixture.spec.events.filter(\.uncertain).count
        #expect(count("timeline-uncertain-badge", in: realistic) == uncertain + 1)
        let disputed = RealisticFixture.spec.events.filter(\.disputed).count
        #expect(count("timeline-disputed-badge", in: realistic) == disputed + 1)
        #expect(count("timeline-arrow", in: realistic) >= 3)
    }

    @Test func legendShowsOnlyTheStylesInUse() {
        let plain = TimelineSpec(
            id: "p", title: "t", description: "d", lanes: [TimelineLane(id: "l", title: "L")],
            events: [Fixtures.onDay("a", "A", lane: "l", 1900, 1, 1)])
        let svg = TimelineRenderer.svg(plain)
        #expect(svg.contains(">Day or month</text>"))
        for key in LegendKey.allCases where key != .point {
            #expect(!svg.contains(">\(key.text.xmlEscaped)</text>"), "\(key)")
        }
        for key in LegendKey.allCases {
            #expect(realistic.contains(">\(key.text.xmlEscaped)</text>"), "\(key)")
        }
    }

    @Test func emptyAndHostileSpecsStillRender() {
        let empty = TimelineSpec(id: "e", title: "", description: "", lanes: [], events: [])
        let svg = TimelineRenderer.svg(empty)
        #expect(XMLCheck.isWellFormed(svg) && svg.contains(">No dated events</text>"))
        let extreme = TimelineMark(id: "x", label: "X", lane: "l", start: .max, end: .min,
                                   precision: .interval, href: "#x")
        var spec = TimelineSpec(id: "h", title: "t", description: "d", lanes: [],
                                events: [extreme], minYear: .min, width: .nan)
        #expect(XMLCheck.isWellFormed(TimelineRenderer.svg(spec)))
        #expect(TimelineLayout(spec: spec, data: TimelineData(spec)).width == 720)
        spec.width = 1e9
        #expect(TimelineLayout(spec: spec, data: TimelineData(spec)).width == 4_000)
    }
}
