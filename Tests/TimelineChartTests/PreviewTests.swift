import Foundation
import Testing
import TestSupport
@testable import TimelineChart

/// Renders the fixtures and writes them, each wrapped in a small HTML page, to a folder
/// for a person to look at when `TIMELINE_PREVIEW_DIR` is set; otherwise only checks
/// that they render to well-formed XML.
struct PreviewTests {
    static var specs: [(name: String, spec: TimelineSpec)] {
        var narrow = RealisticFixture.spec
        narrow.id = "realistic-narrow"
        narrow.width = 380
        var wide = RealisticFixture.spec
        wide.id = "realistic-wide"
        wide.width = 1_200
        var zoomed = RealisticFixture.spec
        zoomed.id = "realistic-zoomed"
        zoomed.minYear = 1850
        zoomed.maxYear = 2001
        return GoldenFixtures.all + [
            ("realistic", RealisticFixture.spec), ("realistic-narrow", narrow),
            ("realistic-wide", wide), ("realistic-zoomed", zoomed),
        ]
    }

    @Test func previewsRender() throws {
        let folder = ProcessInfo.processInfo.environment["TIMELINE_PREVIEW_DIR"]
        for (name, spec) in Self.specs {
            let svg = TimelineRenderer.svg(spec)
            #expect(XMLCheck.isWellFormed(svg), "\(name)")
            guard let folder else { continue }
            let url = URL(fileURLWithPath: folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: url.appendingPathComponent("\(name).svg"))
            let page = "<!doctype html><meta charset=\"utf-8\"><title>\(name)</title>"
                + "<body style=\"margin:16px;max-width:\(Int(spec.width))px\">\(svg)</body>"
            try Data(page.utf8).write(to: url.appendingPathComponent("\(name).html"))
        }
    }
}
