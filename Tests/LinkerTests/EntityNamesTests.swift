import Testing
import Corpus
@testable import Linker

@Suite struct EntityNamesTests {
    /// Longest names first (in Characters, not bytes), then by text.
    @Test func longestNamesComeFirst() {
        let entity = { (slug: String, name: String) in
            Entity(slug: slug, kind: .person, name: name, aliases: [], description: nil, dates: nil,
                   born: nil, died: nil, body: MarkdownSource(file: "e.md", text: "", firstLine: 1))
        }
        let names = EntityNames([entity("a", "Kim"), entity("b", "서울서울"), entity("c", "  Kim Il  "), entity("d", "Abc")])
        #expect(names.names.map(\.text) == ["Kim Il", "서울서울", "Abc", "Kim"])
    }
}
