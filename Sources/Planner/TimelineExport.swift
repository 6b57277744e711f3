import EDTF
import Foundation

/// The events in formats other tools read: TimelineJS JSON and CSV.
enum TimelineExport {
    /// A TimelineJS date object for the start or end of a value.
    private static func date(_ date: EDTFDate?, end: Bool, display: String) -> [String: String]? {
        guard let date else { return nil }
        var object: [String: String] = [:]
        switch date.precision {
        case .day, .month, .year:
            object["year"] = String(date.year)
            if let month = date.month, date.precision != .year { object["month"] = String(month) }
            if let day = date.day, date.precision == .day { object["day"] = String(day) }
        case .season, .decade, .century:
            let day = end ? date.latest : date.earliest
            object["year"] = String(day.year)
            if date.precision == .season { object["month"] = String(day.month) }
        }
        object["display_date"] = display
        return object
    }

    static func timelineJS(title: String, items: [TimelineModel.Item], laneTitles: [String: String]) -> String {
        let events: [[String: Any]] = items.compactMap { item in
            guard let value = item.value else { return nil }
            var event: [String: Any] = [
                "unique_id": "event-\(item.event.id)",
                "text": ["headline": item.event.title, "text": item.summaryHTML],
            ]
            switch value {
            case .date(let single):
                event["start_date"] = date(single, end: false, display: item.readable)
                if single.precision == .decade || single.precision == .century || single.precision == .season {
                    event["end_date"] = date(single, end: true, display: item.readable)
                }
            case .interval(let interval):
                guard let start = date(interval.start.date, end: false, display: item.readable)
                    ?? date(interval.end.date, end: false, display: item.readable) else { return nil }
                event["start_date"] = start
                if let end = date(interval.end.date, end: true, display: item.readable) { event["end_date"] = end }
            }
            if let lane = item.event.lanes.first?.value { event["group"] = laneTitles[lane] ?? lane }
            return event
        }
        let object: [String: Any] = ["title": ["text": ["headline": title]], "events": events]
        guard let data = try? JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func csv(_ items: [TimelineModel.Item]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = ["id,date,readable_date,title,lanes,entities,disputed,sources"]
        for item in items {
            let sources = item.readings.map { [$0.sourceTitle, $0.target, $0.says ?? ""].joined(separator: " | ") }
            lines.append([
                item.event.id, item.event.date.value, item.readable, item.event.title,
                item.event.lanes.map(\.value).joined(separator: ";"),
                item.event.entities.map(\.value).joined(separator: ";"),
                item.disputed ? "yes" : "no", sources.joined(separator: "; "),
            ].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
