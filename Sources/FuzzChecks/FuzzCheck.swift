import Foundation

/// The checks behind the libFuzzer targets (`Sources/Fuzz*/`) and the fuzz regression tests.
///
/// Each check takes raw bytes, feeds them to one parser the way the build does, and returns
/// the invariants the result broke (empty when all hold). A crash inside the parser is a
/// finding in itself; a broken invariant is turned into a crash by `FuzzCheck.run` so that
/// libFuzzer records the input. The regression tests call the same checks and expect `[]`.
package enum FuzzCheck {
    /// Feeds one libFuzzer input to `check` and traps when it reports a broken invariant.
    package static func run(
        _ data: UnsafePointer<UInt8>, _ size: Int, _ check: ([UInt8]) -> [String]
    ) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let problems = check(bytes)
        if !problems.isEmpty {
            fatalError("fuzz invariant broken:\n" + problems.joined(separator: "\n"))
        }
        return 0
    }

    /// Lossy UTF-8 decoding, the way the fuzz targets turn bytes into text.
    package static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The entry point of a fuzz target built without libFuzzer (a normal `swift build`):
    /// runs `check` over every file named on the command line, or every file in a named
    /// folder, so crash files and corpora can be replayed in a debugger or without
    /// `--sanitize=fuzzer`. Arguments starting with `-` (libFuzzer flags) are ignored.
    /// Exits 1 when any input breaks an invariant.
    package static func replay(
        name: String, arguments: [String] = CommandLine.arguments, _ check: ([UInt8]) -> [String]
    ) -> Never {
        let paths = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if paths.isEmpty {
            print("""
                usage: \(name) FILE-OR-FOLDER...
                Replays inputs through the \(name) checks. Built with `scripts/fuzz.sh` \
                (swift build --sanitize=fuzzer -Xswiftc -DFUZZING) this is a libFuzzer target instead.
                """)
            exit(2)
        }
        var files: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print("\(path): no such file")
                exit(2)
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().filter { !$0.hasPrefix(".") }
                    .map { url.appendingPathComponent($0) }
                    .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true }
            } else {
                files.append(url)
            }
        }
        var failures = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let problems = check([UInt8](data))
            if !problems.isEmpty {
                failures += 1
                print("\(file.path):\n  " + problems.joined(separator: "\n  "))
            }
        }
        print("\(name): \(files.count) inputs, \(failures) broke an invariant")
        exit(failures == 0 ? 0 : 1)
    }
}

/// Collects broken invariants with a short description of each.
struct Problems {
    var list: [String] = []

    mutating func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { list.append(message()) }
    }
}

extension Sequence {
    /// Whether each element is not less than the one before it under `key`.
    func isNonDecreasing<Key: Comparable>(by key: (Element) -> Key) -> Bool {
        var previous: Key?
        for element in self {
            let current = key(element)
            if let previous, current < previous { return false }
            previous = current
        }
        return true
    }
}
