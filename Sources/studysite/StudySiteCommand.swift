import ArgumentParser
import Foundation
import StudySite

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

    /// Exit code 2 for usage errors (ArgumentParser's default is 64).
    static func main() async {
        Allocator.configure()
        do {
            var command = try parseAsRoot()
            // A build ends with the process: what it frees is kept for its own later use.
            if !(command is Serve) { Allocator.keepFreedMemory() }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            if code.rawValue == 64 {
                FileHandle.standardError.write(Data("Run 'studysite --help' for usage.\n".utf8))
                Foundation.exit(2)
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The corpus folder.", valueName: "path"))
    var content = "Content"

    @Option(help: ArgumentHelp("The templates folder (layout.html, pages/, partials/, assets/).",
                               valueName: "path"))
    var templates = "Templates"

    @Flag(help: "Treat warnings as errors: exit 1 if there are any.")
    var strict = false

    @Option(help: ArgumentHelp("Also write the build report (summary and every diagnostic) as JSON.",
                               valueName: "file.json"))
    var report: String?

    @Flag(name: .shortAndLong, help: "Print per-stage timings.")
    var verbose = false
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
