/// A value every worker reads and none changes, behind one reference. A struct of tables
/// (arrays, dictionaries) copied into each body's linker retained every reference in it, and
/// released it when the body was done: both cores at once, on the same objects, for every
/// body (the count's cache line moved between the cores each time).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
