package wales.councilaudit.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import wales.councilaudit.accessibility.AxeOutcome;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.ScanContext;
import wales.councilaudit.accessibility.View;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.PageOutcome;

/**
 * The product in the scan benchmark: what the scan does per page on the desktop profile, without the keyboard probe.
 * A {@link BrowserPool} of {@code sessions} local sessions (the product's defaults otherwise: recycled after 100
 * pages, 30 s timeouts) and as many worker threads; each page is one {@link BrowserPool#visit}, which loads it, with
 * {@link AxeScanner#analyse} as the work. The warm-up pages are visited first on the same pool (so every session has
 * started and the JIT has seen the code), then the timed pages. Stateless; one run at a time.
 */
final class ScanProduct {

    private static final Duration AXE_TIMEOUT = Duration.ofSeconds(30);

    private final BrowserSettings base;

    /** @param base the pool's settings; their sessions are replaced by each run's */
    ScanProduct(BrowserSettings base) {
        this.base = base;
    }

    /**
     * Scans the warm-up pages, then times scanning {@code pages}.
     *
     * @return the timed pages' figures and rule ids; a page whose visit or axe run failed is a failed page
     * @throws InterruptedException when interrupted while waiting for the workers
     */
    ScanRun run(List<URI> pages, List<URI> warmup, int sessions) throws InterruptedException {
        AxeScanner axe = new AxeScanner(AXE_TIMEOUT);
        ExecutorService workers = Executors.newFixedThreadPool(sessions, r -> {
            Thread t = new Thread(r, "scan-product");
            t.setDaemon(true);
            return t;
        });
        try (BrowserPool pool = BrowserPool.open(base.withSessions(sessions))) {
            scanAll(pool, axe, workers, warmup, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            Map<String, SortedSet<String>> rules = new ConcurrentHashMap<>();
            Map<String, String> failures = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            String version = scanAll(pool, axe, workers, pages, rules, failures);
            double seconds = (System.nanoTime() - start) / 1e9;
            return ScanRun.measured(
                    ScanRun.PRODUCT,
                    sessions,
                    pages.size(),
                    seconds,
                    rules,
                    failures,
                    version,
                    Map.of("chromium", pool.chromiumVersion().orElse("unknown")));
        } finally {
            workers.shutdownNow();
        }
    }

    /** Scans the pages on the workers; returns the axe-core version the pages reported (or the bundled one). */
    private static String scanAll(
            BrowserPool pool,
            AxeScanner axe,
            ExecutorService workers,
            List<URI> pages,
            Map<String, SortedSet<String>> rules,
            Map<String, String> failures)
            throws InterruptedException {
        Map<String, String> versions = new ConcurrentHashMap<>();
        List<Future<?>> tasks = new ArrayList<>();
        for (URI page : pages) {
            tasks.add(workers.submit(() -> {
                String path = page.getRawPath();
                PageOutcome<AxeOutcome> outcome = pool.visit(
                        BrowserProfile.DESKTOP,
                        page,
                        (driver, uri) ->
                                axe.analyse(driver, new ScanContext(uri, BrowserProfile.DESKTOP.name(), View.PAGE)));
                if (outcome instanceof PageOutcome.Done<AxeOutcome> done) {
                    if (done.value() instanceof AxeOutcome.Analysed analysed) {
                        rules.put(path, ruleIds(analysed.findings()));
                        versions.put(analysed.axeVersion(), analysed.axeVersion());
                    } else if (done.value() instanceof AxeOutcome.Failed failed) {
                        failures.put(path, failed.reason());
                    }
                } else if (outcome instanceof PageOutcome.Failed<AxeOutcome> failed) {
                    failures.put(path, failed.kind() + ": " + failed.message());
                }
            }));
        }
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a scan worker failed", e.getCause());
            }
        }
        return versions.keySet().stream().sorted().reduce((a, b) -> a + "," + b).orElse(AxeScanner.axeVersion());
    }

    static SortedSet<String> ruleIds(List<Finding> findings) {
        TreeSet<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.rule()));
        return ids;
    }
}
