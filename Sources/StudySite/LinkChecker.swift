import CommonMark
import Diagnostics
import Foundation
import Linker
import Parallel

/// Checks every internal `href` and fragment in the rendered site: the target file must be
/// in the output and the fragment must be an `id` on that page.
package struct LinkChecker {
    package struct BrokenLink: Sendable, Equatable {
        package var page: String
        package var href: String
        package var reason: String
    }

    /// Every broken link of the files, in page order and in each page in the order of its
    /// hrefs. The same check a full build makes page by page as it renders (`pageLinks`).
    package static func check(_ files: [(path: String, bytes: [UInt8])]) -> [BrokenLink] {
        let paths = Set(files.map(\.path))
        let table = PathTable(files.map(\.path))
        let pages = files.filter { $0.path.hasSuffix(".html") }.parallelMap { pageLinks($0, paths: table) }
        return brokenLinks(pages, planned: table, paths: paths)
    }

    /// A page's ids and links, each link with the target it resolves to.
    static func scan(_ page: (path: String, bytes: [UInt8])) -> PageScan {
        let folder = page.path.split(separator: "/").dropLast()
        var resolver = ASCIIResolver(folder: Folder(folder))
        defer { resolver.deallocate() }
        let attributes = attributes(in: page.bytes)
        return PageScan(
            ids: Set(attributes.ids),
            links: (attributes.hrefs + attributes.sources).map { href in
                (href, resolve(href, with: &resolver, inFolder: folder).target(from: page.path))
            })
    }

    /// The links of one page that point at no file of the site, or at no id on their page.
    static func brokenLinks(
        on page: String, links: [(href: String, target: (path: String, fragment: String?)?)],
        paths: Set<String>, ids: (String) -> Set<String>?
    ) -> [BrokenLink] {
        links.compactMap { href, target -> BrokenLink? in
            guard let target else { return nil }
            if !paths.contains(target.path) {
                return BrokenLink(page: page, href: href, reason: "no file \(target.path)")
            } else if let fragment = target.fragment, !fragment.isEmpty,
                      target.path.hasSuffix(".html"), !(ids(target.path)?.contains(fragment) ?? false) {
                return BrokenLink(page: page, href: href, reason: "no id \"\(fragment)\" in \(target.path)")
            }
            return nil
        }
    }

    /// The ids of a page and its links, each with the target it resolves to.
    struct PageScan: Sendable {
        var ids: Set<String>
        var links: [(href: String, target: (path: String, fragment: String?)?)]
    }

    /// What an href points at, apart from the page it is on: `resolve` depends on the page
    /// only through its folder, except that an href with an empty path means the page itself.
    enum Resolution: Equatable {
        case external
        case samePage(fragment: String?)
        case file(path: String, fragment: String?)
    }

    /// The site path and fragment an href points at; nil for external links.
    static func resolve(_ href: String, from page: String) -> (path: String, fragment: String?)? {
        resolve(href, inFolder: page.split(separator: "/").dropLast()).target(from: page)
    }

    /// What an href points at from a page in `folder` (the page path's components but the last).
    static func resolve(_ href: String, inFolder folder: some Collection<Substring>) -> Resolution {
        var resolver = ASCIIResolver(folder: Folder(folder))
        defer { resolver.deallocate() }
        return resolve(href, with: &resolver, inFolder: folder)
    }

    /// `resolve(_:inFolder:)` with the page's resolver (one per page, not one per href). An
    /// ASCII href with nothing to decode (nearly every one) is read in one pass over its
    /// bytes; four String searches per href were most of the link check.
    static func resolve(
        _ href: String, with resolver: inout ASCIIResolver, inFolder folder: some Collection<Substring>
    ) -> Resolution {
        var bytes = href
        let onBytes = bytes.withUTF8 { href -> Resolution? in
            switch resolver.resolve(href) {
            case nil: return nil
            case .external: return .external
            case .samePage(let fragment):
                return .samePage(fragment: fragment.map { String(decoding: href[$0], as: UTF8.self) })
            case .file(let fragment):
                return .file(
                    path: String(decoding: resolver.path, as: UTF8.self),
                    fragment: fragment.map { String(decoding: href[$0], as: UTF8.self) })
            }
        }
        return onBytes ?? decodedResolution(href, inFolder: folder)
    }

    /// `resolve` for an href that is not ASCII or has "&" or "%" to decode, on Strings.
    static func decodedResolution(_ href: String, inFolder folder: some Collection<Substring>) -> Resolution {
        // `contains` with a String argument is Foundation's, which bridges to NSString on
        // every call. In ASCII text it finds exactly the bytes, so a byte search gives the
        // same answers; other hrefs keep Foundation's.
        let isASCII = href.utf8.allSatisfy { $0 < 0x80 }
        let hasAmpersand = isASCII ? href.utf8.contains(UInt8(ascii: "&")) : href.contains("&")
        let decoded = hasAmpersand ? href.replacingOccurrences(of: "&amp;", with: "&") : href
        let hasColon = isASCII ? decoded.utf8.contains(UInt8(ascii: ":")) : decoded.contains(":")
        if hasColon && !decoded.hasPrefix("#") {
            let scheme = decoded.prefix { $0 != ":" }
            let schemeHasSlash = isASCII ? scheme.utf8.contains(UInt8(ascii: "/")) : scheme.contains("/")
            if !schemeHasSlash { return .external }
        }
        if decoded.hasPrefix("//") { return .external }
        return characterResolution(decoded, inFolder: folder)
    }

    /// A page's folder (its path's components but the last) as bytes: the components joined
    /// with "/", and where each starts.
    struct Folder {
        var bytes: [UInt8] = []
        var starts: [Int] = []

        init(_ components: some Collection<Substring>) {
            for component in components {
                if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
                starts.append(bytes.count)
                bytes.append(contentsOf: component.utf8)
            }
        }

        /// The folder of the page at `path`: `init(path.split(separator: "/").dropLast())`,
        /// read on the bytes of an ASCII path (splitting the String walked its Characters:
        /// 9,000 instructions a page).
        init(pagePath path: String) {
            let made: Folder?? = path.utf8.withContiguousStorageIfAvailable { path in
                guard path.firstNonASCII(in: 0..<path.count) == path.count else { return nil }
                // The non-empty components but the last, joined by "/".
                var folder = Folder()
                var components: [Range<Int>] = []
                PagePath.forEachComponent(of: path) { components.append($0) }
                for component in components.dropLast() {
                    if !folder.bytes.isEmpty { folder.bytes.append(UInt8(ascii: "/")) }
                    folder.starts.append(folder.bytes.count)
                    folder.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: path[component]))
                }
                return folder
            }
            self = (made ?? nil) ?? Folder(path.split(separator: "/").dropLast())
        }

        private init() {}
    }

    /// Resolves ASCII hrefs from one folder into a buffer it keeps (no String, no allocation
    /// per href): the link check resolves every href of every page.
    struct ASCIIResolver {
        enum Outcome {
            case external
            /// The fragment's range in the href, if it has a "#".
            case samePage(fragment: Range<Int>?)
            /// The path is in `path`.
            case file(fragment: Range<Int>?)
        }

        let folder: Folder
        private var buffer: UnsafeMutableBufferPointer<UInt8>
        private var starts: UnsafeMutableBufferPointer<Int>
        private var length = 0

        init(folder: Folder) {
            self.folder = folder
            buffer = .allocate(capacity: folder.bytes.count + 256)
            starts = .allocate(capacity: folder.starts.count + 256)
        }

        mutating func deallocate() {
            buffer.deallocate()
            starts.deallocate()
        }

        /// The path of the last `.file` outcome.
        var path: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<length]) }

        /// What `href` points at, on its bytes (where each Character is one byte); nil when it
        /// is not ASCII or has "&" or "%". External when a ":" comes before any "/" (a scheme)
        /// and the href is not a fragment, or when it starts with "//"; otherwise what
        /// `characterResolution` gives, the folder's components joined as they are.
        mutating func resolve(_ href: UnsafeBufferPointer<UInt8>) -> Outcome? {
            guard let colonBeforeSlash = LinkChecker.colonBeforeSlash(href) else { return nil }
            if colonBeforeSlash && href.first != UInt8(ascii: "#") { return .external }
            if href.count >= 2, href[0] == UInt8(ascii: "/"), href[1] == UInt8(ascii: "/") { return .external }
            let hash = href.firstIndex(of: UInt8(ascii: "#"), in: 0..<href.count)
            let pathEnd = hash ?? href.count
            let fragment = hash.map { ($0 + 1)..<href.count }
            if pathEnd == 0 { return .samePage(fragment: fragment) }
            // The folder, then the href's components, each at most one byte more than it
            // takes; "/index.html" at most once.
            let needed = folder.bytes.count + pathEnd + 12
            if buffer.count < needed {
                buffer.deallocate()
                buffer = .allocate(capacity: needed)
            }
            if starts.count < folder.starts.count + pathEnd + 1 {
                starts.deallocate()
                starts = .allocate(capacity: folder.starts.count + pathEnd + 1)
            }
            folder.bytes.withUnsafeBufferPointer { bytes in
                guard let source = bytes.baseAddress else { return }
                buffer.baseAddress!.update(from: source, count: bytes.count)
            }
            length = folder.bytes.count
            var components = folder.starts.count
            for (index, start) in folder.starts.enumerated() { starts[index] = start }
            // The pieces between slashes, each slash found with memchr (a loop over every
            // byte of every href was a fifth of the link check).
            var start = 0
            while start <= pathEnd {
                let index = href.firstIndex(of: UInt8(ascii: "/"), in: start..<pathEnd) ?? pathEnd
                let pieceLength = index - start
                let pieceStart = start
                start = index + 1
                if pieceLength == 0 || (pieceLength == 1 && href[pieceStart] == UInt8(ascii: ".")) { continue }
                if pieceLength == 2, href[pieceStart] == UInt8(ascii: "."), href[pieceStart + 1] == UInt8(ascii: ".") {
                    if components > 0 {
                        components -= 1
                        length = max(starts[components] - 1, 0)
                    }
                    continue
                }
                if length > 0 {
                    buffer[length] = UInt8(ascii: "/")
                    length += 1
                }
                starts[components] = length
                components += 1
                (buffer.baseAddress! + length).update(from: href.baseAddress! + pieceStart, count: pieceLength)
                length += pieceLength
            }
            if href[pathEnd - 1] == UInt8(ascii: "/") || length == 0 {
                for byte in (length == 0 ? "index.html" : "/index.html").utf8 {
                    buffer[length] = byte
                    length += 1
                }
            }
            return .file(fragment: fragment)
        }
    }

    /// Whether a ":" comes before any "/" in an href, or nil when it has a byte of 0x80 or
    /// more, "&" or "%" (which the String path decodes): what `ASCIIResolver.resolve` needs
    /// before resolving it, found eight bytes at a time.
    static func colonBeforeSlash(_ href: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = href.count
        var firstColon = Int.max
        var firstSlash = Int.max
        var index = 0
        if let base = href.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                // Little-endian: the first byte is the lowest (`trailingZeroBitCount` below).
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if word & WordBytes.high | WordBytes.equal(word, UInt8(ascii: "&")) | WordBytes.equal(word, UInt8(ascii: "%")) != 0 {
                    return nil
                }
                if firstColon == .max, case let colons = WordBytes.equal(word, UInt8(ascii: ":")), colons != 0 {
                    firstColon = index + colons.trailingZeroBitCount / 8
                }
                if firstSlash == .max, case let slashes = WordBytes.equal(word, UInt8(ascii: "/")), slashes != 0 {
                    firstSlash = index + slashes.trailingZeroBitCount / 8
                }
                index += 8
            }
        }
        while index < count {
            switch href[index] {
            case 0x80...0xFF, UInt8(ascii: "&"), UInt8(ascii: "%"): return nil
            case UInt8(ascii: "/"): firstSlash = min(firstSlash, index)
            case UInt8(ascii: ":"): firstColon = min(firstColon, index)
            default: break
            }
            index += 1
        }
        return firstColon < firstSlash
    }

    /// The part of `resolve` after external links are ruled out, on Characters.
    static func characterResolution(_ decoded: String, inFolder folder: some Collection<Substring>) -> Resolution {
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = percentDecoded(parts[0]) ?? String(parts[0])
        let fragment = parts.count > 1 ? percentDecoded(parts[1]) : nil
        if pathPart.isEmpty { return .samePage(fragment: fragment) }
        var components = folder.map(String.init)
        for piece in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".", "": continue
            default: components.append(String(piece))
            }
        }
        var path = components.joined(separator: "/")
        if pathPart.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return .file(path: path, fragment: fragment)
    }

    /// `removingPercentEncoding`, called only where there is a "%" to decode (looked for as a
    /// byte, as it looks): without one it returns its input unchanged.
    private static func percentDecoded(_ text: Substring) -> String? {
        text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding : String(text)
    }

    /// The values of a page's `id`, `href` and `src` attributes, each in document order.
    struct Attributes {
        var ids: [String] = []
        var hrefs: [String] = []
        var sources: [String] = []
    }

    /// The attributes the check reads.
    enum AttributeName { case id, href, src }

    /// The values of a page's `id`, `href` and `src` attributes, each in document order.
    static func attributes(in bytes: [UInt8]) -> Attributes {
        var attributes = Attributes()
        bytes.withUnsafeBufferPointer { bytes in
            forEachAttribute(in: bytes) { name, range in
                let value = String(decoding: bytes[range], as: UTF8.self)
                switch name {
                case .id: attributes.ids.append(value)
                case .href: attributes.hrefs.append(value)
                case .src: attributes.sources.append(value)
                }
            }
        }
        return attributes
    }

    /// Finds the values of ` id="…"`, ` href="…"` and ` src="…"` with a scan over the bytes
    /// (string searching once made this the slowest stage of a build) and tells `body` where
    /// each value is. One pass, jumping from "=" to "=", finds what a separate scan for each
    /// of the three finds, each scan going on after the value it read.
    static func forEachAttribute(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (AttributeName, Range<Int>) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        func find(_ byte: UInt8, from start: Int) -> Int? {
            start < count ? bytes.firstIndex(of: byte, in: start..<count) : nil
        }
        /// The range of the value of ` name="…"` if that is what ends with the `="` at
        /// `equals`, and no earlier match of the name read past it (`scannedUpTo`).
        func value(of name: StaticString, endingAt equals: Int, scannedUpTo: inout Int) -> Range<Int>? {
            let nameBytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            let start = equals - nameBytes.count - 1
            guard start >= scannedUpTo, bytes[start] == UInt8(ascii: " "),
                  memcmp(base + start + 1, nameBytes.baseAddress!, nameBytes.count) == 0
            else { return nil }
            let valueStart = equals + 2
            let valueEnd = find(UInt8(ascii: "\""), from: valueStart) ?? count
            scannedUpTo = valueEnd
            return valueStart..<valueEnd
        }
        var idsScannedUpTo = 0
        var hrefsScannedUpTo = 0
        var sourcesScannedUpTo = 0
        var searchFrom = 0
        while let equals = find(UInt8(ascii: "="), from: searchFrom) {
            searchFrom = equals + 1
            guard equals + 1 < count, bytes[equals + 1] == UInt8(ascii: "\"") else { continue }
            // At most one of the names ends right before a given "=".
            if let range = value(of: "id", endingAt: equals, scannedUpTo: &idsScannedUpTo) {
                body(.id, range)
            } else if let range = value(of: "href", endingAt: equals, scannedUpTo: &hrefsScannedUpTo) {
                body(.href, range)
            } else if let range = value(of: "src", endingAt: equals, scannedUpTo: &sourcesScannedUpTo) {
                body(.src, range)
            }
        }
    }
}

extension LinkChecker.Resolution {
    /// The site path and fragment for an href on `page`; nil for an external link.
    func target(from page: String) -> (path: String, fragment: String?)? {
        switch self {
        case .external: nil
        case .samePage(let fragment): (page, fragment)
        case .file(let path, let fragment): (path, fragment)
        }
    }
}
