/// The working part of `LaTeXDecoder`: walks the scalars of one value once.
///
/// Only command arguments recurse, and not past `maxDepth`, so deeply nested input
/// costs linear time and bounded stack.
struct LaTeXScanner {
    static let maxDepth = 16

    let scalars: [Unicode.Scalar]
    private var inMath = false

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Decodes `range`; braces are dropped, commands interpreted.
    mutating func decode(_ range: Range<Int>, depth: Int) -> String.UnicodeScalarView {
        var out = String.UnicodeScalarView()
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                index = command(at: index, end: end, depth: depth, into: &out)
            case "{", "}":
                index += 1
            case "$":
                inMath.toggle()
                index += 1
            case "~":
                out.append(inMath ? " " : "\u{A0}")
                index += 1
            case "-":
                let start = index
                while index < end, scalars[index] == "-" { index += 1 }
                out.append(contentsOf: Self.dashes(index - start, inMath: inMath).unicodeScalars)
            case "`", "'":
                let doubled = index + 1 < end && scalars[index + 1] == scalar
                if doubled {
                    out.append(scalar == "`" ? "\u{201C}" : "\u{201D}")
                } else {
                    out.append(scalar == "`" ? "\u{2018}" : "'")
                }
                index += doubled ? 2 : 1
            default:
                out.append(scalar)
                index += 1
            }
        }
        return out
    }

    /// `-` stays, `--` is an en dash, `---` an em dash (longer runs repeat the pattern).
    private static func dashes(_ count: Int, inMath: Bool) -> String {
        if inMath { return String(repeating: "-", count: count) }
        let rest = count % 3
        return String(repeating: "—", count: count / 3) + (rest == 2 ? "–" : rest == 1 ? "-" : "")
    }

    /// Interprets the command whose backslash is at `start`; returns the index after it.
    private mutating func command(
        at start: Int, end: Int, depth: Int, into out: inout String.UnicodeScalarView
    ) -> Int {
        var index = start + 1
        guard index < end else { return end }
        let first = scalars[index]
        guard first.isASCIILetter else {
            index += 1
            if let accent = LaTeXSymbols.symbolAccents[first], !inMath {
                return applyAccent(accent, at: index, end: end, depth: depth, into: &out)
            }
            let text = LaTeXSymbols.controlSymbols[first] ?? String(first)
            out.append(contentsOf: text.unicodeScalars)
            return index
        }
        while index < end, scalars[index].isASCIILetter { index += 1 }
        let name = String(String.UnicodeScalarView(scalars[start + 1..<index]))
        // TeX skips the spaces after a control word.
        while index < end, scalars[index].isBibSpace { index += 1 }
        return controlWord(name, at: index, end: end, depth: depth, into: &out)
    }

    private mutating func controlWord(
        _ name: String, at index: Int, end: Int, depth: Int,
        into out: inout String.UnicodeScalarView
    ) -> Int {
        if let accent = LaTeXSymbols.letterAccents[name] {
            return applyAccent(accent, at: index, end: end, depth: depth, into: &out)
        }
        if let text = LaTeXSymbols.words[name] {
            out.append(contentsOf: text.unicodeScalars)
            return index
        }
        let takesArgument = LaTeXSymbols.quoting.contains(name)
            || LaTeXSymbols.hidingArgument.contains(name)
            || LaTeXSymbols.verbatimArgument.contains(name) || name == "href"
        // Other commands are dropped without looking for an argument: their group is then
        // read as ordinary text, which keeps nested formatting linear in time.
        guard takesArgument, let argument = bracedArgument(at: index, end: end) else {
            // In math, `\log` or `\alpha` reads better as its name than as nothing; the
            // space TeX would put after an operator is kept before a following word.
            if inMath {
                out.append(contentsOf: name.unicodeScalars)
                if index < end, scalars[index].isASCIILetter || scalars[index] == "\\" {
                    out.append(" ")
                }
            }
            return index
        }
        let after = min(argument.upperBound + 1, end)
        if LaTeXSymbols.quoting.contains(name) {
            out.append("\u{201C}")
            out.append(contentsOf: decodeNested(argument, depth: depth))
            out.append("\u{201D}")
        } else if LaTeXSymbols.verbatimArgument.contains(name) {
            out.append(contentsOf: scalars[argument])
        }
        // \href{url}{text} drops the URL; the text group follows as ordinary text.
        return after
    }

    /// The range inside the `{...}` group at `index`, if one starts there.
    private func bracedArgument(at index: Int, end: Int) -> Range<Int>? {
        guard index < end, scalars[index] == "{" else { return nil }
        var depth = 0
        var cursor = index
        while cursor < end {
            if scalars[cursor] == "{" { depth += 1 }
            if scalars[cursor] == "}" {
                depth -= 1
                if depth == 0 { return index + 1..<cursor }
            }
            cursor += 1
        }
        return index + 1..<end
    }

    private mutating func decodeNested(
        _ range: Range<Int>, depth: Int
    ) -> String.UnicodeScalarView {
        guard depth < Self.maxDepth else {
            return String.UnicodeScalarView(scalars[range].filter(\.isPlainText))
        }
        return decode(range, depth: depth + 1)
    }

    /// Puts the accent's combining mark after the first letter of its argument.
    private mutating func applyAccent(
        _ accent: LaTeXSymbols.Accent, at start: Int, end: Int, depth: Int,
        into out: inout String.UnicodeScalarView
    ) -> Int {
        var index = start
        var base = String.UnicodeScalarView()
        if let argument = bracedArgument(at: index, end: end) {
            base = decodeNested(argument, depth: depth)
            index = min(argument.upperBound + 1, end)
        } else if index < end, scalars[index] == "\\" {
            index += 1
            let nameStart = index
            while index < end, scalars[index].isASCIILetter { index += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
            while index < end, scalars[index] == " " { index += 1 }
            base = (LaTeXSymbols.words[name] ?? "").unicodeScalars
        } else if index < end, !scalars[index].isBibSpace {
            base.append(scalars[index])
            index += 1
        }
        guard let first = base.first else {
            out.append(contentsOf: accent.spacing.unicodeScalars)
            return index
        }
        // Accents go on a dotted i: `\'{\i}` and `\'\i` are "í", not "ı" plus a mark.
        out.append(first == "ı" ? "i" : first == "ȷ" ? "j" : first)
        out.append(accent.combining)
        out.append(contentsOf: base.dropFirst())
        return index
    }
}

extension Unicode.Scalar {
    /// Not LaTeX markup: used when nesting is too deep to interpret commands.
    fileprivate var isPlainText: Bool { self != "{" && self != "}" && self != "\\" }
}
