import Testing
@testable import Planner

@Suite struct LayoutModelTests {
    @Test func navigationEntriesWithASchemeAreExternal() {
        #expect(LayoutModel.isExternal("https://example.org/x"))
        #expect(LayoutModel.isExternal("mailto:a@b.c"))
        #expect(!LayoutModel.isExternal("timeline/index.html"))
        #expect(LayoutModel.isExternal("caf\u{E9}:x"))
        #expect(!LayoutModel.isExternal("caf\u{E9}/x.html"))
    }
}
