import Diagnostics
import Foundation

extension BuildReport {
    /// Every diagnostic as compiler-style lines, with the source line and a caret.
    package func formattedDiagnostics() -> [String] {
        let formatter = DiagnosticFormatter(sourceLine: { file, line in
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            return lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil
        })
        return diagnostics.map(formatter.format)
    }

    /// The closing line: what was done, how many problems, how long it took.
    package func summary(verb: String, output: String) -> String {
        let problems = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let time = String(format: "%.2f s", seconds)
        let reuse = incremental.map {
            " (incremental: read \($0.filesRead) files, parsed \($0.parsed), re-rendered \($0.rendered) of "
                + "\($0.rendered + $0.renderReused) pages"
                + ($0.editedArticleBodies.map { ", \($0) edited article bod\($0 == 1 ? "y" : "ies")" } ?? "") + ")"
        } ?? ""
        if wrote {
            return "\(verb) \(pages) pages\(reuse) (\(files) files, \(bytes / 1024) KiB; search index \(searchIndexBytes / 1024) KiB) "
                + "into \(output)/: \(problems) in \(time)"
        }
        if succeeded {
            return "\(verb) \(pages) pages: \(problems) in \(time)" + (verb == "built" ? " (nothing written)" : "")
        }
        return "failed: \(problems) in \(time); "
            + (verb == "built" ? "\(output)/ was left as it was" : "nothing was written")
    }

    package func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
