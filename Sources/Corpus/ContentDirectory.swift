import Diagnostics
import Foundation

/// Read access to `Content/` that never leaves it: symlinks pointing outside are refused,
/// names must be slugs, and files have a size budget.
package struct ContentDirectory: Sendable {
    /// The folder as the user named it, for messages ("Content").
    package let displayRoot: String
    /// The folder, absolute and with symlinks resolved.
    package let root: URL
    package let maxFileBytes: Int

    /// The folder as the C library resolves it (`realpath`), for the fast containment check;
    /// nil when it cannot be resolved, and then every check takes Foundation's way.
    private let realRoot: String?
    /// Folders already resolved, shared by the copies of this value (files are read on every
    /// core); a new value, for a new build, starts empty.
    private let folders = ResolvedFolders()

    package init(path: String, maxFileBytes: Int = 4_000_000) {
        displayRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
        root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        self.maxFileBytes = maxFileBytes
        realRoot = Self.realPath(root.path)
    }

    /// The path with every symlink resolved, by the C library; nil when it cannot be (a
    /// missing file, a loop).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package func display(_ relative: String) -> String {
        relative.isEmpty ? displayRoot : "\(displayRoot)/\(relative)"
    }

    package func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    package func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        let path = root.appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The names in a folder, sorted, hidden files skipped.
    package func list(_ relative: String) -> [String] {
        let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Whether the entry stays inside the content folder once symlinks are followed.
    package func staysInside(_ relative: String) -> Bool {
        // realpath first: Foundation's URL building and symlink resolution were a sixth of
        // loading. Both resolve every symlink of an existing path; what realpath cannot
        // resolve is decided Foundation's way, as before.
        if let realRoot, let resolved = resolvedPath(relative, realRoot: realRoot) {
            return Self.isInside(resolved, realRoot: realRoot)
        }
        let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    /// `realpath` of the entry, with its folder's resolution remembered: an entry that is not
    /// itself a symlink resolves to its folder's path and its name (realpath reads every
    /// component of every path, thousands of readlink calls for a large corpus).
    private func resolvedPath(_ relative: String, realRoot: String) -> String? {
        let full = realRoot + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0, info.st_mode & S_IFMT != S_IFLNK,
              let resolved = resolvedUnlinked(relative, realRoot: realRoot)
        else { return Self.realPath(full) }
        return resolved
    }

    /// Where an entry that is not itself a symlink resolves: its folder's `realpath`
    /// (remembered) and its name; nil for a name that is no entry's (empty, ".", "..") or a
    /// folder that does not resolve.
    private func resolvedUnlinked(_ relative: String, realRoot: String) -> String? {
        let slash = relative.lastIndex(of: "/")
        let name = slash.map { relative[relative.index(after: $0)...] } ?? relative[...]
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        let parent = slash.map { String(relative[..<$0]) } ?? ""
        guard let folder = parent.isEmpty ? realRoot : folders.realPath(realRoot + "/" + parent) else { return nil }
        return (folder == "/" ? "/" : folder + "/") + name
    }

    private static func isInside(_ resolved: String, realRoot: String) -> Bool {
        resolved == realRoot || resolved.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// Reads a text file, checking where it points, its size and its encoding.
    package func read(_ relative: String) -> Result<String, Diagnostic> {
        let file = display(relative)
        if let realRoot, let read = readUnlinked(relative, realRoot: realRoot, file: file) { return read }
        guard staysInside(relative) else {
            return .failure(.error(
                "path-outside-content", "\(file) is a link to a place outside \(displayRoot)/",
                at: SourceLocation(file: file),
                hint: "copy the file into \(displayRoot)/ instead of linking to it"))
        }
        // stat, then open and read: the same checks in the same order as Foundation's
        // attributes and contents, without its URL and Data layers.
        let path = root.path + "/" + relative
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maxFileBytes {
            return .failure(tooLarge(file, size: info.st_size))
        }
        guard let bytes = Self.contents(of: path) else {
            return .failure(.error(
                "file-unreadable", "cannot read \(file)", at: SourceLocation(file: file),
                hint: "check that the file exists and that you may read it"))
        }
        return SourceText.decode(bytes, file: file)
    }

    private func tooLarge(_ file: String, size: off_t) -> Diagnostic {
        .error(
            "file-too-large", "\(file) is \(size) bytes; the limit is \(maxFileBytes)",
            at: SourceLocation(file: file), hint: "split the file into smaller ones")
    }

    /// `read` of an entry that is not a symlink, with two system calls fewer (a full build
    /// reads every file of the corpus): opened without following a symlink in its last
    /// component, its folder checked as `staysInside` checks it, its size and type taken from
    /// the open file. Nil where `read`'s own way decides: a symlink, an entry that cannot be
    /// opened, whose folder does not resolve or leaves the content folder, or that is not a
    /// regular file.
    private func readUnlinked(_ relative: String, realRoot: String, file: String) -> Result<String, Diagnostic>? {
        guard let resolved = resolvedUnlinked(relative, realRoot: realRoot), Self.isInside(resolved, realRoot: realRoot)
        else { return nil }
        let descriptor = open(root.path + "/" + relative, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        if Int(info.st_size) > maxFileBytes { return .failure(tooLarge(file, size: info.st_size)) }
        guard info.st_mode & S_IFMT == S_IFREG, let bytes = Self.contents(ofOpen: descriptor, size: Int(info.st_size))
        else { return nil }
        return SourceText.decode(bytes, file: file)
    }

    /// A regular file's bytes; nil when it cannot be opened or read, or is not a regular file
    /// (a folder, as `FileManager.contents(atPath:)` gives nil for one).
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return contents(ofOpen: descriptor, size: Int(info.st_size))
    }

    /// The bytes of an open regular file of `size` bytes (read on if it grew meanwhile).
    private static func contents(ofOpen descriptor: Int32, size: Int) -> [UInt8]? {
        // Straight into an array of the file's size (one byte more tells a file that grew).
        var complete = false
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < size + 1 {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if read == 0 { complete = true; return }
                if read < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                count += read
            }
        }
        if failed { return nil }
        if complete { return bytes }
        // The file grew while it was read: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// True for names made of lowercase ASCII letters, digits and inner hyphens.
    package static func isSlug(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasSuffix("-")
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
    }
}

/// The `realpath` of each folder asked for, computed once.
private final class ResolvedFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var resolved: [String: String?] = [:]

    func realPath(_ path: String) -> String? {
        lock.lock()
        if let known = resolved[path] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let real = ContentDirectory.realPath(path)
        lock.lock()
        resolved[path] = real
        lock.unlock()
        return real
    }
}
