import Diagnostics

/// One data series as loaded: the CSV text and its YAML description, both unparsed beyond
/// YAML, so the data stage can read them strictly and report every problem.
package struct DataSeriesFile: Sendable, Equatable {
    package var id: String
    package var csvFile: String
    package var csvText: String
    package var yamlFile: String
    package var description: YAMLValue

    package init(id: String, csvFile: String, csvText: String, yamlFile: String, description: YAMLValue) {
        self.id = id
        self.csvFile = csvFile
        self.csvText = csvText
        self.yamlFile = yamlFile
        self.description = description
    }
}

/// The bibliography file, unparsed.
package struct BibliographyFile: Sendable, Equatable {
    package var file: String
    package var text: String
}

/// A raw source text kept for provenance, copied to the output as is.
package struct SourceDocument: Sendable, Equatable {
    package var name: String
    package var file: String
    package var text: String
}
