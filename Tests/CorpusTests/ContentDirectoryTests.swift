import Foundation
import Testing
@testable import Corpus

@Suite struct ContentDirectoryTests {
    /// A content folder with a file, a link to it, a link out of the folder and a folder.
    func makeContent() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("studysite-content-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: A\n".write(to: content.appendingPathComponent("articles/a.md"), atomically: true, encoding: .utf8)
        try "outside\n".write(to: root.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("articles/inside.md").path, withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("articles/out.md").path, withDestinationPath: "../../secret.md")
        return content
    }

    @Test func linksAreFollowedAndMayNotLeave() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let directory = ContentDirectory(path: content.path)
        #expect(directory.staysInside("articles/a.md"))
        #expect(directory.staysInside("articles/inside.md"))
        #expect(!directory.staysInside("articles/out.md"))
        // A path that does not exist is judged as before, by Foundation: inside.
        #expect(directory.staysInside("articles/missing.md"))
        #expect(try directory.read("articles/inside.md").get() == "title: A\n")
        guard case .failure(let refused) = directory.read("articles/out.md") else {
            Issue.record("a link out of the content folder was read")
            return
        }
        #expect(refused.rule == "path-outside-content")
    }

    /// Folders are resolved once and reused: a file in a linked folder is judged by where the
    /// folder leads, and a link to a file by where the file leads.
    @Test func linkedFoldersAreJudgedByWhereTheyLead() throws {
        let content = try makeContent()
        let root = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("mirror").path, withDestinationPath: "articles")
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("outside").path, withDestinationPath: "..")
        let directory = ContentDirectory(path: content.path)
        for _ in 0..<2 {  // the second time from the remembered folders
            #expect(directory.staysInside("mirror/a.md"))
            #expect(directory.staysInside("mirror/inside.md"))
            #expect(!directory.staysInside("mirror/out.md"))
            #expect(!directory.staysInside("outside/secret.md"))
            // Out and back in again leads inside.
            #expect(directory.staysInside("outside/Content/articles/a.md"))
            #expect(directory.staysInside("articles/a.md"))
        }
        #expect(try directory.read("mirror/a.md").get() == "title: A\n")
        // Reading refuses what the check refuses, whichever way the file is opened (a file
        // that is not a link is opened at once, its folder judged as the check judges it).
        for path in ["mirror/out.md", "outside/secret.md", "articles/out.md"] {
            guard case .failure(let refused) = directory.read(path) else {
                Issue.record("\(path) was read from outside the content folder")
                continue
            }
            #expect(refused.rule == "path-outside-content", "\(path)")
        }
        #expect(try directory.read("outside/Content/articles/a.md").get() == "title: A\n")
    }

    /// A file over the size budget is refused with its size, whether or not it is a link.
    @Test func largeFilesAreRefused() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let directory = ContentDirectory(path: content.path, maxFileBytes: 4)
        for path in ["articles/a.md", "articles/inside.md"] {
            guard case .failure(let refused) = directory.read(path) else {
                Issue.record("\(path) was read over the budget")
                continue
            }
            #expect(refused.rule == "file-too-large")
            #expect(refused.message.contains("9 bytes; the limit is 4"), "\(refused.message)")
        }
        #expect(try ContentDirectory(path: content.path, maxFileBytes: 9).read("articles/a.md").get() == "title: A\n")
    }

    @Test func readsRegularFilesOnly() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(ContentDirectory.contents(of: content.appendingPathComponent("articles/a.md").path) == Array("title: A\n".utf8))
        #expect(ContentDirectory.contents(of: content.appendingPathComponent("articles").path) == nil)
        #expect(ContentDirectory.contents(of: content.appendingPathComponent("nothing.md").path) == nil)
        guard case .failure(let unreadable) = ContentDirectory(path: content.path).read("articles") else {
            Issue.record("a folder was read as a file")
            return
        }
        #expect(unreadable.rule == "file-unreadable")
    }
}
