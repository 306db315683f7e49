package wales.councilaudit.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One GET of a page fetch: a single attempt (no retries: pacing and retrying are the caller's), its body read
 * through {@link BoundedBody}. When the body is longer than the limit, or reading it fails or runs late, the
 * request is cancelled so that the connection is discarded rather than drained. Thread-safe.
 */
final class PageRequest {

    private final CloseableHttpClient client;
    private final Clock clock;
    private final Duration responseTimeout;

    PageRequest(CloseableHttpClient client, Clock clock, Duration responseTimeout) {
        this.client = client;
        this.clock = clock;
        this.responseTimeout = responseTimeout;
    }

    /**
     * @param fetchStarted when the fetch's first request started, for {@link PageBody#total()}
     * @param maxBytes the most body bytes to keep (checked by the caller)
     */
    RedirectChain.Step request(URI url, HttpClientContext context, long maxBytes, Instant fetchStarted) {
        Instant started = clock.instant();
        HttpGet request = new HttpGet(url);
        request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, request, context);
        } catch (IOException e) {
            Hop hop = new Hop(url, 0, "", 1, Duration.between(started, clock.instant()));
            return failed(hop, Map.of(), e);
        }
        Instant answered = clock.instant();
        Map<String, String> headers = headersOf(response);
        Hop hop = new Hop(
                url, response.getCode(), headers.getOrDefault("location", ""), 1, Duration.between(started, answered));
        boolean complete = false;
        try {
            BoundedBody.Read read = readBody(response.getEntity(), maxBytes, answered.plus(responseTimeout));
            complete = !read.truncated();
            PageBody body = new PageBody(
                    read.bytes(), read.truncated(), hop.elapsed(), Duration.between(fetchStarted, clock.instant()));
            return new RedirectChain.Step(hop, headers, Optional.empty(), Optional.of(body));
        } catch (IOException e) {
            return failed(hop, headers, e);
        } finally {
            release(request, response, complete);
        }
    }

    private BoundedBody.Read readBody(HttpEntity entity, long maxBytes, Instant deadline) throws IOException {
        if (entity == null) {
            return new BoundedBody.Read(new byte[0], false);
        }
        InputStream in = entity.getContent();
        return in == null ? new BoundedBody.Read(new byte[0], false) : BoundedBody.read(in, maxBytes, deadline, clock);
    }

    /**
     * Returns a fully read connection to the pool; aborts any other (closing the response normally would read
     * the rest of the body first).
     */
    private static void release(HttpGet request, ClassicHttpResponse response, boolean complete) {
        if (!complete) {
            request.cancel();
        }
        try {
            response.close();
        } catch (IOException ignored) {
            // The connection is already discarded, or the body is already read: nothing is lost.
        }
    }

    private static RedirectChain.Step failed(Hop hop, Map<String, String> headers, IOException e) {
        String message = e.getMessage();
        String detail = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        RedirectChain.Failure failure = new RedirectChain.Failure(HttpFetcher.classify(e), detail);
        return new RedirectChain.Step(hop, headers, Optional.of(failure), Optional.empty());
    }

    private static Map<String, String> headersOf(ClassicHttpResponse response) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        return headers;
    }
}
