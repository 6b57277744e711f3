/// Builds indented SVG (or HTML) text one element per line, escaping every value.
///
/// Element and attribute names are always literals from this module; only values and
/// text content may come from the caller, and both are escaped here.
package struct SVGWriter {
    /// An attribute name and its unescaped value.
    package typealias Attribute = (name: String, value: String)

    package private(set) var output = ""
    private var depth = 0

    package init() {}

    /// Writes `<name attributes>` and indents what follows.
    package mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        line("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    /// Writes `</name>` and undoes one indentation.
    package mutating func close(_ name: String) {
        depth = max(0, depth - 1)
        line("</\(name)>")
    }

    /// Writes a self-closing `<name attributes/>`.
    package mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        line("<\(name)\(Self.render(attributes))/>")
    }

    /// Writes `<name attributes>text</name>` on one line.
    package mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String) {
        line("<\(name)\(Self.render(attributes))>\(text.xmlEscaped)</\(name)>")
    }

    /// Writes `<name attributes><title>tooltip</title></name>` on one line: a shape
    /// whose `<title>` says what it shows.
    package mutating func element(_ name: String, _ attributes: [Attribute], tooltip: String) {
        line("<\(name)\(Self.render(attributes))><title>\(tooltip.xmlEscaped)</title></\(name)>")
    }

    /// Writes `<text attributes>text</text>`, with a `<title>` holding `fullText` when
    /// `text` is a shortened form of it.
    package mutating func text(_ attributes: [Attribute], _ text: String, fullText: String) {
        let tooltip = text == fullText ? "" : "<title>\(fullText.xmlEscaped)</title>"
        line("<text\(Self.render(attributes))>\(text.xmlEscaped)\(tooltip)</text>")
    }

    /// Writes markup this module produced itself, indented but not escaped.
    package mutating func trusted(_ markup: String) {
        line(markup)
    }

    private mutating func line(_ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    private static func render(_ attributes: [Attribute]) -> String {
        attributes.map { " \($0.name)=\"\($0.value.xmlEscaped)\"" }.joined()
    }
}
