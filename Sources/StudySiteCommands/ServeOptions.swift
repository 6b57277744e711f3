import ArgumentParser
import StudySite

/// The options of `studysite serve`, which `studysite` checks and then hands on unchanged to
/// `studysite-serve` (the preview server is a command of its own: see `ServeForwarding`).
package struct ServeOptions: ParsableArguments {
    @OptionGroup package var site: SiteOptions

    @Option(help: ArgumentHelp("Where to write the site.", valueName: "path"))
    package var output = "Output"

    @Option(help: "The port to listen on.")
    package var port: UInt16 = 8000

    @Option(help: "The address to listen on.")
    package var host = "127.0.0.1"

    @Flag(help: "Allow an address other than loopback (the site becomes visible to your network).")
    package var allowRemote = false

    package init() {}

    /// What both `studysite serve` and `studysite-serve` say of themselves in `--help`.
    package static let abstract = "Build, serve the site on this machine, and rebuild and reload pages on every change."
    package static let discussion = """
        Serves the output folder on 127.0.0.1 (loopback only unless --allow-remote), watches \
        the content and template folders, rebuilds on change, reloads open pages and shows \
        build errors in them. Stop with Ctrl-C.
        """

    package func validate() throws {
        if !ServeAddress.isLoopback(host) && !allowRemote {
            throw ValidationError("refusing to listen on \(host): it is not a loopback address; pass --allow-remote if you mean it")
        }
    }
}
