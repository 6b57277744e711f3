/// A place in CSV text: 1-based line and 1-based column.
///
/// Columns count Unicode scalars (code points), not bytes or UTF-16 units, so a
/// column number points at the same character an editor shows. A byte order mark
/// at the start of the file is not counted.
package struct CSVPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    package var line: Int
    /// The 1-based column, in Unicode scalars.
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: CSVPosition, rhs: CSVPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as compilers print it.
    package var description: String { "\(line):\(column)" }
}
