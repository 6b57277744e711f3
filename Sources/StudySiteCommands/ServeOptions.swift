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

    package func validate() throws {
        if !ServeAddress.isLoopback(host) && !allowRemote {
            throw ValidationError("refusing to listen on \(host): it is not a loopback address; pass --allow-remote if you mean it")
        }
    }
}
