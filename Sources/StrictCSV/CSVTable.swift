/// A CSV file read by `StrictCSVReader`: its header and its well-formed records.
package struct CSVTable: Hashable, Sendable {
    /// The column names from the first row.
    package var header: [String]
    /// Every record after the header whose shape matched it, in file order.
    package var rows: [CSVRow]

    package init(header: [String], rows: [CSVRow]) {
        self.header = header
        self.rows = rows
    }

    /// The index of the first column called `name`, if any.
    package func columnIndex(named name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
