import FlyingFox
import Foundation

/// Serves the built site. HTML pages get a small script that reloads them after a rebuild
/// and shows build errors over the page.
struct SiteFileHandler: HTTPHandler {
    let root: URL

    static let reloadScript = """
        <script>
        (function () {
          var protocol = location.protocol === "https:" ? "wss://" : "ws://";
          function connect() {
            var socket = new WebSocket(protocol + location.host + "/__studysite/reload");
            socket.onmessage = function (event) {
              if (event.data === "reload") { location.reload(); return; }
              var text = String(event.data).replace(/^error\\n/, "");
              var box = document.getElementById("studysite-build-errors") || document.createElement("pre");
              box.id = "studysite-build-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#2b0000;color:#fff;font:13px/1.4 monospace;z-index:9999;white-space:pre-wrap";
              box.textContent = "studysite: the last build failed\\n\\n" + text;
              document.body.appendChild(box);
            };
            socket.onclose = function () { setTimeout(connect, 1000); };
          }
          connect();
        })();
        </script>
        """

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        guard let file = RequestPath.file(for: request.path, in: root),
              var data = FileManager.default.contents(atPath: file.path) else {
            let notFound = RequestPath.file(for: "/404.html", in: root)
                .flatMap { FileManager.default.contents(atPath: $0.path) } ?? Data("Not found\n".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: notFound)
        }
        if file.pathExtension == "html", let html = String(data: data, encoding: .utf8),
           let end = html.range(of: "</body>", options: .backwards) {
            data = Data((html[..<end.lowerBound] + Self.reloadScript + html[end.lowerBound...]).utf8)
        }
        return HTTPResponse(
            statusCode: .ok,
            headers: HTTPHeaders([.contentType: RequestPath.contentType(of: file), HTTPHeader("Cache-Control"): "no-store"]),
            body: request.method == .HEAD ? Data() : data)
    }
}
