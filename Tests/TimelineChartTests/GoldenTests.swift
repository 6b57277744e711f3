import Foundation
import Testing
import TestSupport
@testable import TimelineChart

/// Whole SVGs compared byte for byte with files in Golden/.
///
/// Run with `RECORD_GOLDEN=1` to rewrite the files after an intended change, then
/// review the diff (and look at the rendered charts) before committing.
struct GoldenTests {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Golden")
    private static var recording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    }

    @Test(arguments: GoldenFixtures.all.map(\.name))
    func svgMatchesGolden(_ name: String) throws {
        let spec = try #require(GoldenFixtures.all.first { $0.name == name }?.spec)
        let svg = TimelineRenderer.svg(spec)
        let file = Self.folder.appendingPathComponent("\(name).svg")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder,
                                                    withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == expected, "\(name).svg differs; rerun with RECORD_GOLDEN=1 if intended")
    }

    @Test func goldenFilesAreSmallAndWellFormed() throws {
        // While recording, the files may not be written yet: tests run in parallel.
        guard !Self.recording else { return }
        for (name, _) in GoldenFixtures.all {
            let file = Self.folder.appendingPathComponent("\(name).svg")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.utf8.count < 30_000, "\(name).svg is \(text.utf8.count) bytes")
            #expect(XMLCheck.isWellFormed(text), "\(name).svg")
        }
    }
}
