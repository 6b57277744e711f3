/// A position in a .bib file: a 1-based line and a 1-based column.
///
/// Columns count Unicode scalars, not bytes and not grapheme clusters: a precomposed `é`
/// is one column, `e` followed by a combining accent is two, and a tab is one.
/// `\n`, `\r\n` and a lone `\r` each end one line.
package struct BibLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, counting from 1.
    package let line: Int
    /// The column, counting Unicode scalars from 1.
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: BibLocation, rhs: BibLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    package var description: String { "\(line):\(column)" }
}
