import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether text is well-formed XML, checked with Foundation's parser; and the ids in it.
package enum XMLCheck {
    package static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    /// Every `id="…"` value, in order.
    package static func ids(in text: String) -> [String] {
        text.components(separatedBy: " id=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }
}
