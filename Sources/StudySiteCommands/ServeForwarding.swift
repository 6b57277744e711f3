import Foundation

/// How `studysite serve` runs `studysite-serve`: the executable beside the running one
/// (symbolic links followed, so a `studysite` linked into a `bin` folder finds its own), in
/// place of this process, so signals, exit codes and the terminal are its own.
package enum ServeForwarding {
    package static let serverName = "studysite-serve"

    /// `studysite-serve` in the folder of the running executable.
    package static func serverPath() -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(serverName).path
    }

    /// Why `serve` could not start the server (exit code 1, not a usage error).
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Replaces this process by `studysite-serve` at `path` run with `arguments`; returns only
    /// by throwing.
    package static func replaceProcess(with path: String, arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Failure(description: "serve needs the \(serverName) command beside studysite, and there is none at "
                + "\(path); build it with `swift build --product \(serverName)` (scripts/build-release.sh builds both)")
        }
        let argv = ([serverName] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        throw Failure(description: "cannot run \(path): \(reason)")
    }
}
