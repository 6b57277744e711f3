import ArgumentParser
import Foundation

/// The `main` of both commands (`studysite` and `studysite-serve`): the allocator set up
/// before anything runs, and exit code 2 for usage errors (ArgumentParser's default is 64).
package enum CommandMain {
    /// `endsAfterOneBuild`: whether the parsed command ends with the process after one build,
    /// so what it frees is kept for its own later use (`Allocator.keepFreedMemory`).
    package static func run<Root: ParsableCommand>(
        _ root: Root.Type, usage: String, endsAfterOneBuild: @Sendable (any ParsableCommand) -> Bool
    ) async {
        Allocator.configure()
        do {
            var command = try root.parseAsRoot()
            if endsAfterOneBuild(command) { Allocator.keepFreedMemory() }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = root.exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                print(root.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((root.fullMessage(for: error) + "\n").utf8))
            if code.rawValue == 64 {
                FileHandle.standardError.write(Data("Run '\(usage) --help' for usage.\n".utf8))
                Foundation.exit(2)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
