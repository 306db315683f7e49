package wales.councilaudit.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * A deterministic static site of {@code pages} pages served on 127.0.0.1 (a free port) by the JDK's HTTP server,
 * for benchmarking crawlers. Pages are made on each request from their number ({@link SitePages}: the home page at
 * {@code /}, then {@code /p/1.html} to {@code /p/<pages-1>.html}, a tree every page of which is reachable from
 * {@code /}), so serving 50,000 pages holds none of them in memory. {@code /robots.txt} allows everything; pages
 * answer {@code 200 text/html; charset=utf-8}; any other path answers 404, any method but GET and HEAD 405.
 *
 * <p>It runs in the benchmark's own JVM, so its work (a page is built and sent in tens of microseconds) and its
 * garbage are part of every crawler's figures alike. Thread-safe; close it to stop serving.
 */
public final class GeneratedSite implements AutoCloseable {

    /** The most pages a site may have. */
    public static final int MAX_PAGES = 10_000_000;

    /** Server threads when none are given. */
    public static final int DEFAULT_SERVER_THREADS = 4;

    static final String ROBOTS = "User-agent: *\nAllow: /\n";

    private static final byte[] ROBOTS_BYTES = ROBOTS.getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND =
            "<!DOCTYPE html>\n<html lang=\"en\"><title>Not found</title><h1>Page not found</h1></html>\n"
                    .getBytes(StandardCharsets.UTF_8);

    private final SitePages site;
    private final LoopbackServer server;
    private final LongAdder requests = new LongAdder();
    private final LongAdder pageAnswers = new LongAdder();
    private final LongAdder notFound = new LongAdder();

    private GeneratedSite(SitePages site, int serverThreads) throws IOException {
        this.site = site;
        this.server = LoopbackServer.start("generated-site", serverThreads, this::handle);
    }

    /** Starts serving a site of {@code pages} pages with {@value #DEFAULT_SERVER_THREADS} server threads. */
    public static GeneratedSite start(int pages) throws IOException {
        return start(pages, DEFAULT_SERVER_THREADS);
    }

    /**
     * Starts serving a site of {@code pages} pages on 127.0.0.1 and a free port.
     *
     * @throws IllegalArgumentException when {@code pages} is not from 1 to {@value #MAX_PAGES}, or {@code
     *     serverThreads} is below 1
     */
    public static GeneratedSite start(int pages, int serverThreads) throws IOException {
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("a generated site has 1 to " + MAX_PAGES + " pages, not " + pages);
        }
        if (serverThreads < 1) {
            throw new IllegalArgumentException("at least one server thread, not " + serverThreads);
        }
        return new GeneratedSite(new SitePages(pages), serverThreads);
    }

    /** The home page, {@code http://127.0.0.1:<port>/}: the crawl's seed. */
    public URI seed() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return server.port();
    }

    /** How many pages the site has. */
    public int pages() {
        return site.pages();
    }

    /** The address of page {@code n} (0 is the home page). */
    public URI pageUri(int n) {
        if (n < 0 || n >= site.pages()) {
            throw new IllegalArgumentException("no page " + n + " in a site of " + site.pages());
        }
        return seed().resolve(SitePages.path(n));
    }

    /** The page number an address names on this site, if it names one. */
    public Optional<Integer> pageNumber(URI uri) {
        if (!"http".equals(uri.getScheme())
                || !"127.0.0.1".equals(uri.getHost())
                || uri.getPort() != port()
                || uri.getRawQuery() != null) {
            return Optional.empty();
        }
        return site.pageAt(uri.getRawPath());
    }

    /** The HTML of page {@code n}, exactly as served. */
    public String html(int n) {
        return site.html(n);
    }

    /** Requests received so far, whatever they asked for. */
    public long requests() {
        return requests.sum();
    }

    /** Requests answered with a page (200 text/html) so far. */
    public long pageAnswers() {
        return pageAnswers.sum();
    }

    /** Requests answered 404 so far. */
    public long notFound() {
        return notFound.sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.increment();
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            Optional<Integer> page = uri.getRawQuery() == null ? site.pageAt(path) : Optional.empty();
            if (page.isPresent()) {
                pageAnswers.increment();
                send(exchange, 200, "text/html; charset=utf-8", site.render(page.get()), head);
            } else if (path.equals("/robots.txt") && uri.getRawQuery() == null) {
                send(exchange, 200, "text/plain; charset=utf-8", ROBOTS_BYTES, head);
            } else {
                notFound.increment();
                send(exchange, 404, "text/html; charset=utf-8", NOT_FOUND, head);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        LoopbackServer.send(exchange, status, type, body, head);
    }

    /** Stops serving at once and ends the server's threads. */
    @Override
    public void close() {
        server.close();
    }
}
