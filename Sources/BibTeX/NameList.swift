/// The people in one name field (`author`, `editor`, `translator`), in order.
///
/// It works as an array of `PersonName`; `andOthers` records a trailing "and others",
/// which citation styles print as "et al.".
package struct NameList: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    package var names: [PersonName]
    /// True when the field ended with "and others".
    package var andOthers: Bool

    package init(_ names: [PersonName], andOthers: Bool = false) {
        self.names = names
        self.andOthers = andOthers
    }

    package init() {
        self.init([])
    }

    package init(arrayLiteral elements: PersonName...) {
        self.init(elements)
    }

    package var startIndex: Int { names.startIndex }
    package var endIndex: Int { names.endIndex }
    package subscript(position: Int) -> PersonName { names[position] }
}
