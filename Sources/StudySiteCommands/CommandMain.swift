import ArgumentParser
import Foundation

/// The `main` of both commands (`studysite` and `studysite-serve`): the allocator set up
/// before anything runs, and exit code 2 for usage errors (ArgumentParser's default is 64).
package enum CommandMain {
    /// `livesOnBetweenBuilds`: whether the command runs builds until it is stopped (`serve`)
    /// rather than ending after one, which keeps what it frees for its own later use
    /// (`Allocator.configure`). `studysite serve` runs `studysite-serve` in its place.
    package static func run<Root: ParsableCommand>(
        _ root: Root.Type, usage: String, livesOnBetweenBuilds: Bool
    ) async {
        Allocator.configure(keepingFreedMemory: !livesOnBetweenBuilds)
        do {
            var command = try root.parseAsRoot()
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
