import Foundation
import Publisher

/// The disk, except that writing a file whose path ends with `failOn` throws `error` (a full
/// disk, a missing permission): for tests that a failed write leaves the output as it was.
package struct FailingDisk: FileSystem {
    package let failOn: String
    package let error: CocoaError.Code
    private let disk = LocalFileSystem()

    package init(failOn: String, error: CocoaError.Code = .fileWriteOutOfSpace) {
        self.failOn = failOn
        self.error = error
    }

    package func fileExists(_ path: String) -> Bool { disk.fileExists(path) }
    package func isDirectory(_ path: String) -> Bool { disk.isDirectory(path) }
    package func contents(of directory: String) throws -> [String] { try disk.contents(of: directory) }
    package func createDirectory(_ path: String) throws { try disk.createDirectory(path) }
    package func write(_ bytes: [UInt8], to path: String) throws {
        if path.hasSuffix(failOn) { throw CocoaError(error) }
        try disk.write(bytes, to: path)
    }
    package func move(_ source: String, to destination: String) throws { try disk.move(source, to: destination) }
    package func removeItem(_ path: String) throws { try disk.removeItem(path) }
}
