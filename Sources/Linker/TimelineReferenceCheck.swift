import Corpus
import Diagnostics

/// Events must name declared lanes, existing entities and existing source passages.
struct TimelineReferenceCheck {
    let site: ResolvedSite
    let index: AnchorIndex

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let corpus = site.corpus
        var laneIDs: Set<String> = []
        for lane in corpus.lanes where !laneIDs.insert(lane.id).inserted {
            diagnostics.append(.error(
                "lane-duplicate", "lane \"\(lane.id)\" is declared twice", at: lane.location))
        }
        let entitySlugs = Set(corpus.entities.map(\.slug))
        for event in corpus.events {
            for lane in event.lanes where !laneIDs.contains(lane.value) {
                diagnostics.append(.error(
                    "event-lane-unknown", "unknown lane \"\(lane.value)\"", at: lane.location,
                    hint: "declare it under `lanes:` in a timeline file, or use one of: "
                        + laneIDs.sorted().joined(separator: ", ")))
            }
            for entity in event.entities where !entitySlugs.contains(entity.value) {
                diagnostics.append(.error(
                    "event-entity-unknown", "no entity \"\(entity.value)\"", at: entity.location,
                    hint: "add Content/entities/<kind>/\(entity.value).md or fix the slug"))
            }
            for attestation in event.attestations {
                let source = attestation.source
                guard index.hasPage(source.value) else {
                    diagnostics.append(.error(
                        "attestation-source-unknown", "no page \"\(source.value)\"",
                        at: source.location,
                        hint: "name a page as articles/<slug> or documents/<slug>"))
                    continue
                }
                if let anchor = attestation.anchor,
                   !index.has(source.value, anchor: anchor.value) {
                    diagnostics.append(.error(
                        "attestation-anchor-unknown",
                        "\(source.value) has no anchor \"\(anchor.value)\"", at: anchor.location,
                        hint: "use a paragraph (p1, p2, …) or a printed page (page-12)"))
                }
            }
        }
        return diagnostics
    }
}
