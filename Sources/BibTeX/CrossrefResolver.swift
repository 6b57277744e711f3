import Foundation

/// Fills entries from the entries their `crossref` field names.
///
/// A field missing in the child is taken from the parent (and from the parent's own
/// parent, and so on); a child without `booktitle` takes the parent's `title` as its
/// `booktitle`. Keys are matched without case, as BibTeX does. Missing parents and loops
/// are reported at the `crossref` field.
enum CrossrefResolver {
    /// The longest chain followed; deeper chains are treated like loops.
    static let maxDepth = 16

    static func resolve(_ entries: inout [ExpandedEntry], diagnostics: inout [BibDiagnostic]) {
        var indexByKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            indexByKey[entry.key.lowercased()] = index
        }
        let original = entries
        for index in entries.indices {
            guard let inherited = inheritedFields(
                of: index, in: original, indexByKey: indexByKey, diagnostics: &diagnostics)
            else { continue }
            for (name, value) in inherited where entries[index].fields[name] == nil {
                entries[index].fields[name] = value
            }
        }
    }

    /// The fields an entry inherits, or nil when it has no (working) crossref.
    private static func inheritedFields(
        of index: Int, in entries: [ExpandedEntry], indexByKey: [String: Int],
        diagnostics: inout [BibDiagnostic]
    ) -> [String: String]? {
        let child = entries[index]
        guard let reference = parentKey(of: child) else { return nil }
        let location = child.fieldLocations["crossref"] ?? child.location
        var chain: [Int] = [index]
        var inherited: [String: String] = [:]
        var nextKey: String? = reference
        while let key = nextKey {
            guard let parentIndex = indexByKey[key.lowercased()] else {
                diagnostics.append(BibDiagnostic(
                    .warning, .missingCrossref, "crossref “\(key)” names no entry in this file",
                    at: location, hint: "add an entry with key “\(key)” or remove the crossref"))
                break
            }
            guard !chain.contains(parentIndex), chain.count <= maxDepth else {
                diagnostics.append(BibDiagnostic(
                    .warning, .crossrefCycle,
                    "crossref chain from “\(child.key)” loops back to “\(key)”",
                    at: location, hint: "a crossref must point to a parent, never back"))
                break
            }
            chain.append(parentIndex)
            let parent = entries[parentIndex]
            for (name, value) in parent.fields where inherited[name] == nil {
                inherited[name] = value
            }
            if inherited["booktitle"] == nil, let title = parent.fields["title"] {
                inherited["booktitle"] = title
            }
            nextKey = parentKey(of: parent)
        }
        inherited["crossref"] = nil
        return inherited
    }

    private static func parentKey(of entry: ExpandedEntry) -> String? {
        guard let value = entry.fields["crossref"] else { return nil }
        let key = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return key.isEmpty ? nil : key
    }
}
