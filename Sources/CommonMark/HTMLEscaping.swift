/// Escaping for the places corpus text lands in HTML.
package enum HTMLEscaping {
    /// Escapes text for element content and for quoted attribute values.
    package static func escape(_ text: String) -> String {
        // Most runs of text have nothing to escape; the scan and the copy work on bytes.
        guard needsEscaping(text) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 32)
        append(escaping: text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `text` has any of `& < > " '`. All five lie in 0x22...0x3E, so most bytes (letters,
    /// spaces) are ruled out by one range check.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x22 && byte <= 0x3E {
                if byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 { return true }
            }
            return false
        }
    }

    /// Appends `text` escaped as `escape` would, without making a String in between (the
    /// template renderer writes pages as bytes).
    package static func append(escaping text: String, to output: inout [UInt8]) {
        // A native String's bytes are read where they are; `withUTF8` needs a copy of the
        // String it may change, whose count every caller on every core then changed too.
        if text.utf8.withContiguousStorageIfAvailable({ append(escaping: $0, to: &output) }) == nil {
            var copy = text
            copy.withUTF8 { append(escaping: $0, to: &output) }
        }
    }

    /// `append(escaping:to:)` for UTF-8 bytes. Eight bytes at a time are passed over when
    /// none of them is in 0x22–0x27 or 0x3C–0x3E, the ranges holding the five escaped bytes
    /// (every text of every page is escaped; byte by byte it was 2% of a build).
    package static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var start = 0
        while true {
            let index = bytes.firstIndex(
                from: start, candidates: { WordBytes.between($0, 0x22, 0x27) | WordBytes.between($0, 0x3C, 0x3E) },
                where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
            guard index < bytes.count else { break }
            let replacement: StaticString = switch bytes[index] {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            default: "&#39;"
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// The URL if it is safe to put in `href`/`src`; nil for script-carrying schemes
    /// (`javascript:`, `vbscript:`, `data:`), whatever their case or hidden whitespace.
    package static func safeURL(_ url: String) -> String? {
        // Nearly every URL is ASCII: there the scheme check runs on bytes (the Unicode
        // property lookups below were 2% of a large build). Whitespace and controls are all
        // at or below 0x20 in ASCII, and lowercasing is of A-Z only.
        if url.utf8.allSatisfy({ $0 < 0x80 }) {
            // The first 11 bytes that are not white space or controls, lower-cased, on the
            // stack (an Array per link was an allocation per link of every page).
            let refused = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 11) { folded -> Bool in
                var count = 0
                for byte in url.utf8 where byte > 0x20 {
                    folded[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                    if count == 11 { break }  // the longest scheme, "javascript:"
                }
                let start = UnsafeBufferPointer(rebasing: folded[..<count])
                for scheme in ["javascript:", "vbscript:", "data:", "file:"] as [StaticString]
                where start.starts(with: UnsafeBufferPointer(start: scheme.utf8Start, count: scheme.utf8CodeUnitCount)) {
                    return true
                }
                return false
            }
            return refused ? nil : url
        }
        return unicodeSafeURL(url)
    }

    /// `safeURL` for any text, on Unicode scalars.
    static func unicodeSafeURL(_ url: String) -> String? {
        let folded = String(url.unicodeScalars.filter {
            !($0.properties.isWhitespace || $0.value < 0x20)
        }).lowercased()
        for scheme in ["javascript:", "vbscript:", "data:", "file:"] where folded.hasPrefix(scheme) {
            return nil
        }
        return url
    }

    /// Percent-encodes what may not appear raw in an href, then escapes for the attribute.
    package static func attributeURL(_ url: String) -> String {
        // Nearly every URL needs no percent-encoding: then it is only escaped. Building the
        // encoded copy scalar by scalar was 5% of linking a body.
        if !url.utf8.contains(where: needsPercentEncoding) { return escape(url) }
        var encoded = ""
        for byte in url.utf8 {
            if needsPercentEncoding(byte) {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return escape(encoded)
    }
}

extension HTMLEscaping {
    /// Whether `path` is made only of letters, digits and `-._~/#`: a relative site path
    /// that `safeURL` keeps (no `:`, so no scheme) and `attributeURL` leaves as it is
    /// (nothing to percent-encode or escape): `HTMLWriter.appendLinkStart` writes such a
    /// destination as it is, without those checks.
    package static func isPlainPath(_ path: String) -> Bool {
        // On the String's own bytes where it has them (always, for a native String): going
        // through the UTF-8 view's iterator byte by byte was 0.9 ms of a build at 1,000
        // articles (every mention and citation link).
        path.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlainPathByte) }
            ?? path.utf8.allSatisfy(isPlainPathByte)
    }

    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "#"):
            true
        default:
            false
        }
    }
}

/// The bytes `attributeURL` percent-encodes.
private func needsPercentEncoding(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"),
         UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"),
         UInt8(ascii: "\\"), UInt8(ascii: "^"), 0..<0x20, 0x7F...0xFF:
        true
    default:
        false
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
