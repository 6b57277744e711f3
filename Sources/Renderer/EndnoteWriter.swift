import CommonMark
import Foundation

/// For pages made for paper: every link gets a numbered mark and the list of link targets
/// is printed at the end, so a reader of the printout can follow them. Links inside SVG
/// charts are left alone (the chart's source line is repeated in its caption).
enum EndnoteWriter {
    /// `html` with marks after each link and a "Links" section appended; targets are shown
    /// from the site root (or as full addresses under `base`).
    static func apply(_ html: String, page: String, base: String?) -> String {
        var output = ""
        var notes: [String] = []
        var numbers: [String: Int] = [:]
        var rest = html[...]
        while let open = rest.range(of: "<a ") {
            // Copy SVG blocks through untouched.
            if let svg = rest.range(of: "<svg"), svg.lowerBound < open.lowerBound,
               let svgEnd = rest[svg.lowerBound...].range(of: "</svg>") {
                output += rest[..<svgEnd.upperBound]
                rest = rest[svgEnd.upperBound...]
                continue
            }
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</a>") else { break }
            guard let hrefStart = rest[open.upperBound..<tagEnd].range(of: "href=\""),
                  let hrefEnd = rest[hrefStart.upperBound..<tagEnd].firstIndex(of: "\"") else {
                output += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            let href = String(rest[hrefStart.upperBound..<hrefEnd])
            output += rest[..<close.upperBound]
            rest = rest[close.upperBound...]
            guard !href.hasPrefix("#") else { continue }
            let target = display(href, page: page, base: base)
            let number = numbers[target] ?? {
                notes.append(target)
                numbers[target] = notes.count
                return notes.count
            }()
            output += "<sup class=\"endnote-ref\">[\(number)]</sup>"
        }
        output += rest
        guard !notes.isEmpty else { return output }
        output += "<section class=\"endnotes\" aria-labelledby=\"endnotes-heading\">\n"
            + "<h2 id=\"endnotes-heading\">Links</h2>\n<ol>\n"
        for note in notes { output += "<li>\(note)</li>\n" }
        return output + "</ol>\n</section>\n"
    }

    /// The target as a reader should type it: already escaped (it came from an attribute).
    static func display(_ href: String, page: String, base: String?) -> String {
        if href.contains("://") || href.hasPrefix("mailto:") { return href }
        var folders = page.split(separator: "/").map(String.init).dropLast()
        var pieces = href.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while pieces.first == ".." {
            pieces.removeFirst()
            if !folders.isEmpty { folders.removeLast() }
        }
        let path = (folders + pieces).joined(separator: "/")
        guard let base else { return path }
        return (base.hasSuffix("/") ? base : base + "/") + path
    }
}
