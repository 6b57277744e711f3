import Corpus
import Diagnostics

/// A handout may only gather what exists: pages, a lane, events, entities, references and a
/// data series.
struct HandoutChecks {
    let site: ResolvedSite
    let index: AnchorIndex

    static func chart(
        _ value: YAMLValue, handout: Handout, builder: ChartBuilder, diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let id = value["series"]?.string else {
            diagnostics.append(.error(
                "handout-chart-invalid", "a handout chart needs `series: <id>`", at: value.location))
            return nil
        }
        guard let table = builder.series[id] else {
            diagnostics.append(.error(
                "chart-series-unknown", "no data series \"\(id)\"", at: value.location,
                hint: "series: " + builder.series.keys.sorted().joined(separator: ", ")))
            return nil
        }
        guard var config = ChartConfigReader.read(value, file: handout.body.file, diagnostics: &diagnostics) else {
            return nil
        }
        if config.columns.isEmpty { config.columns = ChartBuilder.defaultCharts(for: table).first?.columns ?? [] }
        return builder.figure(
            table, config, page: "handouts/\(handout.slug).html", id: "chart-\(handout.slug)",
            tableOpen: false, diagnostics: &diagnostics)
    }

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let corpus = site.corpus
        let entities = Set(corpus.entities.map(\.slug))
        let events = Set(corpus.events.map(\.id))
        let lanes = Set(corpus.lanes.map(\.id))
        let references = Set(site.references.map(\.key))
        for handout in corpus.handouts {
            for page in handout.summaryOf where !index.hasPage(page.value) {
                diagnostics.append(.error(
                    "handout-page-unknown", "no page \"\(page.value)\"", at: page.location,
                    hint: "name a page as articles/<slug> or documents/<slug>"))
            }
            if let lane = handout.events?.lane, !lanes.contains(lane.value) {
                diagnostics.append(.error(
                    "event-lane-unknown", "unknown lane \"\(lane.value)\"", at: lane.location,
                    hint: "lanes: " + lanes.sorted().joined(separator: ", ")))
            }
            for id in handout.events?.ids ?? [] where !events.contains(id.value) {
                diagnostics.append(.error("handout-event-unknown", "no event \"\(id.value)\"", at: id.location))
            }
            for entity in handout.entities where !entities.contains(entity.value) {
                diagnostics.append(.error("event-entity-unknown", "no entity \"\(entity.value)\"", at: entity.location))
            }
            for key in handout.references where !references.contains(key.value) {
                diagnostics.append(.error(
                    "reference-key-unknown", "no entry \"\(key.value)\" in references.bib", at: key.location))
            }
        }
        return diagnostics
    }
}
