import ArgumentParser
import Foundation
import StudySite
import StudySiteCommands

/// `studysite`: argument parsing only; the library does the work.
@main
struct StudySiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studysite",
        abstract: "Build a cross-linked static study site from a research corpus.",
        discussion: """
            Reads Content/ (the corpus) and Templates/ (Markdown page templates with Mustache \
            tags), and writes a static HTML site to Output/.
            Exit codes: 0 success, 1 errors (or warnings with --strict), 2 usage.
            """,
        subcommands: [Build.self, Check.self, Serve.self],
        defaultSubcommand: Build.self)

    static func main() async {
        // A build ends with the process: what it frees is kept for its own later use.
        await CommandMain.run(Self.self, usage: "studysite", livesOnBetweenBuilds: false)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            The site is built into a staging folder and swapped into place only when the whole \
            build succeeded: a failed build leaves the previous output untouched. The output \
            folder must be new, empty, or one studysite made before.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where to write the site.", valueName: "path"))
    var output = "Output"

    @Flag(help: "Also print every handout to PDF (A4 and US Letter) with headless Chromium, into <output>/handouts/.")
    var pdf = false

    func run() throws {
        try BuildRunner(site: site, output: output, write: true, pdf: pdf).run()
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Do everything a build does except writing; report problems.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        try BuildRunner(site: site, output: "Output", write: false, pdf: false).run()
    }
}

/// `studysite serve`: its options are checked here (so `--help` and mistakes answer at once),
/// then `studysite-serve`, beside this executable, runs with the same arguments.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: ServeOptions.abstract,
        discussion: ServeOptions.discussion + " Runs the studysite-serve command installed beside studysite.")

    @OptionGroup var options: ServeOptions

    func run() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let forwarded = arguments.firstIndex(of: "serve").map { Array(arguments[($0 + 1)...]) } ?? arguments
        try ServeForwarding.replaceProcess(with: ServeForwarding.serverPath(), arguments: forwarded)
    }
}
