import FlyingFox
import Foundation
import Testing
import TestSupport
@testable import Server
import StudySite

/// `serve` end to end: fetch a page, edit the corpus, see the change; traversal requests
/// sent byte for byte never reach outside the output folder.
@Suite(.serialized) struct PreviewServerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Sends `GET <path>` exactly as written (no client-side normalization) and returns the
    /// status code and body.
    static func get(_ path: String, port: UInt16) throws -> (Int, String) {
        try LoopbackHTTP.get(path, port: port)
    }

    @Test func servesRebuildsOnChangeAndStaysInsideTheOutput() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("Tests/StudySiteTests/Fixtures/minimal/Content"), to: content)
        try "secret: do not serve\n".write(to: scratch.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let options = BuildOptions(
            contentPath: content.path, templatesPath: Self.packageRoot.appendingPathComponent("Templates").path,
            outputPath: scratch.appendingPathComponent("Output").path)
        let server = PreviewServer(options: options, port: 0)
        let http = try server.makeServer()
        let task = Task { try await server.run(server: http) }
        defer { task.cancel() }
        try await http.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port)? = await http.listeningAddress else {
            Issue.record("no listening address")
            return
        }

        let (status, page) = try Self.get("/articles/first.html", port: port)
        #expect(status == 200)
        #expect(page.contains("First &lt;article&gt;"))
        #expect(page.contains("/__studysite/reload"))

        let article = content.appendingPathComponent("articles/first.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "title: \"First <article>\"", with: "title: \"Edited title\"")
            .write(to: article, atomically: true, encoding: .utf8)
        var changed = false
        for _ in 0..<60 where !changed {
            try await Task.sleep(nanoseconds: 250_000_000)
            changed = try Self.get("/articles/first.html", port: port).1.contains("Edited title")
        }
        #expect(changed, "the edit did not show up")

        for path in ["/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2e%2e/%2e%2e/etc/passwd",
                     "/..%2fsecret.txt", "/articles/..%2f..%2fsecret.txt", "/..\\secret.txt", "/%00/../secret.txt"] {
            let (status, body) = try Self.get(path, port: port)
            #expect(status == 404 || status == 400, "\(path): \(status)")
            #expect(!body.contains("do not serve") && !body.contains("root:"), "\(path) leaked a file")
        }
    }
}
