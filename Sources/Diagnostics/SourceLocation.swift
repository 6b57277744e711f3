/// A position in a project file, 1-based, as compilers print it.
package struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// The path as the user should see it (relative to the working directory when possible).
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `path:line:col`
    package var description: String { "\(file):\(line):\(column)" }

    /// The location `lines` lines and `columns` columns further on, for values found inside a
    /// block (front matter inside a Markdown file, a cell inside a CSV row).
    package func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: newColumn ?? column)
    }
}
