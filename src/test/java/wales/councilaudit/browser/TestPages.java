package wales.councilaudit.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local web site for the browser tests, on 127.0.0.1 and a free port: {@code /page/NAME} is a small page titled
 * NAME, {@code /slow} sends its head and part of its body and then never finishes (until {@link #close()}). It
 * records the Host and User-Agent headers it was sent.
 */
final class TestPages implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String path, String host, String userAgent) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    TestPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/page/", this::page);
        server.createContext("/slow", this::slow);
        server.createContext("/favicon.ico", exchange -> answer(exchange, 404, "text/plain", ""));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/page/NAME}. */
    URI page(String name) {
        return URI.create("http://127.0.0.1:" + port() + "/page/" + name);
    }

    URI slow() {
        return URI.create("http://127.0.0.1:" + port() + "/slow");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void page(HttpExchange exchange) throws IOException {
        record(exchange);
        String name = exchange.getRequestURI().getPath().substring("/page/".length());
        answer(
                exchange,
                200,
                "text/html; charset=utf-8",
                "<!doctype html><html lang=en><head><meta name=viewport content='width=device-width'>" + "<title>"
                        + name + "</title></head><body><h1>" + name + "</h1></body></html>");
    }

    private void slow(HttpExchange exchange) throws IOException {
        record(exchange);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("<!doctype html><title>slow</title><p>loading".getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the browser gave up
        }
    }

    private void record(HttpExchange exchange) {
        requests.add(new Request(
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Host"),
                exchange.getRequestHeaders().getFirst("User-Agent")));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
