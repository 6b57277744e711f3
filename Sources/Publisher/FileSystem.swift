import Foundation

/// The file operations the publisher needs. Tests substitute a failing one to prove that a
/// failed write leaves the previous output untouched.
package protocol FileSystem: Sendable {
    func fileExists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
    func contents(of directory: String) throws -> [String]
    func createDirectory(_ path: String) throws
    func write(_ bytes: [UInt8], to path: String) throws
    func move(_ source: String, to destination: String) throws
    func removeItem(_ path: String) throws
    /// Puts `source` at `destination`, replacing what is there in one step (POSIX rename).
    func replace(_ destination: String, with source: String) throws
}

extension CocoaError {
    static func error(_ code: CocoaError.Code, path: String) -> CocoaError {
        CocoaError(code, userInfo: [NSFilePathErrorKey: path])
    }
}

extension FileSystem {
    package func replace(_ destination: String, with source: String) throws {
        if fileExists(destination) { try removeItem(destination) }
        try move(source, to: destination)
    }
}

/// The real disk.
package struct LocalFileSystem: FileSystem {
    package init() {}

    package func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    package func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    package func contents(of directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
    }

    package func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Plain open/write/close: Foundation's `Data.write` calls fsync on every file, which
    /// made writing a site of a few hundred pages take seconds. The atomic swap of the
    /// whole output folder, not per-file durability, is what protects the previous site.
    package func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError.error(.fileWriteUnknown, path: path) }
        defer { close(descriptor) }
        var offset = 0
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError.error(errno == ENOSPC ? .fileWriteOutOfSpace : .fileWriteUnknown, path: path)
                }
                offset += written
            }
        }
    }

    package func move(_ source: String, to destination: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: destination)
    }

    package func removeItem(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    package func replace(_ destination: String, with source: String) throws {
        guard rename(source, destination) == 0 else { throw CocoaError.error(.fileWriteUnknown, path: destination) }
    }

}
