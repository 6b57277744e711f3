/// The Unicode scalars of a .bib file, with a table of line starts for locations and slices.
struct SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var starts = [0]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1  // "\r\n" is one line break: the "\n" below records it.
            }
            if scalars[index] == "\n" || scalars[index] == "\r" {
                starts.append(index + 1)
            }
            index += 1
        }
        self.scalars = scalars
        self.lineStarts = starts
    }

    var count: Int { scalars.count }

    /// The scalar at `index`, or nil past either end.
    subscript(index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The line and column of the scalar at `index` (an index past the end is allowed).
    func location(of index: Int) -> BibLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return BibLocation(line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// The text of a range of scalars, clamped to the file.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        // As UTF-8 bytes, then one String: appending scalar by scalar to a String's view was
        // a seventh of reading the file.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(upper - lower)
        for scalar in scalars[lower..<upper] {
            if scalar.isASCII {
                utf8.append(UInt8(scalar.value))
            } else {
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
