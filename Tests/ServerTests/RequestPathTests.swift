import Foundation
import Testing
@testable import Server

@Suite struct RequestPathTests {
    let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)/Output")
        try? FileManager.default.createDirectory(at: url.appendingPathComponent("a"), withIntermediateDirectories: true)
        try? "home".write(to: url.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try? "page".write(to: url.appendingPathComponent("a/index.html"), atomically: true, encoding: .utf8)
        try? "secret".write(to: url.deletingLastPathComponent().appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try? FileManager.default.createSymbolicLink(
            atPath: url.appendingPathComponent("link.txt").path, withDestinationPath: "../secret.txt")
        return url
    }()

    @Test(arguments: ["/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                      "/a/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/link.txt", "/%00index.html",
                      "/a/..%2F..%2Fsecret.txt", "//etc/passwd", "/%2fetc%2fpasswd"])
    func traversalNeverLeavesTheFolder(_ path: String) {
        let file = RequestPath.file(for: path, in: root)
        #expect(file == nil || file?.path.hasPrefix(root.resolvingSymlinksInPath().path + "/") == true)
        if let file { #expect(!file.path.hasSuffix("secret.txt")) }
    }

    @Test func foldersServeTheirIndex() {
        #expect(RequestPath.file(for: "/", in: root)?.lastPathComponent == "index.html")
        #expect(RequestPath.file(for: "/a/", in: root)?.path.hasSuffix("a/index.html") == true)
        #expect(RequestPath.file(for: "/a/index.html?x=1", in: root) != nil)
        #expect(RequestPath.file(for: "/missing.html", in: root) == nil)
    }

    @Test func onlyLoopbackByDefault() {
        #expect(PreviewServer.isLoopback("127.0.0.1"))
        #expect(PreviewServer.isLoopback("::1"))
        #expect(!PreviewServer.isLoopback("0.0.0.0"))
        #expect(!PreviewServer.isLoopback("192.168.1.5"))
    }
}
