package wales.councilaudit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server on 127.0.0.1 and a free port, with daemon threads, as the benchmarks' generated sites use it.
 * Thread-safe; close it to stop serving.
 */
final class LoopbackServer implements AutoCloseable {

    /**
     * The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body waits
     * for the client's delayed ACK (about 40 ms a request). The server reads this property once, when the JVM's first
     * {@code HttpServer} is made: {@link #start} sets it (unless it is set already), so it holds when a benchmark's
     * site is the process's first server, as in {@code council-audit bench}.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code handler} at {@code /}.
     *
     * @param name the threads' name prefix
     * @param threads the server's threads, at least 1
     */
    static LoopbackServer start(String name, int threads, HttpHandler handler) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one server thread, not " + threads);
        }
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new LoopbackServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers with {@code body}, or with its headers only for a {@code HEAD} request. */
    static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops serving at once and ends the server's threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
