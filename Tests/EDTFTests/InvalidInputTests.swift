import EDTF
import Testing

/// An input `EDTFValue.parse(_:)` must reject, with the expected cause and offset.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    let text: String
    let kind: EDTFError.Kind
    let offset: Int

    init(_ text: String, _ kind: EDTFError.Kind, at offset: Int) {
        self.text = text
        self.kind = kind
        self.offset = offset
    }

    var testDescription: String { "\"\(text)\"" }
}

@Suite("Invalid input")
struct InvalidInputTests {
    static let impossibleDates: [InvalidCase] = [
        InvalidCase("1980-02-30", .invalidDay, at: 8),
        InvalidCase("1981-02-29", .invalidDay, at: 8),
        InvalidCase("1900-02-29", .invalidDay, at: 8),
        InvalidCase("2100-02-29", .invalidDay, at: 8),
        InvalidCase("-0001-02-29", .invalidDay, at: 9),
        InvalidCase("1985-04-31", .invalidDay, at: 8),
        InvalidCase("1985-01-32", .invalidDay, at: 8),
        InvalidCase("1985-04-00", .invalidDay, at: 8),
        InvalidCase("1985-13", .invalidMonth, at: 5),
        InvalidCase("1985-13-01", .invalidMonth, at: 5),
        InvalidCase("1985-00", .invalidMonth, at: 5),
        InvalidCase("1985-20", .invalidMonth, at: 5),
        InvalidCase("1985-25", .invalidMonth, at: 5),
        InvalidCase("1985-99", .invalidMonth, at: 5),
        InvalidCase("1985-04-12/2005-13", .invalidMonth, at: 16),
        InvalidCase("1980/1981-02-29", .invalidDay, at: 13),
    ]

    static let reversedIntervals: [InvalidCase] = [
        InvalidCase("1990/1980", .reversedInterval, at: 5),
        InvalidCase("1985-12/1985-03", .reversedInterval, at: 8),
        InvalidCase("1985-04-12/1985-04-11", .reversedInterval, at: 11),
        InvalidCase("2001-24/2001-11", .reversedInterval, at: 8),
        InvalidCase("194X/1938", .reversedInterval, at: 5),
        InvalidCase("-0044/-0100", .reversedInterval, at: 6),
        InvalidCase("1984~/1983?", .reversedInterval, at: 6),
    ]

    static let misplacedQualifiers: [InvalidCase] = [
        InvalidCase("?1984", .misplacedQualifier, at: 0),
        InvalidCase("~1984-06", .misplacedQualifier, at: 0),
        InvalidCase("1984?-06", .misplacedQualifier, at: 4),
        InvalidCase("2004-06~-11", .misplacedQualifier, at: 7),
        InvalidCase("2004-06-~11", .misplacedQualifier, at: 8),
        InvalidCase("1984-?06", .misplacedQualifier, at: 5),
        InvalidCase("19?4", .misplacedQualifier, at: 2),
        InvalidCase("1984??", .misplacedQualifier, at: 5),
        InvalidCase("1984?~", .misplacedQualifier, at: 5),
        InvalidCase("1984%?", .misplacedQualifier, at: 5),
        InvalidCase("..?/1985", .misplacedQualifier, at: 2),
        InvalidCase("1985/..~", .misplacedQualifier, at: 7),
        InvalidCase("1985/?1990", .misplacedQualifier, at: 5),
    ]

    static let malformed: [InvalidCase] = [
        InvalidCase("", .empty, at: 0),
        InvalidCase("85", .malformed, at: 0),
        InvalidCase("985", .malformed, at: 0),
        InvalidCase("01985", .malformed, at: 0),
        InvalidCase("19850", .malformed, at: 0),
        InvalidCase("1985-4", .malformed, at: 5),
        InvalidCase("1985-04-1", .malformed, at: 8),
        InvalidCase("1985-04-123", .malformed, at: 8),
        InvalidCase("1985-", .malformed, at: 5),
        InvalidCase("1985-04-", .malformed, at: 8),
        InvalidCase("-", .malformed, at: 1),
        InvalidCase("+1985", .malformed, at: 0),
        InvalidCase("-0000", .malformed, at: 0),
        InvalidCase("1985-04-12-01", .malformed, at: 10),
        InvalidCase("1985-1990", .malformed, at: 5),
        InvalidCase("1985–1990", .malformed, at: 4),
        InvalidCase("abcd", .malformed, at: 0),
        InvalidCase("1985a", .malformed, at: 4),
        InvalidCase(" 1985", .malformed, at: 0),
        InvalidCase("1985 ", .malformed, at: 4),
        InvalidCase("1985 / 1990", .malformed, at: 4),
        InvalidCase("١٩٨٥", .malformed, at: 0),
        InvalidCase("1985/1990/2000", .malformed, at: 9),
        InvalidCase("/", .malformed, at: 0),
        InvalidCase("../..", .malformed, at: 0),
        InvalidCase("/..", .malformed, at: 0),
        InvalidCase("../", .malformed, at: 0),
        InvalidCase("..", .malformed, at: 0),
        InvalidCase("..1985", .malformed, at: 0),
        InvalidCase(".../1985", .malformed, at: 2),
        InvalidCase("1985/...", .malformed, at: 7),
        InvalidCase("2001-21-01", .malformed, at: 7),
        InvalidCase("Y2001", .malformed, at: 0),
        InvalidCase("Y-0044", .malformed, at: 2),
        InvalidCase("Y017000", .malformed, at: 1),
        InvalidCase("Y", .malformed, at: 1),
        InvalidCase("Y-", .malformed, at: 2),
        InvalidCase("y17000", .malformed, at: 0),
        InvalidCase("Y170000002-01", .malformed, at: 10),
        InvalidCase("199u", .malformed, at: 3),
        InvalidCase("19xx", .malformed, at: 2),
        InvalidCase("1985-uu", .malformed, at: 5),
    ]

    static let unsupported: [InvalidCase] = [
        InvalidCase("1XXX", .unsupported, at: 1),
        InvalidCase("XXXX", .unsupported, at: 0),
        InvalidCase("19X5", .unsupported, at: 2),
        InvalidCase("1X9X", .unsupported, at: 1),
        InvalidCase("-193X", .unsupported, at: 4),
        InvalidCase("193X-04", .unsupported, at: 4),
        InvalidCase("1985-0X", .unsupported, at: 5),
        InvalidCase("1985-04-X1", .unsupported, at: 8),
        InvalidCase("1985-XX-04", .unsupported, at: 8),
        InvalidCase("Y17E7", .unsupported, at: 3),
        InvalidCase("Y170000X", .unsupported, at: 7),
        InvalidCase("1985-04-12T10:00", .unsupported, at: 10),
        InvalidCase("Y1234567890", .yearOutOfRange, at: 1),
    ]

    @Test("impossible dates", arguments: impossibleDates)
    func impossibleDate(_ invalid: InvalidCase) {
        expectRejected(invalid)
    }

    @Test("reversed intervals, compared by bounds", arguments: reversedIntervals)
    func reversedInterval(_ invalid: InvalidCase) {
        expectRejected(invalid)
    }

    @Test("qualifiers in the wrong place", arguments: misplacedQualifiers)
    func misplacedQualifier(_ invalid: InvalidCase) {
        expectRejected(invalid)
    }

    @Test("malformed text", arguments: malformed)
    func malformedText(_ invalid: InvalidCase) {
        expectRejected(invalid)
    }

    @Test("valid EDTF beyond level 1", arguments: unsupported)
    func unsupportedFeature(_ invalid: InvalidCase) {
        expectRejected(invalid)
    }

    private func expectRejected(_ invalid: InvalidCase) {
        guard let error = parseError(invalid.text) else {
            Issue.record("\"\(invalid.text)\" was accepted")
            return
        }
        #expect(error.kind == invalid.kind, "\(error)")
        #expect(error.offset == invalid.offset, "\(error)")
        #expect(!error.message.isEmpty)
        #expect(!error.hint.isEmpty)
        #expect(error.offset <= invalid.text.count)
    }
}
