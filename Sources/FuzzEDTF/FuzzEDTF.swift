// libFuzzer target for EDTFValue.parse; the checks are in FuzzChecks/.
//
// Built by scripts/fuzz.sh with `--sanitize=fuzzer -Xswiftc -DFUZZING`: libFuzzer supplies
// main() and calls LLVMFuzzerTestOneInput. In a normal `swift build` FUZZING is not set, so
// the target keeps a main of its own that replays files: `swift run FuzzEDTF FILE-OR-FOLDER...`.
import FuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCheck.run(data, size, FuzzCheck.edtf)
}

#if !FUZZING
@main
enum Replay {
    static func main() {
        FuzzCheck.replay(name: "FuzzEDTF", FuzzCheck.edtf)
    }
}
#endif
