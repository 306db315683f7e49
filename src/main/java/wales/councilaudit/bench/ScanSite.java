package wales.councilaudit.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Serves a {@link ScanCorpus} on 127.0.0.1 and a free port with the JDK's HTTP server: its pages ({@code 200
 * text/html}), their frame documents and images; anything else answers 404, any method but GET and HEAD 405.
 * Thread-safe; close it to stop serving.
 */
public final class ScanSite implements AutoCloseable {

    private static final byte[] NOT_FOUND =
            "<!DOCTYPE html>\n<html lang=\"en\"><title>Not found</title><h1>Page not found</h1></html>\n"
                    .getBytes(StandardCharsets.UTF_8);

    private final ScanCorpus corpus;
    private final LoopbackServer server;

    private ScanSite(ScanCorpus corpus) throws IOException {
        this.corpus = corpus;
        this.server = LoopbackServer.start("scan-site", 4, this::handle);
    }

    /**
     * Starts serving a corpus of {@code pages} pages.
     *
     * @throws IllegalArgumentException when {@code pages} is not 1 to {@value ScanCorpus#MAX_PAGES}
     */
    public static ScanSite start(int pages) throws IOException {
        ScanSite site = new ScanSite(new ScanCorpus(pages));
        return site;
    }

    ScanCorpus corpus() {
        return corpus;
    }

    public int pages() {
        return corpus.pages();
    }

    /** The address of page {@code n}. */
    public URI pageUri(int n) {
        if (n < 0 || n >= corpus.pages()) {
            throw new IllegalArgumentException("no page " + n + " in a corpus of " + corpus.pages());
        }
        return URI.create("http://127.0.0.1:" + server.port() + ScanCorpus.path(n));
    }

    /** Every page's address, page 0 first. */
    public List<URI> pageUris() {
        return IntStream.range(0, corpus.pages()).mapToObj(this::pageUri).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Optional<Integer> page = corpus.pageAt(path);
            Optional<Integer> frame = corpus.frameAt(path);
            Optional<Integer> image = corpus.imageAt(path);
            if (page.isPresent()) {
                send(exchange, 200, "text/html; charset=utf-8", corpus.html(page.get()), head);
            } else if (frame.isPresent()) {
                send(exchange, 200, "text/html; charset=utf-8", corpus.frameHtml(frame.get()), head);
            } else if (image.isPresent()) {
                send(exchange, 200, "image/svg+xml", ScanCorpus.svg(image.get()), head);
            } else {
                send(exchange, 404, "text/html; charset=utf-8", NOT_FOUND, head);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, boolean head)
            throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8), head);
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
