/// A tiny seeded generator, so that random-input tests are the same on every run.
package struct SplitMix64 {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Up to `maxPieces - 1` pieces chosen at random, joined: the random texts of the
    /// equivalence tests (one draw for the count, then one per piece).
    package mutating func text(from pieces: [String], maxPieces: UInt64) -> String {
        (0..<Int(next() % maxPieces)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
    }
}
