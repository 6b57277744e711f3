import Corpus
import Diagnostics
import EDTF

/// Every date in the corpus (events, attestations, entities) must be valid EDTF; an error
/// points at the character where the date goes wrong.
struct DateCheck {
    let site: ResolvedSite

    func run() -> [Diagnostic] {
        var dates: [Located<String>] = []
        for event in site.corpus.events {
            dates.append(event.date)
            dates += event.attestations.compactMap(\.date)
        }
        for entity in site.corpus.entities {
            dates += [entity.dates, entity.born, entity.died].compactMap { $0 }
        }
        return dates.compactMap { date -> Diagnostic? in
            do {
                _ = try EDTFValue.parse(date.value)
                return nil
            } catch let error as EDTFError {
                var location = date.location
                // Quoted YAML values start one column after the quote.
                location.column += error.offset + 1
                return .error(
                    "date-invalid", "invalid date \"\(date.value)\": \(error.message)",
                    at: location, hint: error.hint)
            } catch {
                return .error("date-invalid", "invalid date \"\(date.value)\"", at: date.location)
            }
        }
    }
}
