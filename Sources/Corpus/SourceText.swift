import Diagnostics
import Foundation

/// Decodes corpus bytes into text: UTF-8 only, a BOM is dropped, CRLF and CR become LF.
package enum SourceText {
    package static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        decode([UInt8](data), file: file)
    }

    package static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library's check is the same well-formedness as `firstInvalidUTF8`
        // (Unicode table 3-7) and much faster; the byte loop only says where a bad file fails.
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        if !hasCR, let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        if let bad = firstInvalidUTF8(bytes) {
            let before = bytes[..<bad]
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
            return .failure(.error(
                "file-not-utf8", "the file is not valid UTF-8 (byte 0x"
                    + String(bytes[bad], radix: 16, uppercase: true) + ")",
                at: SourceLocation(file: file, line: line, column: column),
                hint: "save the file as UTF-8"))
        }
        // Line ends are normalized on the bytes: 0x0D never occurs inside a multi-byte
        // sequence, whereas String search misses a CR followed by a combining mark.
        if hasCR {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D {
                    normalized.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    normalized.append(bytes[index])
                }
                index += 1
            }
            bytes = normalized
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<max(length, 1) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if byte == 0xE0 && second < 0xA0 || byte == 0xED && second > 0x9F { return index }
            }
            if length == 4 {
                let second = bytes[index + 1]
                if byte == 0xF0 && second < 0x90 || byte == 0xF4 && second > 0x8F { return index }
            }
            index += length
        }
        return nil
    }
}
