package wales.councilaudit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;

/**
 * The one embedded HTTP server of the sandbox, bound to 127.0.0.1: it reads the {@code Host} header and hands
 * the request to that virtual host's handler. JDK types stay here. Thread-safe.
 */
final class SandboxServer implements AutoCloseable {

    private static final int MAX_BODY = 64 * 1024;

    /** The JDK HTTP server's switch for TCP_NODELAY on accepted sockets. */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Function<SiteRequest, SiteResponse>> hosts = new ConcurrentHashMap<>();

    private SandboxServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * The JDK server sends a response's headers and body in separate packets with Nagle's algorithm on, so a client
     * reusing the connection waits for its delayed acknowledgement (about 40 ms a request on Linux). The property is
     * read once, when the first server of the JVM starts: set here, it holds unless something started one before.
     */
    static {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    /** Binds to {@code port} (0: any free port) without serving yet. */
    static SandboxServer bind(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "sandbox-http");
            t.setDaemon(true);
            return t;
        });
        SandboxServer sandbox = new SandboxServer(server, executor);
        server.createContext("/", sandbox::handle);
        server.setExecutor(executor);
        return sandbox;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void host(String name, Function<SiteRequest, SiteResponse> handler) {
        hosts.put(name, handler);
    }

    void start() {
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SiteRequest request = read(exchange);
            Function<SiteRequest, SiteResponse> handler = hosts.get(request.host());
            SiteResponse response;
            try {
                response = handler == null ? SiteResponse.notFound() : handler.apply(request);
            } catch (RuntimeException e) {
                response = SiteResponse.text(500, "text/plain", "sandbox error: " + e);
            }
            send(exchange, request.method().equals("HEAD"), response);
        }
    }

    private static SiteRequest read(HttpExchange exchange) throws IOException {
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        String host = (hostHeader == null ? "" : hostHeader)
                .replaceFirst(":\\d+$", "")
                .toLowerCase(Locale.ROOT);
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        Map<String, String> form = Map.of();
        if (exchange.getRequestMethod().equals("POST")) {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY);
            form = decode(new String(body, StandardCharsets.UTF_8));
        }
        String path = exchange.getRequestURI().getPath();
        return new SiteRequest(
                exchange.getRequestMethod(),
                host,
                path == null ? "/" : path,
                decode(rawQuery == null ? "" : rawQuery),
                rawQuery == null ? "" : rawQuery,
                headers,
                form);
    }

    /** Decodes {@code application/x-www-form-urlencoded} text; the first value of each name wins. */
    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                values.putIfAbsent(name, value); // a malformed escape: keep the raw text
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, boolean head, SiteResponse response) throws IOException {
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    List<String> hostNames() {
        return List.copyOf(hosts.keySet());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
