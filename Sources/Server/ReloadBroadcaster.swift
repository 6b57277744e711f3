import FlyingFox
import Foundation

/// Tells every open page when a build finished: "reload", or "error\n<diagnostics>".
package actor ReloadBroadcaster {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    /// The last build's problems, shown in pages until the next good build.
    package private(set) var lastErrors: String?

    package init() {}

    package func subscribe() -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        if let lastErrors { continuation.yield(.text("error\n" + lastErrors)) }
        return stream
    }

    private func remove(_ id: UUID) { clients[id] = nil }

    package func buildFinished(errors: String?) {
        lastErrors = errors
        let message = errors.map { "error\n" + $0 } ?? "reload"
        for client in clients.values { client.yield(.text(message)) }
    }
}

/// The WebSocket end of live reload.
struct ReloadSocket: WSMessageHandler {
    let broadcaster: ReloadBroadcaster

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await broadcaster.subscribe()
    }
}
