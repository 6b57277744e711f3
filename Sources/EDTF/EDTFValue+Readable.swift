extension EDTFValue {
    /// English text for display.
    ///
    /// Dates read as in `EDTFDate.readable`. Intervals join their ends with an en dash, unspaced
    /// between two plain years ("1858–1861") and spaced when either end has several words or
    /// is unknown ("July 1950 – July 1953", "? – 1950"). An open start reads "until 1950" and
    /// an open end "from 1950".
    package var readable: String {
        switch self {
        case .date(let date):
            return date.readable
        case .interval(let interval):
            return interval.readable
        }
    }
}

extension EDTFInterval {
    /// English text for display; see `EDTFValue.readable`.
    package var readable: String {
        switch (start, end) {
        case (.open, .date(let date)):
            return "until \(date.readable)"
        case (.date(let date), .open):
            return "from \(date.readable)"
        default:
            let first = Self.readable(start)
            let second = Self.readable(end)
            let isCompact = !(first + second).contains(" ") && start != .unknown && end != .unknown
            return first + (isCompact ? "–" : " – ") + second
        }
    }

    /// One end on its own: the date's text, "?" when unknown, "…" when open.
    private static func readable(_ endpoint: EDTFEndpoint) -> String {
        switch endpoint {
        case .date(let date): date.readable
        case .unknown: "?"
        // Unreachable from the parser (an open end always faces a date), but keeps the
        // switch total.
        case .open: "…"
        }
    }
}
