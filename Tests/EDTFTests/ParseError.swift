import EDTF

/// The error `EDTFValue.parse(_:)` throws for `text`, or `nil` if it parses.
func parseError(_ text: String) -> EDTFError? {
    do {
        _ = try EDTFValue.parse(text)
        return nil
    } catch {
        return error
    }
}
