package wales.councilaudit.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches URLs with Apache HttpClient 5, following redirects itself so that every hop is evidence. Honours the
 * {@link HostResolver} (and so {@code --resolve} and the address policy), sends the configured User-Agent,
 * retries 429 and 503 answers (waiting as {@code Retry-After} asks, within limits) and network errors with
 * exponential back-off. HttpClient types stay inside this class. Thread-safe; close it when done.
 */
public final class HttpFetcher implements Closeable {

    private final HttpSettings settings;
    private final HostResolver resolver;
    private final Sleeper sleeper;
    private final Clock clock;
    private final CloseableHttpClient client;
    private final PageRequest pages;

    public HttpFetcher(
            HttpSettings settings, HostResolver resolver, TrustMaterial trust, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.resolver = resolver;
        this.sleeper = sleeper;
        this.clock = clock;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PolicyDnsResolver(resolver))
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(trust.sslContext())
                        .buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .setMaxConnPerRoute(2)
                .setMaxConnTotal(64)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent(settings.userAgent())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .build();
        this.pages = new PageRequest(client, clock, settings.responseTimeout());
    }

    public HttpSettings settings() {
        return settings;
    }

    /**
     * GETs {@code url} and follows its redirects to a final answer, keeping cookies within the chain. Each hop is
     * retried after 429, 503 and network errors as the {@link RetryPolicy} says; bodies are read and discarded.
     *
     * @return the answer or the failure, with every hop; never throws for network outcomes
     * @throws InterruptedException when interrupted while waiting to retry
     */
    public FetchResult follow(URI url) throws InterruptedException {
        return RedirectChain.follow(url, settings.maxRedirects(), this::checkTarget, RequestGate.OPEN, this::attempt);
    }

    /** {@link #fetchPage(URI, long, RequestGate)} without pacing between hops. */
    public FetchResult fetchPage(URI url, long maxBytes) throws InterruptedException {
        return fetchPage(url, maxBytes, RequestGate.OPEN);
    }

    /**
     * GETs {@code url} and follows its redirects (as {@link #follow} does: the same chain, address rules and
     * failure kinds), keeping the final answer's body: an {@link FetchResult.Answered} whose {@link
     * FetchResult.Answered#body()} is present. Unlike {@code follow}, each request is made once: a 429 or 503 is
     * returned as the answer it is, and a network error as a failure, so that the caller's politeness decides when
     * to ask again.
     *
     * <p>Bounded: at most {@code maxBytes} of the body are kept and, when there is more, reading stops and the
     * connection is aborted ({@link PageBody#truncated()}); the answer must start within the response timeout
     * and its body must arrive within the response timeout after that (checked between reads). Faults are values:
     * a reset connection ({@link FailureKind#CONNECT}), an empty reply or a malformed chunk ({@link
     * FailureKind#PROTOCOL}), a slow answer or body ({@link FailureKind#TIMEOUT}), a redirect loop ({@link
     * FailureKind#REDIRECT_LOOP}); a failure while reading the body keeps the answer's status in the last hop.
     * Thread-safe.
     *
     * @param maxBytes the most body bytes to keep, 0 to {@value BoundedBody#MAX_LIMIT}
     * @param gate asked before every request of the chain (the first and each redirect), on this thread
     * @throws InterruptedException when interrupted while {@code gate} waits
     * @throws IllegalArgumentException when {@code maxBytes} is out of range
     */
    public FetchResult fetchPage(URI url, long maxBytes, RequestGate gate) throws InterruptedException {
        BoundedBody.checkLimit(maxBytes);
        Instant started = clock.instant();
        return RedirectChain.follow(
                url,
                settings.maxRedirects(),
                this::checkTarget,
                gate,
                (hopUrl, context) -> pages.request(hopUrl, context, maxBytes, started));
    }

    /** Refuses non-web schemes and IP literals the address policy does not allow, before any connection. */
    private Optional<FetchResult.Failed> checkTarget(List<Hop> chain, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new FetchResult.Failed(
                    chain,
                    url,
                    FailureKind.UNSUPPORTED_SCHEME,
                    "only http and https are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":")));
        }
        String host = url.getHost();
        if (host == null) {
            return Optional.of(new FetchResult.Failed(chain, url, FailureKind.DNS, "no host in " + url));
        }
        if (HostResolver.isIpLiteral(host)) { // HttpClient connects to literals without asking the resolver
            try {
                resolver.resolve(host);
            } catch (RefusedAddressException e) {
                return Optional.of(new FetchResult.Failed(chain, url, FailureKind.REFUSED_ADDRESS, e.getMessage()));
            } catch (UnknownHostException e) {
                return Optional.of(new FetchResult.Failed(chain, url, FailureKind.DNS, describe(e)));
            }
        }
        return Optional.empty();
    }

    private RedirectChain.Step attempt(URI url, HttpClientContext context) throws InterruptedException {
        Instant started = clock.instant();
        int maxAttempts = settings.retry().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                Answer answer = get(url, context);
                Duration elapsed = Duration.between(started, clock.instant());
                Hop hop =
                        new Hop(url, answer.status(), answer.headers().getOrDefault("location", ""), attempt, elapsed);
                boolean retryable = answer.status() == 429 || answer.status() == 503;
                if (!retryable || attempt >= maxAttempts) {
                    return answered(hop, answer.headers());
                }
                Optional<Duration> asked = Optional.ofNullable(answer.headers().get("retry-after"))
                        .flatMap(v -> RetryAfter.parse(v, clock.instant()));
                if (asked.isPresent() && asked.get().compareTo(settings.retry().maxRetryAfter()) > 0) {
                    return answered(hop, answer.headers());
                }
                sleeper.sleep(asked.orElse(settings.retry().backoffAfter(attempt)));
            } catch (IOException e) {
                FailureKind kind = classify(e);
                boolean retryable = kind == FailureKind.TIMEOUT || kind == FailureKind.CONNECT;
                if (!retryable || attempt >= maxAttempts) {
                    Duration elapsed = Duration.between(started, clock.instant());
                    return new RedirectChain.Step(
                            new Hop(url, 0, "", attempt, elapsed),
                            Map.of(),
                            Optional.of(new RedirectChain.Failure(kind, describe(e))),
                            Optional.empty());
                }
                sleeper.sleep(settings.retry().backoffAfter(attempt));
            }
        }
    }

    private static RedirectChain.Step answered(Hop hop, Map<String, String> headers) {
        return new RedirectChain.Step(hop, headers, Optional.empty(), Optional.empty());
    }

    private record Answer(int status, Map<String, String> headers) {}

    private Answer get(URI url, HttpClientContext context) throws IOException {
        HttpGet request = new HttpGet(url);
        request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        return client.execute(request, context, response -> {
            Map<String, String> headers = new HashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            EntityUtils.consume(response.getEntity());
            return new Answer(response.getCode(), headers);
        });
    }

    static FailureKind classify(IOException e) {
        if (e instanceof RefusedAddressException) {
            return FailureKind.REFUSED_ADDRESS;
        }
        if (e instanceof UnknownHostException) {
            return FailureKind.DNS;
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return FailureKind.TIMEOUT;
        }
        if (e instanceof SSLException) {
            return FailureKind.TLS;
        }
        if (e instanceof ConnectException || e instanceof SocketException) {
            return FailureKind.CONNECT;
        }
        return FailureKind.PROTOCOL;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Adapts {@link HostResolver} to HttpClient. */
    private record PolicyDnsResolver(HostResolver resolver) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return resolver.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
