import Foundation
import Testing
import TestSupport
@testable import Publisher

@Suite struct OutputPublisherTests {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("pub-\(UUID().uuidString)")

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: base.appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func publishesThenReplacesItsOwnOutput() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("Output").path
        let publisher = OutputPublisher(output: output)
        #expect(publisher.checkDestination(protecting: []) == nil)
        try publisher.publish([("index.html", Array("one".utf8)), ("a/b.html", Array("b".utf8))])
        #expect(read("Output/index.html") == "one")
        #expect(read("Output/.studysite-output") != nil)
        #expect(publisher.checkDestination(protecting: []) == nil)
        try publisher.publish([("index.html", Array("two".utf8))])
        #expect(read("Output/index.html") == "two")
        #expect(read("Output/a/b.html") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["Output"])
    }

    @Test func refusesAFolderItDidNotMake() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("Mine")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep".write(to: output.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
        let refusal = OutputPublisher(output: output.path).checkDestination(protecting: [])
        #expect(refusal?.rule == "output-not-owned")
        #expect(OutputPublisher(output: "/").checkDestination(protecting: [])?.rule == "output-forbidden")
        #expect(OutputPublisher(output: base.path).checkDestination(
            protecting: [base.appendingPathComponent("Content").path])?.rule == "output-forbidden")
    }

    @Test func aFailedWriteLeavesThePreviousOutputAndNoStagingFolder() throws {
        defer { try? FileManager.default.removeItem(at: base) }
        let output = base.appendingPathComponent("Output").path
        try OutputPublisher(output: output).publish([("index.html", Array("old".utf8))])
        let failing = OutputPublisher(output: output, fileSystem: FailingDisk(failOn: "last.html"))
        #expect(throws: (any Error).self) {
            try failing.publish([("first.html", Array("x".utf8)), ("last.html", Array("y".utf8))])
        }
        #expect(read("Output/index.html") == "old")
        #expect(read("Output/first.html") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["Output"])
    }

    @Test func unsafePathsAreRefused() {
        #expect(!OutputPublisher.isSafeRelativePath("../x.html"))
        #expect(!OutputPublisher.isSafeRelativePath("/etc/passwd"))
        #expect(!OutputPublisher.isSafeRelativePath("a//b"))
        #expect(OutputPublisher.isSafeRelativePath("articles/a.html"))
    }

    /// The byte reading of ASCII paths answers as the Character one, on random paths of
    /// slashes, dots, names and non-ASCII pieces (a combining mark joins the "/" before it).
    @Test func safePathsOnBytesAnswerAsOnCharacters() {
        var random = SplitMix64(seed: 0x5AFE)
        let pieces = ["a", "b-c", ".", "..", "...", "/", "//", "x.html", " ", "é", "\u{301}", "/\u{301}", ".\u{301}", "\\"]
        for _ in 0..<20_000 {
            let path = random.text(from: pieces, maxPieces: 8)
            #expect(OutputPublisher.isSafeRelativePath(path) == OutputPublisher.characterIsSafeRelativePath(path),
                    "\(path.debugDescription)")
        }
    }
}
