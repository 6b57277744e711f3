import ArgumentParser
import Foundation
import Server
import StudySite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on this machine, and rebuild and reload pages on every change.",
        discussion: """
            Serves the output folder on 127.0.0.1 (loopback only unless --allow-remote), watches \
            the content and template folders, rebuilds on change, reloads open pages and shows \
            build errors in them. Stop with Ctrl-C.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where to write the site.", valueName: "path"))
    var output = "Output"

    @Option(help: "The port to listen on.")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Flag(help: "Allow an address other than loopback (the site becomes visible to your network).")
    var allowRemote = false

    func validate() throws {
        if !PreviewServer.isLoopback(host) && !allowRemote {
            throw ValidationError("refusing to listen on \(host): it is not a loopback address; pass --allow-remote if you mean it")
        }
    }

    func run() async throws {
        let options = BuildOptions(
            contentPath: site.content, templatesPath: site.templates, outputPath: output, strict: site.strict)
        var server = PreviewServer(options: options, host: host, port: port)
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
