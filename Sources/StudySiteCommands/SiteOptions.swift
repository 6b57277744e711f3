import ArgumentParser

/// Options shared by `build`, `check` and `serve`.
package struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The corpus folder.", valueName: "path"))
    package var content = "Content"

    @Option(help: ArgumentHelp("The templates folder (layout.html, pages/, partials/, assets/).",
                               valueName: "path"))
    package var templates = "Templates"

    @Flag(help: "Treat warnings as errors: exit 1 if there are any.")
    package var strict = false

    @Option(help: ArgumentHelp("Also write the build report (summary and every diagnostic) as JSON.",
                               valueName: "file.json"))
    package var report: String?

    @Flag(name: .shortAndLong, help: "Print per-stage timings.")
    package var verbose = false

    package init() {}
}
