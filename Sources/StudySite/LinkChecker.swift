import Diagnostics
import Foundation

/// Checks every internal `href` and fragment in the rendered site: the target file must be
/// in the output and the fragment must be an `id` on that page.
package struct LinkChecker {
    package struct BrokenLink: Sendable, Equatable {
        package var page: String
        package var href: String
        package var reason: String
    }

    package static func check(_ files: [(path: String, bytes: [UInt8])]) -> [BrokenLink] {
        var ids: [String: Set<String>] = [:]
        var hrefs: [(String, [String])] = []
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix(".html") {
            ids[file.path] = Set(attributeValues("id", in: file.bytes))
            hrefs.append((file.path, attributeValues("href", in: file.bytes) + attributeValues("src", in: file.bytes)))
        }
        var broken: [BrokenLink] = []
        for (page, links) in hrefs {
            for href in links {
                guard let target = resolve(href, from: page) else { continue }
                if !paths.contains(target.path) {
                    broken.append(BrokenLink(page: page, href: href, reason: "no file \(target.path)"))
                } else if let fragment = target.fragment, !fragment.isEmpty,
                          target.path.hasSuffix(".html"), !(ids[target.path]?.contains(fragment) ?? false) {
                    broken.append(BrokenLink(
                        page: page, href: href, reason: "no id \"\(fragment)\" in \(target.path)"))
                }
            }
        }
        return broken
    }

    /// The site path and fragment an href points at; nil for external links.
    static func resolve(_ href: String, from page: String) -> (path: String, fragment: String?)? {
        let decoded = href.contains("&") ? href.replacingOccurrences(of: "&amp;", with: "&") : href
        if decoded.contains(":") && !decoded.hasPrefix("#") {
            let scheme = decoded.prefix { $0 != ":" }
            if !scheme.contains("/") { return nil }
        }
        if decoded.hasPrefix("//") { return nil }
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding : nil
        var components = page.split(separator: "/").map(String.init).dropLast()
        if pathPart.isEmpty { return (page, fragment) }
        for piece in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".", "": continue
            default: components.append(String(piece))
            }
        }
        var path = components.joined(separator: "/")
        if pathPart.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }

    /// Values of `name="…"` attributes, read with a scan over the bytes (string searching
    /// made this the slowest stage of a build).
    static func attributeValues(_ name: String, in bytes: [UInt8]) -> [String] {
        let needle = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var index = 0
        let count = bytes.count
        while index + needle.count <= count {
            if bytes[index] == needle[0] && bytes[index + 1] == needle[1] {
                var matches = true
                for offset in 2..<needle.count where bytes[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches {
                    let start = index + needle.count
                    var end = start
                    while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return values
    }

    /// Values of `name="…"` attributes in a string.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let needle = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: needle) {
            let valueStart = start.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            values.append(String(rest[valueStart..<end]))
            rest = rest[end...]
        }
        return values
    }
}
