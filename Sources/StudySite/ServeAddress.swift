/// Where `serve` may listen without being told it may be seen from other machines.
package enum ServeAddress {
    /// Loopback only, unless the caller explicitly allowed another address.
    package static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}
