/// A value a template can see. Text is escaped by `{{name}}`; HTML is ready markup made by
/// the generator and goes in with `{{{name}}}`. No `Any` crosses into templates.
package enum TemplateValue: Sendable, Hashable {
    case text(String)
    case html(String)
    /// Ready markup as UTF-8 bytes (a rendered page body going into its layout: making a
    /// String of it would check its bytes again for nothing).
    case htmlBytes([UInt8])
    case flag(Bool)
    case list([TemplateValue])
    case object(TemplateFields)

    package subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { fields[key] } else { nil }
    }
}

/// What a template may use: the shape of a view model, checked against templates at load
/// time so an unknown variable is an error at the template's line, not a silent blank.
package indirect enum TemplateSchema: Sendable, Equatable {
    case text
    case html
    case flag
    case list(TemplateSchema)
    case object([String: TemplateSchema])

    package subscript(key: String) -> TemplateSchema? {
        if case .object(let fields) = self { fields[key] } else { nil }
    }

    /// The schema with more fields (for the layout, which sees page fields and its own).
    package func merging(_ other: TemplateSchema) -> TemplateSchema {
        guard case .object(let mine) = self, case .object(let theirs) = other else { return self }
        return .object(mine.merging(theirs) { current, _ in current })
    }
}

extension TemplateValue {
    /// Whether the value has exactly the shape the schema promises (tests use this to keep
    /// view models and their schemas in step).
    package func conforms(to schema: TemplateSchema) -> Bool {
        switch (self, schema) {
        case (.text, .text), (.html, .html), (.htmlBytes, .html), (.flag, .flag): return true
        case (.list(let items), .list(let element)): return items.allSatisfy { $0.conforms(to: element) }
        case (.object(let fields), .object(let expected)):
            return Set(fields.orderedKeys) == Set(expected.keys)
                && fields.allSatisfy { key, value in expected[key].map(value.conforms) ?? false }
        default: return false
        }
    }
}
