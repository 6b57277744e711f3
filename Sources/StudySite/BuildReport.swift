import Diagnostics

/// What a build did, for the closing summary and `--report FILE.json`.
package struct BuildReport: Sendable, Codable {
    package var succeeded: Bool
    package var wrote: Bool
    package var pages: Int
    package var files: Int
    package var bytes: Int
    /// Size of the client-side search index (search-index.js and its shards in search/).
    package var searchIndexBytes: Int = 0
    /// What an incremental build redid and reused (nil for a full build).
    package var incremental: Incremental?

    package struct Incremental: Sendable, Codable {
        package var parsed: Int
        package var parseReused: Int
        package var rendered: Int
        package var renderReused: Int
        /// Content files read from disk (the others had not changed).
        package var filesRead: Int = 0
        /// Set when only article bodies changed and the fast path redid just those.
        package var editedArticleBodies: Int?
    }
    package var errors: Int
    package var warnings: Int
    package var seconds: Double
    package var stages: [StageTiming]
    package var diagnostics: [Diagnostic]

    package struct StageTiming: Sendable, Codable {
        package var stage: String
        package var seconds: Double
        /// CPU time of the whole process (every thread, user and system) during the stage:
        /// divided by `seconds`, how many cores the stage kept busy.
        package var cpuSeconds: Double?
    }

    /// The exit code: 0 success, 1 errors (or warnings under --strict).
    package var exitCode: Int32 { succeeded ? 0 : 1 }
}
