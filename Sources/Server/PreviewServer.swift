import FlyingFox
import FlyingSocks
import Corpus
import Foundation
import StudySite

/// `studysite serve`: builds, serves the output on loopback, watches the corpus and the
/// templates, rebuilds on change and reloads open pages.
package struct PreviewServer: Sendable {
    package var options: BuildOptions
    package var host: String
    package var port: UInt16
    /// Called after each build with its report (the CLI prints it).
    package var onBuild: @Sendable (BuildReport) -> Void = { _ in }
    package let broadcaster = ReloadBroadcaster()
    /// Parsed bodies and rendered pages kept between rebuilds, so an edit redoes only what
    /// it affects.
    package let cache = BuildCache()

    package init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.options = options
        self.host = host
        self.port = port
    }

    /// Loopback only, unless the caller explicitly allowed another address.
    package static func isLoopback(_ host: String) -> Bool { ServeAddress.isLoopback(host) }

    package func makeServer() throws -> HTTPServer {
        if host.contains(":") {
            return HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), logger: .disabled)
        }
        return HTTPServer(
            address: try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port),
            logger: .disabled)
    }

    /// Builds once, then serves and watches until the task is cancelled.
    package func run(server: HTTPServer) async throws {
        await server.appendRoute("GET /__studysite/reload", to: .webSocket(ReloadSocket(broadcaster: broadcaster)))
        await server.appendRoute("GET,HEAD *", to: SiteFileHandler(root: URL(fileURLWithPath: options.outputPath)))
        await rebuild()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { try await watch() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// One build; problems go to the open pages.
    package func rebuild() async {
        var builder = SiteBuilder(options: options)
        builder.cache = cache
        let report = builder.build()
        onBuild(report)
        let errors = report.succeeded ? nil : report.formattedDiagnostics().joined(separator: "\n")
        await broadcaster.buildFinished(errors: errors)
    }

    /// Polls the corpus and the templates twice a second (portable, no inotify needed).
    func watch() async throws {
        var last = Self.signature(of: [options.contentPath, options.templatesPath])
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 500_000_000)
            let now = Self.signature(of: [options.contentPath, options.templatesPath])
            if now != last {
                last = now
                await rebuild()
            }
        }
    }

    /// Every file's path and what `stat` says of it (hidden files skipped, as the loader
    /// skips them).
    static func signature(of folders: [String]) -> [String: LoadCache.Signature] {
        var result: [String: LoadCache.Signature] = [:]
        for folder in folders {
            for (relative, signature) in LoadCache.Signature.files(under: folder) {
                result[folder + "/" + relative] = signature
            }
        }
        return result
    }
}
