/// Chooses the ticks of the time axis.
///
/// Year ticks step by 1, 2, 5, 10, 20, 25, 50, 100, 200 or 500 years (then 1,000, 2,000,
/// 5,000 …): the smallest step that gives at most `maxCount` ticks, which for the
/// default of 12 gives about 5 to 12. When even yearly ticks would be fewer than
/// `minimumYearTicks` (spans under about four years), ticks step by 1, 2, 3 or 6 months
/// instead, if that gives more of them.
///
/// Ticks fall on 1 January (or the 1st of the month). Year steps count in the years
/// people write: BCE ticks are round BCE years ("50 BCE", astronomical -49), CE ticks
/// round CE years, and 1 CE stands where the missing year zero would be.
enum TimeTicks {
    static let yearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500]
    static let monthSteps = [1, 2, 3, 6]
    static let defaultMaxCount = 12
    static let minimumYearTicks = 5

    /// The ticks between day positions `lower` and `upper`, in order.
    static func ticks(from lower: Int, to upper: Int,
                      maxCount: Int = defaultMaxCount) -> [TimeTick] {
        let low = DayCalendar.clamped(min(lower, upper))
        let high = DayCalendar.clamped(max(lower, upper))
        let limit = max(1, maxCount)
        let years = yearTicks(from: low, to: high, maxCount: limit)
        guard years.step == 1, years.ticks.count < minimumYearTicks else { return years.ticks }
        for step in monthSteps {
            let months = monthTicks(from: low, to: high, step: step)
            if months.count <= limit {
                return months.count > years.ticks.count ? months : years.ticks
            }
        }
        return years.ticks
    }

    /// The year steps tried, smallest first.
    static var allYearSteps: [Int] {
        var steps = yearSteps
        var scale = 100
        while scale < 10_000_000 {
            scale *= 10
            steps += [scale, scale * 2, scale * 5]
        }
        return steps
    }

    /// The year ticks of the smallest step that gives at most `maxCount`, and that step.
    static func yearTicks(from low: Int, to high: Int,
                          maxCount: Int) -> (step: Int, ticks: [TimeTick]) {
        let years = Double(high - low) / 365.2425
        let steps = allYearSteps
        for step in steps where years / Double(step) <= Double(maxCount) + 1 {
            // Estimated first, so that a small step over a long span is never listed.
            let ticks = yearTicks(from: low, to: high, step: step)
            if ticks.count <= maxCount { return (step, ticks) }
        }
        let last = steps[steps.count - 1]
        return (last, yearTicks(from: low, to: high, step: last))
    }

    /// Every year tick of `step` between `low` and `high`.
    static func yearTicks(from low: Int, to high: Int, step: Int) -> [TimeTick] {
        let firstYear = DayCalendar.year(ofDay: low)
        let lastYear = DayCalendar.year(ofDay: high)
        var ticks: [TimeTick] = []
        for index in floorDivide(firstYear - 1, step)...(floorDivide(lastYear, step) + 1) {
            // `written` is the year as people write it: negative for BCE, never zero.
            let written = index * step
            if written == 0 && step == 1 { continue }
            let year = written > 0 ? written : (written < 0 ? written + 1 : 1)
            let day = DayCalendar.firstDay(ofYear: year)
            if day >= low && day <= high {
                ticks.append(TimeTick(day: day, label: YearText.year(year)))
            }
        }
        return ticks
    }

    /// Every tick on the 1st of a month whose number (counted from January of year 0)
    /// is a multiple of `step`. January ticks say the year; the first tick says its
    /// month and year; the others say their month.
    static func monthTicks(from low: Int, to high: Int, step: Int) -> [TimeTick] {
        let first = DayCalendar.date(ofDay: low)
        let last = DayCalendar.date(ofDay: high)
        let firstMonth = first.year * 12 + first.month - 1
        let lastMonth = last.year * 12 + last.month - 1
        var ticks: [TimeTick] = []
        for monthIndex in firstMonth...lastMonth
        where monthIndex - floorDivide(monthIndex, step) * step == 0 {
            let year = floorDivide(monthIndex, 12)
            let month = monthIndex - year * 12 + 1
            let day = DayCalendar.dayNumber(year: year, month: month, day: 1)
            guard day >= low && day <= high else { continue }
            let label = month == 1
                ? YearText.year(year)
                : YearText.month(month, year: year, withYear: ticks.isEmpty)
            ticks.append(TimeTick(day: day, label: label))
        }
        return ticks
    }

    /// `a / b` rounded down, for positive `b`.
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
