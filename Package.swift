// swift-tools-version: 6.0
import PackageDescription

// One library module per pipeline stage; dependencies point one way:
// Diagnostics <- Corpus <- Linker <- Planner <- Renderer <- Publisher <- StudySite <- studysite
let package = Package(
    name: "StudySite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "studysite", targets: ["studysite"]),
        .executable(name: "studysite-serve", targets: ["studysite-serve"]),
        .library(name: "StudySite", targets: ["StudySite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // mimalloc replaces malloc and free in the command (docs/performance.md, "Allocator").
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        .target(name: "Diagnostics"),
        .target(name: "CThreadPlacement"),
        .target(name: "Parallel", dependencies: ["CThreadPlacement"]),
        .target(name: "EDTF"),
        .target(name: "StrictCSV"),
        .target(name: "Charts"),
        .target(name: "TimelineChart", dependencies: ["Charts"]),
        .target(name: "BibTeX"),
        .target(name: "CitationStyles", dependencies: ["BibTeX"]),
        // Makes cmark-gfm's parser safe to run on several threads (see interpose.c).
        .target(
            name: "CCmarkConcurrency",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // cmark-gfm's memory for a parse, from a bump allocator per thread (see arena.c).
        .target(name: "CCmarkArena"),
        .target(name: "CommonMark", dependencies: ["CCmarkGFM", "CCmarkConcurrency", "CCmarkArena"]),
        .target(name: "Corpus", dependencies: ["Diagnostics", "Parallel", "Yams"]),
        .target(
            name: "Linker",
            dependencies: [
                "Corpus", "CommonMark", "Diagnostics", "EDTF", "StrictCSV", "BibTeX", "CitationStyles",
                "Charts", "Parallel",
            ]),
        .target(
            name: "Planner",
            dependencies: [
                "Linker", "Corpus", "CommonMark", "Diagnostics", "EDTF", "BibTeX", "CitationStyles",
                "TimelineChart", "Parallel",
            ]),
        .target(
            name: "Renderer",
            dependencies: [
                "Planner", "CommonMark", "Diagnostics", "Parallel",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "Publisher", dependencies: ["Diagnostics", "Parallel"]),
        .target(
            name: "StudySite",
            dependencies: ["Corpus", "CommonMark", "Linker", "Planner", "Renderer", "Publisher", "Diagnostics", "Parallel"]
        ),
        .target(
            name: "Server",
            dependencies: [
                "StudySite", "Corpus", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The command line: `studysite` (build, check; serve runs `studysite-serve`) and the
        // preview server as a command of its own, so that `studysite` does not load the HTTP
        // package's networking library at every start (docs/performance.md).
        .target(
            name: "StudySiteCommands",
            dependencies: ["StudySite", "CMimalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "studysite",
            dependencies: ["StudySite", "StudySiteCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "studysite-serve",
            dependencies: [
                "StudySite", "StudySiteCommands", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzzing (scripts/fuzz.sh, docs/reliability.md): the shared checks, one libFuzzer
        // target per parser, and the crashes they found as regression tests.
        .target(
            name: "FuzzChecks",
            dependencies: ["Corpus", "Diagnostics", "BibTeX", "EDTF", "StrictCSV", "CommonMark", "Linker"]
        ),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzBibTeX", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzEDTF", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzChecks"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzChecks"]),
        // Helpers the test targets share (a seeded generator, an XML well-formedness check, a
        // disk that fails on purpose).
        .target(name: "TestSupport", dependencies: ["Publisher"], path: "Tests/TestSupport"),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzChecks", "CommonMark", "Corpus", "Diagnostics"]),
        .testTarget(name: "CommonMarkTests", dependencies: ["TestSupport", "CommonMark", "Parallel"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel", "CThreadPlacement"]),
        .testTarget(name: "EDTFTests", dependencies: ["EDTF"]),
        .testTarget(name: "StrictCSVTests", dependencies: ["TestSupport", "StrictCSV"]),
        .testTarget(name: "ChartsTests", dependencies: ["TestSupport", "Charts"], exclude: ["Golden"]),
        .testTarget(name: "TimelineChartTests", dependencies: ["TestSupport", "TimelineChart", "Charts"], exclude: ["Golden"]),
        .testTarget(name: "BibTeXTests", dependencies: ["BibTeX", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CitationStylesTests", dependencies: ["CitationStyles", "BibTeX", "TestSupport"]),
        .testTarget(name: "CorpusTests", dependencies: ["TestSupport", "Corpus", "Diagnostics"]),
        .testTarget(name: "LinkerTests", dependencies: ["TestSupport", "Linker", "Corpus", "Diagnostics", "BibTeX", "CitationStyles", "CommonMark"]),
        .testTarget(name: "RendererTests", dependencies: ["TestSupport", "Renderer", "Planner", "Diagnostics"]),
        .testTarget(name: "PlannerTests", dependencies: ["TestSupport", "Planner", "CommonMark", "Corpus"]),
        .testTarget(name: "PublisherTests", dependencies: ["TestSupport", "Publisher"]),
        .testTarget(name: "ServerTests", dependencies: ["TestSupport", "Server", "StudySite"]),
        .testTarget(
            name: "StudySiteTests",
            dependencies: ["TestSupport", "StudySite", "Diagnostics", "Corpus", "studysite", "studysite-serve"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
