/// The text of an HTML fragment a reader sees: tags dropped, the entities the writer
/// produces decoded, white space folded (for the search index and snippets).
package enum HTMLText {
    package static func plain(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        var inHiddenElement = false
        var tagName = ""
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tagName.lowercased()
                    if name == "svg" || name == "style" || name == "script" { inHiddenElement = true }
                    if name == "/svg" || name == "/style" || name == "/script" { inHiddenElement = false }
                    text.append(" ")
                } else if tagName.count < 8, !character.isWhitespace {
                    tagName.append(character)
                } else {
                    tagName.append(" ")
                }
                continue
            }
            if character == "<" {
                inTag = true
                tagName = ""
                continue
            }
            if !inHiddenElement { text.append(character) }
        }
        let decoded = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
