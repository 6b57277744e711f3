import Diagnostics
import Foundation

/// Files read by earlier loads of one process (`serve`), so a rebuild reads only files that
/// changed. A file is read again when its inode, size, modification or status-change time
/// differ; when the bytes turn out to be the same, the earlier text (the same string) is
/// kept, so later stages can tell "unchanged" by identity instead of comparing contents.
package final class LoadCache: @unchecked Sendable {
    /// What `stat` says about a file; equal signatures mean the file was not written since.
    package struct Signature: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var changed: Int64

        package init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        }
    }

    private struct Text {
        var signature: Signature
        var result: Result<String, Diagnostic>
    }

    private struct Markdown {
        var text: String
        var file: (FrontMatterSplit, YAMLValue)?
        var diagnostics: [Diagnostic]
    }

    private struct Model {
        var split: FrontMatterSplit
        var value: (any Sendable)?
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var models: [String: Model] = [:]
    private var texts: [String: Text] = [:]
    private var markdown: [String: Markdown] = [:]
    /// Paths asked for since the last `endBuild` (the others were deleted or renamed).
    private var used: Set<String> = []
    package private(set) var reads = 0

    package init() {}

    /// How many files' texts are kept (for tests).
    package var keptTexts: Int { lock.withLock { texts.count } }

    /// The file's text, read only when it changed since the last call for this path.
    func text(_ path: String, read: () -> Result<String, Diagnostic>) -> Result<String, Diagnostic> {
        let signature = Signature(path: path)
        let known = lock.withLock { () -> Text? in
            used.insert(path)
            return texts[path]
        }
        if let signature, let known, known.signature == signature { return known.result }
        var result = read()
        if case .success(let new) = result, case .success(let old)? = known?.result, new == old {
            result = .success(old)
        }
        lock.withLock {
            reads += 1
            if let signature { texts[path] = Text(signature: signature, result: result) } else { texts[path] = nil }
        }
        return result
    }

    /// Front matter and YAML of a Markdown text, parsed again only when the text changed.
    func markdown(
        _ path: String, text: String,
        parse: () -> (file: (FrontMatterSplit, YAMLValue)?, diagnostics: [Diagnostic])
    ) -> (file: (FrontMatterSplit, YAMLValue)?, diagnostics: [Diagnostic]) {
        if let known = lock.withLock({ () -> Markdown? in
            used.insert(path)
            return markdown[path]
        }), known.text == text {
            return (known.file, known.diagnostics)
        }
        let parsed = parse()
        lock.withLock { markdown[path] = Markdown(text: text, file: parsed.file, diagnostics: parsed.diagnostics) }
        return parsed
    }

    /// What a page's front matter was read into (an article, an entity), made again only
    /// when the file's front matter or body changed.
    func model<Value: Sendable>(
        _ path: String, split: FrontMatterSplit, make: () -> (value: Value?, diagnostics: [Diagnostic])
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        if let known = lock.withLock({ () -> Model? in
            used.insert(path)
            return models[path]
        }), known.split == split, let value = known.value as? Value? {
            return (value, known.diagnostics)
        }
        let made = make()
        lock.withLock { models[path] = Model(split: split, value: made.value, diagnostics: made.diagnostics) }
        return made
    }

    /// Forgets files the last load did not ask for (deleted or renamed), so a long `serve`
    /// session does not keep them, and resets the read counter (for the build report).
    package func endBuild() {
        lock.withLock {
            texts = texts.filter { used.contains($0.key) }
            markdown = markdown.filter { used.contains($0.key) }
            models = models.filter { used.contains($0.key) }
            used = []
            reads = 0
        }
    }
}

extension LoadCache.Signature {
    /// Every file below `folder` (hidden names and what is below them skipped, symlinked
    /// folders not entered) with its signature, keyed by path relative to `folder`. Read with
    /// `readdir` and `stat`: Foundation's enumerator and attributes took 114 ms for the
    /// 10,000 files of a large corpus, which `serve` reads twice a second.
    package static func files(under folder: String) -> [String: LoadCache.Signature] {
        var result: [String: LoadCache.Signature] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + child, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(child)
                } else if let signature = LoadCache.Signature(path: folder + "/" + child) {
                    result[child] = signature
                }
            }
        }
        walk("")
        return result
    }
}
