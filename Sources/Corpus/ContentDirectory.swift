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

    package init(path: String, maxFileBytes: Int = 4_000_000) {
        displayRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
        root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        self.maxFileBytes = maxFileBytes
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
        let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
        return resolved == root.path || resolved.hasPrefix(root.path + "/")
    }

    /// Reads a text file, checking where it points, its size and its encoding.
    package func read(_ relative: String) -> Result<String, Diagnostic> {
        let file = display(relative)
        guard staysInside(relative) else {
            return .failure(.error(
                "path-outside-content", "\(file) is a link to a place outside \(displayRoot)/",
                at: SourceLocation(file: file),
                hint: "copy the file into \(displayRoot)/ instead of linking to it"))
        }
        let url = root.appendingPathComponent(relative)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > maxFileBytes {
            return .failure(.error(
                "file-too-large", "\(file) is \(size) bytes; the limit is \(maxFileBytes)",
                at: SourceLocation(file: file), hint: "split the file into smaller ones"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(
                "file-unreadable", "cannot read \(file)", at: SourceLocation(file: file),
                hint: "check that the file exists and that you may read it"))
        }
        return SourceText.decode(data, file: file)
    }

    /// True for names made of lowercase ASCII letters, digits and inner hyphens.
    package static func isSlug(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasSuffix("-")
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
    }
}
