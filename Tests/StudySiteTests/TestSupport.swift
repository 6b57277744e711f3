import Foundation
import Testing
@testable import StudySite

/// Paths of the package, its fixtures and a scratch folder per test.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let templates = packageRoot.appendingPathComponent("Templates").path
    static let content = packageRoot.appendingPathComponent("Content").path

    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("studysite-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Every file below a folder with its bytes, keyed by relative path.
func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = base + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return result
}

func build(content: String, templates: String = TestPaths.templates, output: URL, strict: Bool = false,
           write: Bool = true) -> BuildReport {
    SiteBuilder(options: BuildOptions(
        contentPath: content, templatesPath: templates, outputPath: output.path,
        strict: strict, writeOutput: write)).build()
}

/// A copy of the real templates in `scratch`/Templates with one misspelt variable on line 9 of
/// the article template (`{{#writer}}`).
func templatesWithUnknownVariable(in scratch: URL) throws -> URL {
    let templates = scratch.appendingPathComponent("Templates")
    try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: templates.path)
    let article = templates.appendingPathComponent("pages/article.md")
    let text = try String(contentsOf: article, encoding: .utf8)
    try text.replacingOccurrences(of: "{{#author}}", with: "{{#writer}}{{/writer}}{{#author}}")
        .write(to: article, atomically: true, encoding: .utf8)
    return templates
}
