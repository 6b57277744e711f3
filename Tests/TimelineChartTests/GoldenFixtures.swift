@testable import TimelineChart

/// Two small specs whose SVGs are kept as golden files. Synthetic test data.
enum GoldenFixtures {
    static let all: [(name: String, spec: TimelineSpec)] = [
        ("two-lanes", twoLanes),
        ("narrow-cues", narrowCues),
    ]

    /// Two lanes over a century: points, bars, an interval, crowding in one lane.
    static let twoLanes = TimelineSpec(
        id: "golden-two-lanes",
        title: "Synthetic timeline in two lanes",
        description: "Eight made-up events from 1884 to 1953 in two lanes.",
        lanes: [
            TimelineLane(id: "north", title: "Northern relations"),
            TimelineLane(id: "south", title: "Southern <relations> & trade"),
        ],
        events: [
            Fixtures.onDay("treaty", "Treaty of example signed", lane: "north", 1884, 7, 7),
            Fixtures.onDay("mission", "Mission arrives", lane: "north", 1885, 2, 1),
            Fixtures.inMonth("envoy", "Envoy recalled", lane: "north", 1886, 5),
            Fixtures.between("designs", "Period of great designs", lane: "north", 1890, 1905),
            Fixtures.inYear("port", "Port opened", lane: "south", 1902, approximate: true),
            Fixtures.onDay("accord", "Accord & \"protocol\"", lane: "south", 1910, 8, 22),
            Fixtures.between("rule", "Colonial rule", lane: "south", 1910, 1945),
            Fixtures.mark("war", "War", lane: "south", Fixtures.day(1950, 6, 25),
                          Fixtures.day(1953, 7, 27), .interval, dateText: "1950/1953"),
        ])

    /// A narrow chart with every cue: approximate, uncertain, disputed, open ends, a
    /// BCE-free short span with month ticks, an unsafe link and an unknown lane.
    static let narrowCues = TimelineSpec(
        id: "golden-narrow",
        title: "Synthetic cues on a narrow chart",
        description: "Six made-up events over two years, one in an unlisted lane.",
        lanes: [TimelineLane(id: "only", title: "A lane whose title is long")],
        events: [
            Fixtures.onDay("a", "Exact day", lane: "only", 1950, 3, 1),
            Fixtures.onDay("b", "Roughly this day", lane: "only", 1950, 6, 10,
                           approximate: true),
            Fixtures.onDay("c", "Maybe this day", lane: "only", 1950, 9, 15, uncertain: true),
            Fixtures.mark("d", "Sources differ on this month", lane: "only",
                          Fixtures.day(1951, 1, 1), Fixtures.day(1951, 1, 31), .month,
                          disputed: true, dateText: "January 1951"),
            Fixtures.between("e", "Open-ended stretch", lane: "only", 1951, 1951,
                             openEnd: true),
            TimelineMark(id: "f", label: "Unsafe link", lane: "elsewhere",
                         start: Fixtures.day(1950, 11, 2), end: Fixtures.day(1950, 11, 2),
                         precision: .day, disputed: true, href: "javascript:alert(1)",
                         dateText: "2 Nov 1950"),
        ],
        width: 420)
}
