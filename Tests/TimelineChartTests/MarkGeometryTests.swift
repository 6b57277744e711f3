import Testing
@testable import TimelineChart

/// Points and bars: which precision gets which, minimum widths, arrows and badges.
struct MarkGeometryTests {
    /// 1900 to 2000 over 0 to 1000 x: about 10 units per year.
    private let scale = TimeScale(domain: TimeDomain(lower: Fixtures.day(1900),
                                                     upper: Fixtures.day(2000)),
                                  left: 0, right: 1_000)

    private func geometry(_ mark: TimelineMark) -> MarkGeometry? {
        MarkGeometry(mark: mark, scale: scale)
    }

    @Test func daysAndMonthsArePointsCentredOnTheirSpan() throws {
        let day = try #require(geometry(Fixtures.onDay("a", "A", lane: "l", 1950, 1, 1)))
        #expect(day.shape == .point)
        #expect(abs(day.centerX - scale.x(Double(Fixtures.day(1950)) + 0.5)) < 1e-9)
        #expect(day.right - day.left == 2 * MarkGeometry.pointRadius)
        let month = try #require(geometry(Fixtures.inMonth("b", "B", lane: "l", 1950, 7)))
        #expect(month.shape == .point)
        #expect(abs(month.centerX - scale.x(Fixtures.day(1950, 7, 17))) < 0.1)
    }

    @Test func longerPrecisionsAreBarsAtLeastMinimumWide() throws {
        for precision in [TimelineMark.Precision.season, .year, .decade, .century, .interval] {
            let mark = Fixtures.mark("a", "A", lane: "l", Fixtures.day(1950),
                                     Fixtures.day(1950, 3, 1), precision)
            let bar = try #require(geometry(mark))
            #expect(bar.shape == .bar)
            #expect(bar.right - bar.left >= MarkGeometry.minBarWidth - 1e-9)
        }
        let decade = try #require(geometry(Fixtures.between("d", "D", lane: "l", 1930, 1939)))
        #expect(abs(decade.left - scale.x(Fixtures.day(1930))) < 1e-9)
        #expect(abs(decade.right - scale.x(Fixtures.day(1940))) < 1e-9)
    }

    @Test func openAndCutEndsGetArrows() throws {
        let open = try #require(geometry(Fixtures.between("o", "O", lane: "l", 1950, 1960,
                                                          openStart: true)))
        #expect(open.arrowStart && !open.arrowEnd)
        #expect(open.extentLeft == open.left - MarkGeometry.arrowLength)
        // An open day is an interval, drawn as a bar.
        let openDay = Fixtures.mark("p", "P", lane: "l", Fixtures.day(1950), Fixtures.day(1950),
                                    .day, openEnd: true)
        #expect(geometry(openDay)?.shape == .bar)
        let cut = try #require(geometry(Fixtures.between("c", "C", lane: "l", 1850, 2050)))
        #expect(cut.arrowStart && cut.arrowEnd)
        #expect(cut.left == 0 && cut.right == 1_000)
    }

    @Test func marksOutsideTheAxisAreLeftOut() {
        #expect(geometry(Fixtures.onDay("a", "A", lane: "l", 1850, 1, 1)) == nil)
        #expect(geometry(Fixtures.between("b", "B", lane: "l", 2001, 2010)) == nil)
        #expect(geometry(Fixtures.onDay("c", "C", lane: "l", 2000, 1, 1)) == nil)
    }

    @Test func badgesWidenTheExtent() throws {
        let plain = try #require(geometry(Fixtures.inYear("a", "A", lane: "l", 1950)))
        let both = try #require(geometry(Fixtures.inYear("b", "B", lane: "l", 1950,
                                                         uncertain: true, disputed: true)))
        #expect(plain.extentRight == plain.right)
        #expect(both.badgeCount == 2)
        #expect(both.extentRight == both.right + 1 + 2 * MarkGeometry.badgeWidth)
    }
}
