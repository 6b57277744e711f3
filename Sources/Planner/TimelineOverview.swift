import CommonMark
import Corpus
import EDTF
import TimelineChart

/// The SVG overview above a timeline list: one lane per relationship, a mark per event
/// linking to its entry in the list.
enum TimelineOverview {
    static func precision(_ value: EDTFValue) -> TimelineMark.Precision {
        switch value {
        case .interval: return .interval
        case .date(let date):
            switch date.precision {
            case .day: return .day
            case .month: return .month
            case .season: return .season
            case .year: return .year
            case .decade: return .decade
            case .century: return .century
            }
        }
    }

    /// The year from which the overview is drawn: the corpus is dense late, so a few early
    /// events would otherwise squeeze the rest into a corner. They stay in the list.
    static func firstYear(_ years: [Int]) -> Int? {
        let sorted = years.sorted()
        guard sorted.count >= 20 else { return nil }
        let cut = sorted[sorted.count / 20]
        return cut > (sorted.first ?? cut) ? cut / 10 * 10 : nil
    }

    static func svg(items: [TimelineModel.Item], lanes: [Lane], id: String) -> String {
        var marks: [TimelineMark] = []
        let laneIDs = Set(lanes.map(\.id))
        for item in items {
            guard let value = item.value else { continue }
            let start = value.earliestDayNumber ?? value.latestDayNumber
            let end = value.latestDayNumber ?? value.earliestDayNumber
            guard let start, let end else { continue }
            let date = value.date
            for lane in item.event.lanes where laneIDs.contains(lane.value) {
                marks.append(TimelineMark(
                    id: "\(id)-\(item.event.id)-\(lane.value)", label: item.event.title, lane: lane.value,
                    start: start, end: end, precision: precision(value),
                    approximate: date?.isApproximate ?? false, uncertain: date?.isUncertain ?? false,
                    disputed: item.disputed,
                    openStart: value.earliestDayNumber == nil, openEnd: value.latestDayNumber == nil,
                    href: "#event-\(item.event.id)", dateText: item.readable))
            }
        }
        guard !marks.isEmpty else { return "" }
        let minYear = firstYear(items.compactMap(\.year))
        let hidden = minYear.map { first in items.filter { ($0.year ?? first) < first }.count } ?? 0
        let spec = TimelineSpec(
            id: id, title: "Overview of the events" + (minYear.map { " from \($0)" } ?? ""),
            description: "Each mark is an event, in one band per lane; bars are spans and periods, dots dates. "
                + "Hollow marks are approximate dates, a question mark an uncertain one, a diamond a disputed one. "
                + "Every mark links to the event in the list below.",
            lanes: lanes.map { TimelineLane(id: $0.id, title: $0.title) }, events: marks,
            minYear: minYear, width: 900)
        var html = "<figure class=\"timeline-overview\">\n" + TimelineRenderer.svg(spec) + "\n"
        if hidden > 0, let minYear {
            html += "<figcaption>\(hidden) earlier event\(hidden == 1 ? "" : "s") (before \(minYear)) "
                + "are in the list below but not drawn here.</figcaption>\n"
        }
        return html + "</figure>\n"
    }
}
