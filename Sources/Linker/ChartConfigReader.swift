import Corpus
import Diagnostics

/// Reads a chart request, from a series' YAML (`charts:`) or a ```chart block:
/// `kind: line | grouped-bar | stacked-bar`, `columns: [a, b]`, `title`, `events: [id, …]`.
enum ChartConfigReader {
    static func read(_ value: YAMLValue, file: String, diagnostics: inout [Diagnostic]) -> ChartConfig? {
        var fields = FieldReader(value, file: file)
        let kindName = fields.string("kind") ?? "line"
        let columns = fields.strings("columns").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let title = fields.string("title")
        let events = fields.strings("events").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        _ = fields.string("series")
        diagnostics += fields.finish(kind: "a chart")
        guard let kind = ChartConfig.Kind(rawValue: kindName) else {
            diagnostics.append(.error(
                "chart-kind-unknown", "unknown chart kind \"\(kindName)\"", at: fields.location(of: "kind"),
                hint: "use one of: \(ChartConfig.Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
            return nil
        }
        return ChartConfig(kind: kind, columns: columns, title: title, events: events, location: value.location)
    }
}
