/// What a build reads, where it writes, and how strict it is.
package struct BuildOptions: Sendable {
    package var contentPath: String
    package var templatesPath: String
    package var outputPath: String
    /// Warnings fail the build.
    package var strict: Bool
    /// Do everything but write (`studysite check`).
    package var writeOutput: Bool
    /// Also print every handout to PDF with headless Chromium.
    package var pdf: Bool = false
    /// Where to look for Chromium instead of `PATH` (tests use it to simulate its absence).
    package var browserSearchPath: String? = nil

    package init(
        contentPath: String = "Content", templatesPath: String = "Templates",
        outputPath: String = "Output", strict: Bool = false, writeOutput: Bool = true
    ) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.strict = strict
        self.writeOutput = writeOutput
    }
}
