import Foundation

/// Maps a request path to a file inside the served folder, or nil. The path is decoded and
/// normalized before it is checked, so `..`, `%2e%2e`, `%2f`, backslashes and NUL bytes
/// can never reach outside the folder; symlinks are resolved and must stay inside too.
package enum RequestPath {
    package static func file(for rawPath: String, in root: URL) -> URL? {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = pathOnly.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var parts: [String] = []
        for piece in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": return nil   // never climb, not even within the folder
            default: parts.append(String(piece))
            }
        }
        let base = root.standardizedFileURL.resolvingSymlinksInPath()
        var url = parts.reduce(base) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url = url.appendingPathComponent("index.html")
        }
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(base.path + "/"), FileManager.default.fileExists(atPath: resolved) else {
            return nil
        }
        return URL(fileURLWithPath: resolved)
    }

    package static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "bib", "ris": "text/plain; charset=utf-8"
        case "pdf": "application/pdf"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
