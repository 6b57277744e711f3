/// One end of an EDTF interval.
package enum EDTFEndpoint: Sendable, Hashable {
    /// A known date, possibly qualified or with unspecified digits.
    case date(EDTFDate)
    /// `..`: the interval is open on this side ("until 1950", "from 1950").
    case open
    /// An empty end: the date exists but is not known (`/1950`, `1950/`).
    case unknown

    /// The date, when this end has one.
    package var date: EDTFDate? {
        guard case .date(let date) = self else { return nil }
        return date
    }

    /// The EDTF text of this end: the date, `..`, or "".
    package var iso: String {
        switch self {
        case .date(let date): date.iso
        case .open: ".."
        case .unknown: ""
        }
    }
}
