import Diagnostics
import Foundation
import Parallel

/// The write stage: writes every file into a staging folder beside the output, then swaps
/// it into place. A failed build leaves the previous output as it was and no staging folder
/// behind. The publisher only ever replaces a folder that holds its marker file.
package struct OutputPublisher: Sendable {
    package static let markerName = ".studysite-output"
    package let output: String
    package let fileSystem: any FileSystem

    package init(output: String, fileSystem: any FileSystem = LocalFileSystem()) {
        self.output = URL(fileURLWithPath: output).standardizedFileURL.path
        self.fileSystem = fileSystem
    }

    /// Refuses destinations the generator does not own, before any work is done.
    package func checkDestination(protecting protected: [String]) -> Diagnostic? {
        let forbidden = Set(["/", NSHomeDirectory()] + protected.map {
            URL(fileURLWithPath: $0).standardizedFileURL.path
        })
        let cwd = FileManager.default.currentDirectoryPath
        if forbidden.contains(output) || output == cwd
            || protected.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path.hasPrefix(output + "/") }) {
            return .error(
                "output-forbidden", "refusing to write the site into \(output)",
                hint: "choose an output folder of its own, e.g. --output Output")
        }
        if fileSystem.fileExists(output) {
            guard fileSystem.isDirectory(output) else {
                return .error(
                    "output-not-folder", "\(output) exists and is not a folder",
                    hint: "remove it or choose another --output")
            }
            let entries = (try? fileSystem.contents(of: output)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerName) {
                return .error(
                    "output-not-owned",
                    "\(output) is not empty and was not made by studysite; it will not be replaced",
                    hint: "choose an empty or new folder, or move its contents away")
            }
        }
        return nil
    }

    /// Writes `files` (paths relative to the output) and swaps them into place.
    package func publish(_ files: [(path: String, bytes: [UInt8])]) throws {
        let staging = try beginStaging()
        do {
            try staging.createFolders(for: files.map(\.path))
            // Files are independent once their folders exist: written on every core, and the
            // first failure in file order is the one reported.
            let failures = files.parallelMap { file -> (any Error)? in
                do {
                    try staging.write(file.path, file.bytes)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try commit(staging)
        } catch {
            abandon(staging)
            throw error
        }
    }

    /// A folder beside the output that a build fills; `commit` swaps it into place and
    /// `abandon` removes it. Builds that stream pages write each as soon as it is rendered.
    package struct Staging: Sendable {
        package let folder: String
        let fileSystem: any FileSystem

        /// Makes the folders these files go in (before files are written in parallel).
        package func createFolders(for paths: [String]) throws {
            var folders: Set<String> = []
            for path in paths {
                guard OutputPublisher.isSafeRelativePath(path) else {
                    throw Diagnostic.error("output-path-unsafe", "refusing to write \(path)")
                }
                if let slash = path.lastIndex(of: "/") { folders.insert(String(path[..<slash])) }
            }
            for folder in folders.sorted() { try fileSystem.createDirectory("\(self.folder)/\(folder)") }
        }

        /// Writes one file; its folder must exist (`createFolders`).
        package func write(_ path: String, _ bytes: [UInt8]) throws {
            guard OutputPublisher.isSafeRelativePath(path) else {
                throw Diagnostic.error("output-path-unsafe", "refusing to write \(path)")
            }
            try fileSystem.write(bytes, to: "\(folder)/\(path)")
        }
    }

    package func beginStaging() throws -> Staging {
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: output).lastPathComponent
        let staging = "\(parent)/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        if fileSystem.fileExists(staging) { try? fileSystem.removeItem(staging) }
        try fileSystem.createDirectory(staging)
        return Staging(folder: staging, fileSystem: fileSystem)
    }

    /// Marks the staging folder as ours and swaps it in for the output. If the swap fails,
    /// the previous output is put back.
    package func commit(_ staging: Staging) throws {
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: output).lastPathComponent
        let previous = "\(parent)/.\(name).previous-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try fileSystem.write(
                Array("This folder is generated by studysite and replaced on every build.\n".utf8),
                to: "\(staging.folder)/\(Self.markerName)")
            if fileSystem.fileExists(output) {
                try fileSystem.move(output, to: previous)
                do {
                    try fileSystem.move(staging.folder, to: output)
                } catch {
                    try? fileSystem.move(previous, to: output)
                    throw error
                }
                try? fileSystem.removeItem(previous)
            } else {
                try fileSystem.move(staging.folder, to: output)
            }
        } catch {
            abandon(staging)
            throw error
        }
    }

    package func abandon(_ staging: Staging) {
        try? fileSystem.removeItem(staging.folder)
    }

    /// Brings an output folder this process published (`serve`) from `previous` to `files`
    /// without rebuilding it: every changed file is first written beside its target under a
    /// temporary name, and only when all are written are they renamed into place (each
    /// rename is atomic); deleted files are removed last. Returns false, having changed
    /// nothing, when the folder is not the one published (then `publish` must be used).
    package func update(
        _ files: [(path: String, bytes: [UInt8])], previous: [(path: String, bytes: [UInt8])]
    ) throws -> Bool {
        guard fileSystem.fileExists("\(output)/\(Self.markerName)") else { return false }
        let before = Dictionary(previous.map { ($0.path, $0.bytes) }) { first, _ in first }
        let current = Set(files.map(\.path))
        let changed = files.filter { before[$0.path] != $0.bytes }
        let removed = before.keys.filter { !current.contains($0) }.sorted()
        let suffix = ".studysite-\(ProcessInfo.processInfo.processIdentifier).tmp"
        var written: [String] = []
        do {
            for file in changed {
                guard Self.isSafeRelativePath(file.path) else {
                    throw Diagnostic.error("output-path-unsafe", "refusing to write \(file.path)")
                }
                let target = "\(output)/\(file.path)"
                if let slash = target.lastIndex(of: "/") { try fileSystem.createDirectory(String(target[..<slash])) }
                try fileSystem.write(file.bytes, to: target + suffix)
                written.append(target)
            }
        } catch {
            for target in written { try? fileSystem.removeItem(target + suffix) }
            throw error
        }
        for target in written { try fileSystem.replace(target, with: target + suffix) }
        for path in removed where Self.isSafeRelativePath(path) {
            try? fileSystem.removeItem("\(output)/\(path)")
        }
        return true
    }

    /// Relative, no `..`, no empty components: output paths come from corpus slugs. Asked of
    /// every file written, and of every planned one before: an ASCII path (nearly all) is
    /// read byte by byte, where each Character is one byte.
    package static func isSafeRelativePath(_ path: String) -> Bool {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return characterIsSafeRelativePath(path) }
        /// Whether a component of `length` bytes, all dots or not, is a name.
        func isName(length: Int, dotsOnly: Bool) -> Bool { length > 0 && !(dotsOnly && length <= 2) }
        var length = 0
        var dotsOnly = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard isName(length: length, dotsOnly: dotsOnly) else { return false }
                (length, dotsOnly) = (0, true)
            } else {
                length += 1
                dotsOnly = dotsOnly && byte == UInt8(ascii: ".")
            }
        }
        return isName(length: length, dotsOnly: dotsOnly)
    }

    /// `isSafeRelativePath` on Characters (a "/" joined to a combining mark after it is no
    /// separator).
    static func characterIsSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false)
                .allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }
}
