import Foundation

/// Converts the LaTeX found in BibTeX values into plain Unicode text.
///
/// Accents (`{\"o}`, `\"{o}`, `\c{c}`, `\'\i`) become precomposed letters, escapes (`\&`)
/// their character, `--`/`---` en and em dashes, `~` a no-break space, ``` `` ``` and `''`
/// curly quotes. Braces are dropped, formatting commands (`\emph`, `\textbf`, `\it`)
/// dropped with their argument kept, and unknown commands dropped. Runs of white space
/// become one space and the ends are trimmed. The result is in Unicode NFC.
package enum LaTeXDecoder {
    /// Decodes one field value.
    package static func decode(_ latex: String) -> String {
        let scalars = Array(latex.unicodeScalars)
        var scanner = LaTeXScanner(scalars: scalars)
        let decoded = scanner.decode(0..<scalars.count, depth: 0)
        let collapsed = collapseSpaces(decoded)
        // ASCII is its own NFC (Foundation's normalization was a tenth of reading the file).
        return collapsed.utf8.allSatisfy { $0 < 0x80 } ? collapsed : collapsed.precomposedStringWithCanonicalMapping
    }

    /// For URL-like fields: only the backslash escapes BibTeX files put in URLs are undone.
    package static func decodeVerbatim(_ latex: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasBackslash = false
        for scalar in latex.unicodeScalars {
            if previousWasBackslash {
                previousWasBackslash = false
                if "_%&#$~".unicodeScalars.contains(scalar) {
                    result.append(scalar)
                    continue
                }
                result.append("\\")
            }
            if scalar == "\\" {
                previousWasBackslash = true
            } else {
                result.append(scalar)
            }
        }
        if previousWasBackslash { result.append("\\") }
        return String(result).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Turns each run of white space (not no-break spaces) into one space; trims the ends.
    private static func collapseSpaces(_ text: String.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text {
            if scalar.isBibSpace && scalar != "\u{A0}" && scalar != "\u{202F}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
