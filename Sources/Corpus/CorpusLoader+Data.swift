import Diagnostics

extension CorpusLoader {
    mutating func loadTimeline() -> ([Lane], [TimelineEvent]) {
        var lanes: [Lane] = []
        var events: [TimelineEvent] = []
        var eventFiles: [String: SourceLocation] = [:]
        for name in directory.list("timeline") where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let relative = "timeline/\(name)"
            let file = directory.display(relative)
            guard let yaml = readYAML(relative) else { continue }
            var fields = FieldReader(yaml, file: file)
            for item in fields.value("lanes")?.items ?? [] {
                if let lane = Lane.read(item, file: file, diagnostics: &diagnostics) {
                    lanes.append(lane)
                }
            }
            for item in fields.value("events")?.items ?? [] {
                guard let event = TimelineEvent.read(item, file: file, diagnostics: &diagnostics)
                else { continue }
                if let first = eventFiles[event.id] {
                    diagnostics.append(.error(
                        "event-duplicate", "event id \"\(event.id)\" is already used at \(first.description)",
                        at: event.location, hint: "event ids must be unique across timeline files"))
                    continue
                }
                eventFiles[event.id] = event.location
                events.append(event)
            }
            diagnostics.append(contentsOf: fields.finish(kind: "a timeline file"))
        }
        return (lanes, events)
    }

    mutating func loadData() -> [DataSeriesFile] {
        var series: [DataSeriesFile] = []
        let names = Set(directory.list("data"))
        for name in names.sorted() where name.hasSuffix(".csv") {
            let id = String(name.dropLast(4))
            guard ContentDirectory.isSlug(id) else {
                _ = slug(of: name, in: "data", dropping: ".csv")
                continue
            }
            let yamlName = names.contains("\(id).yaml") ? "\(id).yaml" : "\(id).yml"
            guard names.contains(yamlName) else {
                diagnostics.append(.error(
                    "data-description-missing", "data/\(name) has no \(id).yaml beside it",
                    at: SourceLocation(file: directory.display("data/\(name)")),
                    hint: "describe the series (title, unit, source) in data/\(id).yaml"))
                continue
            }
            guard let csv = readText("data/\(name)"), let yaml = readYAML("data/\(yamlName)")
            else { continue }
            series.append(DataSeriesFile(
                id: id, csvFile: directory.display("data/\(name)"), csvText: csv,
                yamlFile: directory.display("data/\(yamlName)"), description: yaml))
        }
        return series
    }

    mutating func loadBibliography() -> BibliographyFile? {
        guard directory.exists("references.bib"), let text = readText("references.bib") else {
            return nil
        }
        return BibliographyFile(file: directory.display("references.bib"), text: text)
    }

    mutating func loadSources() -> [SourceDocument] {
        directory.list("sources").compactMap { name in
            guard !directory.isDirectory("sources/\(name)"),
                  let text = readText("sources/\(name)") else { return nil }
            return SourceDocument(name: name, file: directory.display("sources/\(name)"), text: text)
        }
    }

    /// Files at the top of Content/ that no stage reads are probably misplaced.
    mutating func reportUnexpectedEntries() {
        let expected: Set<String> = [
            "site.yaml", "index.md", "articles", "documents", "entities", "timeline", "data",
            "references.bib", "sources", "handouts",
        ]
        for name in directory.list("") where !expected.contains(name) {
            diagnostics.append(.warning(
                "content-unexpected", "\(directory.display(name)) is not part of the corpus format",
                at: SourceLocation(file: directory.display(name)),
                hint: "the build reads: \(expected.sorted().joined(separator: ", "))"))
        }
    }
}
