/// English words used by the readable forms and error messages.
enum EnglishNames {
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The name of `month` (1 through 12): "July".
    static func month(_ month: Int) -> String {
        months.indices.contains(month - 1) ? months[month - 1] : "month \(month)"
    }

    /// A readable astronomical year: `1884` → "1884", `0` → "1 BCE", `-43` → "44 BCE",
    /// `170000002` → "170,000,002".
    static func year(_ year: Int) -> String {
        // ISO 8601 counts a year 0, so -43 is 44 BCE; there is no year "0 BCE".
        year > 0 ? grouped(year) : grouped(1 - year) + " BCE"
    }

    /// `value` with thousands separators once it has more than four digits, where EDTF also
    /// switches to the `Y` form: "9999", "10,000".
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        guard digits.count > 4 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
