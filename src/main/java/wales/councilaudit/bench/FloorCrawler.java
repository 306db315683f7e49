package wales.councilaudit.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The floor: the plainest crawler worth timing, a bare Apache HttpClient 5 (classic, a pooling connection manager
 * sized for the threads) and jsoup. {@code threads} workers share an in-memory queue and a {@link
 * ConcurrentHashMap} seen-set; each takes a URL, GETs it, parses an HTML answer with jsoup, resolves every {@code
 * a[href]}, drops the fragment, keeps the links on the seed's scheme, host and port, and queues those not seen;
 * the crawl ends when no URL is queued or being fetched. No robots.txt, no politeness, no URL normalisation beyond
 * the fragment, no storage, no limits: it is the yardstick the product's throughput is measured against, so it does
 * the least a crawler must do and nothing clever.
 *
 * <p>HttpClient and jsoup are used here directly, outside {@code net} and {@code crawl}, on purpose: the floor
 * must not share the product's code.
 */
public final class FloorCrawler implements CrawlUnderTest {

    /** Tells a worker to stop; compared by identity, so no URL can be taken for it. */
    private static final String DONE = new String("(done)");

    @Override
    public CrawlUnderTestResult crawl(URI seed, int threads, Path workDir) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, not " + threads);
        }
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(threads)
                .setMaxConnPerRoute(threads)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(10))
                        .setSocketTimeout(Timeout.ofSeconds(30))
                        .build())
                .build();
        try (CloseableHttpClient client =
                HttpClients.custom().setConnectionManager(connections).build()) {
            Run run = new Run(client, seed, threads);
            return run.execute();
        }
    }

    /** One crawl's shared state. */
    private static final class Run {
        private final CloseableHttpClient client;
        private final String origin;
        private final int threads;
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        /** URLs queued or being fetched; the crawl is over when it reaches 0. */
        private final AtomicLong pending = new AtomicLong();

        private final LongAdder pages = new LongAdder();
        private final LongAdder failures = new LongAdder();
        private final LongAdder bodyBytes = new LongAdder();
        private final AtomicReference<Throwable> firstError = new AtomicReference<>();

        Run(CloseableHttpClient client, URI seed, int threads) {
            this.client = client;
            this.origin = seed.getScheme() + "://" + seed.getRawAuthority();
            this.threads = threads;
            String start = withoutFragment(seed.toString());
            seen.add(start);
            pending.set(1);
            queue.add(start);
        }

        CrawlUnderTestResult execute() throws InterruptedException {
            List<Thread> workers = new ArrayList<>();
            for (int i = 1; i <= threads; i++) {
                Thread worker = new Thread(this::work, "floor-crawler-" + i);
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
            try {
                for (Thread worker : workers) {
                    worker.join();
                }
            } catch (InterruptedException e) {
                workers.forEach(Thread::interrupt);
                throw e;
            }
            if (firstError.get() != null) {
                throw new IllegalStateException("floor crawler worker died", firstError.get());
            }
            return CrawlUnderTestResult.fetched(pages.sum())
                    .withFailures(failures.sum())
                    .withDetail("urlsSeen", seen.size())
                    .withDetail("bodyBytes", bodyBytes.sum());
        }

        private void work() {
            try {
                while (true) {
                    String url = queue.take();
                    if (url == DONE) { // the sentinel, by identity
                        return;
                    }
                    try {
                        fetch(url);
                    } catch (IOException | RuntimeException e) {
                        failures.increment();
                    } finally {
                        if (pending.decrementAndGet() == 0) {
                            for (int i = 0; i < threads; i++) {
                                queue.add(DONE);
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) { // an Error: stop everyone rather than hang
                firstError.compareAndSet(null, e);
                for (int i = 0; i < threads; i++) {
                    queue.add(DONE);
                }
            }
        }

        private void fetch(String url) throws IOException {
            HttpGet get = new HttpGet(url);
            Document page = client.execute(get, response -> {
                HttpEntity entity = response.getEntity();
                if (response.getCode() != 200 || entity == null) {
                    EntityUtils.consume(entity);
                    return null;
                }
                ContentType type = ContentType.parseLenient(entity.getContentType());
                if (type == null || !"text/html".equalsIgnoreCase(type.getMimeType())) {
                    EntityUtils.consume(entity);
                    return null;
                }
                byte[] body = EntityUtils.toByteArray(entity);
                bodyBytes.add(body.length);
                String html = new String(body, type.getCharset(StandardCharsets.UTF_8));
                return Jsoup.parse(html, url);
            });
            if (page == null) {
                failures.increment();
                return;
            }
            pages.increment();
            for (Element a : page.select("a[href]")) {
                String link = withoutFragment(a.absUrl("href"));
                if (link.startsWith(origin) && (link.length() == origin.length() || isPathStart(link))) {
                    if (seen.add(link)) {
                        pending.incrementAndGet();
                        queue.add(link);
                    }
                }
            }
        }

        private boolean isPathStart(String link) {
            char next = link.charAt(origin.length());
            return next == '/' || next == '?';
        }

        private static String withoutFragment(String url) {
            int hash = url.indexOf('#');
            return hash < 0 ? url : url.substring(0, hash);
        }
    }
}
