/// The text of an HTML fragment a reader sees: tags dropped, the entities the writer
/// produces decoded, white space folded (for the search index and snippets).
package enum HTMLText {
    package static func plain(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        // Chart SVGs (their text is in the page's data table) and styles are not text.
        var inSVG = false
        var inStyle = false
        var tagName = ""
        var tagNameDone = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tagName.lowercased()
                    switch name {
                    case "svg": inSVG = true
                    case "/svg": inSVG = false
                    case "style", "script": inStyle = true
                    case "/style", "/script": inStyle = false
                    default: break
                    }
                    text.append(" ")
                } else if !tagNameDone, !character.isWhitespace {
                    tagName.append(character)
                } else {
                    tagNameDone = true
                }
                continue
            }
            if character == "<" {
                inTag = true
                tagName = ""
                tagNameDone = false
                continue
            }
            if !inSVG && !inStyle { text.append(character) }
        }
        return Self.decodeAndFold(text)
    }

    /// Decodes the five entities the writer produces and folds white space, in one pass
    /// (chained `replacingOccurrences` calls dominated search-index building).
    static func decodeAndFold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var scalars = text.unicodeScalars.makeIterator()
        var lookahead: [Unicode.Scalar] = []
        func next() -> Unicode.Scalar? { lookahead.isEmpty ? scalars.next() : lookahead.removeFirst() }
        while let scalar = next() {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace) {
                pendingSpace = !result.isEmpty
                continue
            }
            var emitted = String(scalar)
            if scalar == "&" {
                var entity: [Unicode.Scalar] = []
                while entity.count < 6, let following = next() {
                    entity.append(following)
                    if following == ";" { break }
                }
                switch String(String.UnicodeScalarView(entity)) {
                case "lt;": emitted = "<"
                case "gt;": emitted = ">"
                case "quot;": emitted = "\""
                case "#39;": emitted = "'"
                case "amp;": emitted = "&"
                default: lookahead = entity + lookahead
                }
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result += emitted
        }
        return result
    }
}
