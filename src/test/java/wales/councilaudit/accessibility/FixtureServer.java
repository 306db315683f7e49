package wales.councilaudit.accessibility;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code src/test/resources/accessibility/} from the classpath on 127.0.0.1. The same server answers as {@code
 * localhost} too, a different origin: {@code {{OTHER_ORIGIN}}} in a fixture becomes {@code http://localhost:PORT}, so
 * a fixture can hold a cross-origin frame.
 */
final class FixtureServer implements AutoCloseable {

    private final HttpServer server;

    FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body = null;
            if (name.matches("[a-z0-9-]+\\.html")) {
                try (InputStream in = FixtureServer.class.getResourceAsStream("/accessibility/" + name)) {
                    if (in != null) {
                        String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        body = html.replace("{{OTHER_ORIGIN}}", "http://localhost:" + port())
                                .getBytes(StandardCharsets.UTF_8);
                    }
                }
            }
            if (body == null) {
                body = "not found".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(404, body.length);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A fixture's address on 127.0.0.1. */
    URI page(String name) {
        return URI.create("http://127.0.0.1:" + port() + "/" + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
