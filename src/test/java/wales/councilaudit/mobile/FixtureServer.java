package wales.councilaudit.mobile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local JDK HTTP server for the mobile ITs: files under the test classpath folder {@code /mobile/}, and pages
 * given inline by path. Listens on 127.0.0.1 on a free port.
 */
final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> inline = new ConcurrentHashMap<>();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code html} at {@code path} (starting with {@code /inline/}). */
    URI page(String path, String html) {
        inline.put(path, html);
        return uri(path);
    }

    /** The address of {@code path} on this server. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = inline.containsKey(path) ? inline.get(path).getBytes(StandardCharsets.UTF_8) : resource(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String type = path.endsWith(".css") ? "text/css" : "text/html";
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String path) throws IOException {
        if (path.contains("..") || !path.startsWith("/mobile/")) {
            return null;
        }
        try (InputStream in = FixtureServer.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
