extension TimelineMark {
    /// How finely the event is dated; decides between a point and a bar.
    package enum Precision: String, Hashable, Sendable, CaseIterable {
        case day, month, season, year, decade, century
        /// A span between two dates.
        case interval

        /// True for precisions drawn as a point (day and month); the others are bars.
        package var isPoint: Bool { self == .day || self == .month }
    }
}
