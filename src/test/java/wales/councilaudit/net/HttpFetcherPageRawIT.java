package wales.councilaudit.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.councilaudit.testing.LocalSites;
import wales.councilaudit.testing.RecordingSleeper;

/**
 * {@link HttpFetcher#fetchPage} against a one-request server on a raw socket, for what WireMock cannot show: that
 * a long page is not drained, and that a body trickling in promptly piece by piece still ends at the deadline.
 */
class HttpFetcherPageRawIT {

    private static final long OFFERED = 64L * 1024 * 1024;
    private static final long LIMIT = 2L * 1024 * 1024;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private ServerSocket server;
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        fetcher = LocalSites.fetcher(
                LocalSites.resolver(Map.of()),
                LocalSites.settings(Duration.ofMillis(500), Optional.empty()),
                new RecordingSleeper());
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdownNow();
        fetcher.close();
        server.close();
    }

    private URI url() {
        return URI.create("http://www.raw.gov.wales:" + server.getLocalPort() + "/page");
    }

    /**
     * The server offers 64 MB; it can hand over only what fits in the limit and the sockets' buffers (a few MB on
     * loopback) before the fetcher aborts. Had the fetcher read to the end, the server would have written it all.
     */
    @Test
    void stopsReadingAtTheLimitAndAbortsTheConnection() throws Exception {
        Future<Long> written = executor.submit(() -> serve(OFFERED, 64 * 1024, Duration.ZERO));

        FetchResult result = fetcher.fetchPage(url(), LIMIT);

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, a -> {
            assertThat(a.body().orElseThrow().truncated()).isTrue();
            assertThat(a.body().orElseThrow().size()).isEqualTo((int) LIMIT);
        });
        assertThat(written.get(30, TimeUnit.SECONDS)).isLessThan(OFFERED);
    }

    /** Thirty bytes, one every 100 ms: no read waits as long as the 500 ms timeout, the whole takes 3 s. */
    @Test
    void aBodyThatTricklesInPastTheDeadlineIsATimeout() throws Exception {
        executor.submit(() -> serve(30, 1, Duration.ofMillis(100)));

        FetchResult result = fetcher.fetchPage(url(), LIMIT);

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(f.detail()).contains("the body did not arrive by");
            assertThat(f.chain()).singleElement().extracting(Hop::status).isEqualTo(200);
        });
    }

    /**
     * Answers one request with a body of {@code length} bytes, written in blocks with a pause before each.
     *
     * @return how many body bytes the client let it write
     */
    private long serve(long length, int block, Duration pause) throws IOException, InterruptedException {
        try (Socket socket = server.accept()) {
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] bytes = new byte[block];
            long sent = 0;
            try {
                while (sent < length) {
                    Thread.sleep(pause.toMillis()); // the server's pace, not synchronisation
                    out.write(bytes);
                    out.flush();
                    sent += block;
                }
            } catch (IOException aborted) {
                return sent;
            }
            return sent;
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
