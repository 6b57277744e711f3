import ArgumentParser
import Foundation
import Server
import StudySite
import StudySiteCommands

/// `studysite-serve`, which `studysite serve` runs: the preview server is a command of its
/// own so that `studysite` does not link the HTTP package's networking library (libcurl and
/// the two dozen libraries it loads took half of every command's start; docs/performance.md).
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studysite-serve", abstract: ServeOptions.abstract,
        discussion: ServeOptions.discussion + " `studysite serve` runs this command.")

    @OptionGroup var options: ServeOptions

    static func main() async {
        // `serve` lives on between builds: freed memory goes back to the system.
        await CommandMain.run(Self.self, usage: "studysite-serve", livesOnBetweenBuilds: true)
    }

    func run() async throws {
        let site = options.site, output = options.output, host = options.host, port = options.port
        let buildOptions = BuildOptions(
            contentPath: site.content, templatesPath: site.templates, outputPath: output, strict: site.strict)
        var server = PreviewServer(options: buildOptions, host: host, port: port)
        let console = Console()
        server.onBuild = { report in
            for line in report.formattedDiagnostics() { console.error(line) }
            console.error(report.summary(verb: "built", output: output))
            _ = BuildRunner.finish(report, site: site, console: console)
        }
        let http = try server.makeServer()
        console.error("serving \(output)/ at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C to stop)")
        try await server.run(server: http)
    }
}
