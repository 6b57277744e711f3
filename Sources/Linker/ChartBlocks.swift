import CommonMark
import Corpus
import Diagnostics

/// Replaces fenced ```chart blocks by charts. The block holds YAML:
/// `series: rand-table-1`, optional `kind`, `columns`, `title`, `events`.
struct ChartBlocks {
    /// The site's charts (`Shared`: one reference per body; most bodies have no chart).
    let shared: Shared<ChartBuilder>
    let page: String
    let source: MarkdownSource
    private(set) var diagnostics: [Diagnostic] = []
    private var count = 0

    init(builder: Shared<ChartBuilder>, page: String, source: MarkdownSource) {
        shared = builder
        self.page = page
        self.source = source
    }

    mutating func apply(_ document: MarkdownDocument) -> MarkdownDocument {
        var result = document
        result.blocks = document.blocks.map { apply($0) }
        return result
    }

    /// A top-level block of the body, a chart in place of a chart block.
    mutating func apply(_ block: MarkdownBlock) -> MarkdownBlock {
        guard case .codeBlock(let info, let code, let start) = block, info.split(separator: " ").first == "chart"
        else { return block }
        // The YAML starts on the line after the opening fence.
        return chart(code, near: source.firstLine + start) ?? block
    }

    private mutating func chart(_ yaml: String, near line: Int) -> MarkdownBlock? {
        let here = SourceLocation(file: source.file, line: line)
        guard let value = YAMLReader.read(yaml, file: source.file, firstLine: line, diagnostics: &diagnostics),
              let id = value["series"]?.string else {
            diagnostics.append(.error(
                "chart-block-invalid", "a chart block needs `series: <id>`", at: here,
                hint: "write ```chart, then `series: rand-table-1` and optionally kind, columns, events"))
            return nil
        }
        guard let table = shared.value.series[id] else {
            diagnostics.append(.error(
                "chart-series-unknown", "no data series \"\(id)\"", at: here,
                hint: "series: " + shared.value.series.keys.sorted().joined(separator: ", ")))
            return nil
        }
        guard var config = ChartConfigReader.read(value, file: source.file, diagnostics: &diagnostics) else {
            return nil
        }
        if config.columns.isEmpty {
            config.columns = ChartBuilder.defaultCharts(for: table).first?.columns ?? []
        }
        count += 1
        let figure = shared.value.figure(
            table, config, page: page, id: "chart-\(id)-\(count)", tableOpen: false, diagnostics: &diagnostics)
        return figure.map { .html($0) }
    }
}
