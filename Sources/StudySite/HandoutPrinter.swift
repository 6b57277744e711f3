import Diagnostics
import Foundation

/// Prints handouts to PDF (A4 and US Letter) with headless Chromium, from a temporary copy of
/// the rendered site, and checks each against its designed length.
struct HandoutPrinter {
    struct Job {
        var slug: String
        var maxPages: Int
        var source: SourceLocation?
    }

    static let papers: [(name: String, css: String)] = [("a4", "A4"), ("letter", "letter")]

    /// The Chromium executable on PATH, if any.
    static func findChromium(searchPath: String? = nil) -> String? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// PDF files to add to the output, with diagnostics (missing Chromium is an error).
    static func print(
        _ jobs: [Job], files: [(path: String, bytes: [UInt8])], searchPath: String? = nil,
        baseURL: String? = nil, diagnostics: inout [Diagnostic]
    ) -> [(path: String, bytes: [UInt8])] {
        guard !jobs.isEmpty else { return [] }
        guard let chromium = findChromium(searchPath: searchPath) else {
            diagnostics.append(.error(
                "pdf-chromium-missing", "cannot make PDFs: Chromium is not installed",
                hint: "install it (Debian: apt-get install chromium) or build without --pdf; the HTML site was still written"))
            return []
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("studysite-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            for file in files where file.path.hasPrefix("handouts/") || file.path.hasPrefix("assets/") {
                let target = work.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: target)
            }
        } catch {
            diagnostics.append(.error("pdf-failed", "cannot prepare PDFs: \(error.localizedDescription)"))
            return []
        }
        var pdfs: [(String, [UInt8])] = []
        for job in jobs {
            let page = work.appendingPathComponent("handouts/\(job.slug).html")
            guard let html = try? String(contentsOf: page, encoding: .utf8) else { continue }
            for paper in papers {
                let variant = work.appendingPathComponent("handouts/\(job.slug).\(paper.name).html")
                let pdf = work.appendingPathComponent("\(job.slug)-\(paper.name).pdf")
                let sized = forPaper(html, slug: job.slug, baseURL: baseURL).replacingOccurrences(
                    of: "</head>", with: "<style>@page { size: \(paper.css); }</style>\n</head>")
                do {
                    try sized.write(to: variant, atomically: true, encoding: .utf8)
                    try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                       "--print-to-pdf=\(pdf.path)", variant.absoluteString])
                    let bytes = normalized([UInt8](try Data(contentsOf: pdf)))
                    let pages = pageCount(bytes)
                    if pages > job.maxPages {
                        diagnostics.append(.warning(
                            "handout-too-long",
                            "handout \"\(job.slug)\" prints on \(pages) \(paper.css) pages; it is designed for \(job.maxPages)",
                            at: job.source, hint: "shorten it, or raise max_pages in its front matter"))
                    }
                    pdfs.append(("handouts/\(job.slug)-\(paper.name).pdf", bytes))
                } catch {
                    diagnostics.append(.error(
                        "pdf-failed", "Chromium could not print handout \"\(job.slug)\": \(error)", at: job.source))
                }
            }
        }
        return pdfs
    }

    /// Runs a program with a time limit; throws on failure.
    static func run(_ executable: String, _ arguments: [String], seconds: Double = 90) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "timed out after \(Int(seconds)) s"])
        }
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "exit status \(process.terminationStatus)"])
        }
    }

    /// The page as it goes to paper: with a public address, links point there; without one,
    /// links are unlinked (a file:// link into a temporary folder would be dead and would
    /// change every build), since their targets are printed as endnotes anyway.
    static func forPaper(_ html: String, slug: String, baseURL: String?) -> String {
        if let baseURL, !baseURL.isEmpty {
            let base = (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + "handouts/"
            return html.replacingOccurrences(of: "<head>", with: "<head>\n<base href=\"\(base)\">")
        }
        guard let pattern = try? NSRegularExpression(pattern: #"(<a\b[^>]*?)\s+href="[^"]*""#) else { return html }
        return pattern.stringByReplacingMatches(
            in: html, range: NSRange(location: 0, length: (html as NSString).length), withTemplate: "$1")
    }

    /// Chromium tags structure elements with its DOM node counter (`/ID (node00000331)`),
    /// which drifts between runs; they are renumbered in order of first appearance, with
    /// the same number of digits so no offset in the file moves.
    static func renumberedNodeIDs(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array("(node".utf8)
        var result = bytes
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        while index + prefix.count < result.count {
            guard result[index] == prefix[0], Array(result[index..<index + prefix.count]) == prefix else {
                index += 1
                continue
            }
            let start = index + prefix.count
            var end = start
            while end < result.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(result[end]) { end += 1 }
            guard end > start, end < result.count, result[end] == UInt8(ascii: ")") else {
                index = end
                continue
            }
            let digits = result[start..<end]
            let number = numbers[digits] ?? {
                numbers[digits] = numbers.count + 1
                return numbers.count
            }()
            let text = Array(String(number).utf8)
            if text.count <= digits.count {
                let padded = Array(repeating: UInt8(ascii: "0"), count: digits.count - text.count) + text
                result.replaceSubrange(start..<end, with: padded)
            }
            index = end
        }
        return result
    }

    /// The number of pages: page objects are `/Type /Page` (not `/Pages`).
    static func pageCount(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        let pattern = try? NSRegularExpression(pattern: #"/Type\s*/Page(?![s\w])"#)
        return pattern?.numberOfMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) ?? 0
    }

    /// Same input, same bytes: the creation and modification dates Chromium writes are
    /// replaced by a fixed date of the same length, so offsets in the file stay valid.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var result = renumberedNodeIDs(bytes)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let needle = Array(key.utf8)
            var index = 0
            while index + needle.count < result.count {
                if Array(result[index..<index + needle.count]) == needle {
                    var cursor = index + needle.count
                    while cursor < result.count, result[cursor] != UInt8(ascii: ")") {
                        let byte = result[cursor]
                        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { result[cursor] = UInt8(ascii: "0") }
                        cursor += 1
                    }
                    index = cursor
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}
