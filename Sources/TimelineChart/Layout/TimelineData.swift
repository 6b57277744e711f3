/// The spec made regular: lanes in display order, each with its marks sorted.
///
/// Lanes come in the spec's order (a repeated lane id keeps its first entry); marks
/// naming a lane the spec does not list get a lane titled with that id, after the
/// listed ones, ordered by id. Within a lane marks are ordered by start, then id (then
/// end and label, so that the order never depends on the input order). Day numbers
/// are clamped to `DayCalendar.supportedDays` and a start after the end is swapped.
struct TimelineData: Sendable {
    /// One lane and its marks.
    struct Lane: Sendable {
        let title: String
        let marks: [TimelineMark]
    }

    /// Marks beyond this many (in the order above) are not drawn: a chart with more is
    /// unreadable anyway, and the bound keeps hostile input from making layout slow.
    static let maxMarks = 1_000
    /// Lanes beyond this many are not drawn, for the same reason.
    static let maxLanes = 100

    let lanes: [Lane]

    init(_ spec: TimelineSpec) {
        var order: [String: Int] = [:]
        var titles: [String] = []
        for lane in spec.lanes where order[lane.id] == nil {
            order[lane.id] = titles.count
            titles.append(lane.title.isEmpty ? lane.id : lane.title)
        }
        let unknown = Set(spec.events.map(\.lane)).filter { order[$0] == nil }.sorted()
        for id in unknown {
            order[id] = titles.count
            titles.append(id)
        }
        let marks = spec.events.enumerated().map { offset, mark in
            (lane: order[mark.lane] ?? 0, offset: offset, mark: Self.regular(mark))
        }
        let sorted = marks.sorted { a, b in
            if a.lane != b.lane { return a.lane < b.lane }
            if a.mark.start != b.mark.start { return a.mark.start < b.mark.start }
            if a.mark.id != b.mark.id { return a.mark.id < b.mark.id }
            if a.mark.end != b.mark.end { return a.mark.end < b.mark.end }
            if a.mark.label != b.mark.label { return a.mark.label < b.mark.label }
            return a.offset < b.offset
        }.prefix(Self.maxMarks)
        var grouped = Array(repeating: [TimelineMark](), count: titles.count)
        for entry in sorted {
            grouped[entry.lane].append(entry.mark)
        }
        lanes = zip(titles, grouped).prefix(Self.maxLanes).map {
            Lane(title: $0.0, marks: $0.1)
        }
    }

    /// Every drawn mark, lane by lane.
    var marks: [TimelineMark] { lanes.flatMap(\.marks) }

    private static func regular(_ mark: TimelineMark) -> TimelineMark {
        var mark = mark
        let start = DayCalendar.clamped(mark.start)
        let end = DayCalendar.clamped(mark.end)
        mark.start = min(start, end)
        mark.end = max(start, end)
        return mark
    }
}
