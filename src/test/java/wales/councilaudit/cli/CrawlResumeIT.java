package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.crawl.CouncilCrawler;
import wales.councilaudit.store.PostgresTestDatabase;

/**
 * The crawl's resume after {@code kill -9}: a crawl run in a child JVM is killed with SIGKILL in the middle of its
 * second council, started again with {@code --resume}, and must neither crawl the finished council again nor fetch
 * a page the store had already recorded as done.
 *
 * <p>Two generated sites (301 pages each, a tree of ten links per page) are served in-process by virtual host, and
 * every request they receive is logged. The store is PostgreSQL, in a schema of the test's own, because the parent
 * reads the child's store while the child runs (the embedded H2 file is held by the process that opened it). The
 * child's connections carry an {@code ApplicationName}, so that the parent can see them gone after the kill, and
 * with them any commit still in progress, before it takes the store's state at the kill.
 *
 * <p>The child crawls one URL at a time ({@code --threads 1}, {@code --parallel 1}, so alpha finishes before beta
 * starts) with a 10 ms delay between requests: slow enough to be killed half-way, quick enough for a test.
 */
@ExtendWith(PostgresTestDatabase.class)
class CrawlResumeIT {

    /** Pages per site: the home page and /p/1 .. /p/300. */
    private static final int LAST_PAGE = 300;

    /** URLs per site's crawl: the 301 pages and a Welsh twin guessed for each ({@link #crawlUrls()}). */
    private static final int URLS = 2 * (LAST_PAGE + 1);

    /** The crawl's fetching threads per council, given to the child. */
    private static final int THREADS = 1;

    /**
     * The most URLs a crawl has taken from its frontier without committing them: {@code CouncilCrawler} claims up
     * to {@code threads ×} {@link CouncilCrawler#AHEAD_PER_THREAD} ahead of its commits, being fetched or fetched
     * and waiting for the next commit (more are read from the queue, but not asked for). Those stay queued in the
     * store, so a killed crawl fetches again, on resume, the ones it had asked for; nothing else may be fetched
     * twice. With one thread, at most one of them
     * is being fetched at a time, but the bound holds for any number of threads.
     */
    private static final int CLAIMED_AHEAD = THREADS * CouncilCrawler.AHEAD_PER_THREAD;

    /**
     * Beta's page whose first request the server holds unanswered until the kill, so that one URL is certainly
     * being fetched, taken from the frontier and not committed, when the process dies.
     */
    private static final String HELD_PAGE = "/p/100";

    /** Pages beta's sitemap lists when a test asks for it; no page links to them. */
    private static final List<String> ORPHANS = List.of("/orphan/1", "/orphan/2", "/orphan/3");

    /** Beta's URLs done in the store before the kill. */
    private static final int DONE_BEFORE_KILL = 50;

    private static final Duration FIRST_RUN_DEADLINE = Duration.ofSeconds(60);
    private static final Duration RESUME_DEADLINE = Duration.ofSeconds(120);

    private static final String ALPHA = "www.alpha.test";
    private static final String BETA = "www.beta.test";

    private record Request(String host, String path, long nanos) {}

    @TempDir
    Path tmp;

    /** Every request the sites received, in order of arrival. */
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    /** The path of beta whose first request is held until the kill. */
    private volatile String held = HELD_PAGE;

    /** Whether beta serves a sitemap listing the {@link #ORPHANS}; otherwise /sitemap.xml is 404. */
    private volatile boolean orphanSitemap;

    private final AtomicBoolean holding = new AtomicBoolean();
    private final CountDownLatch heldArrived = new CountDownLatch(1);
    private final CountDownLatch releaseHeld = new CountDownLatch(1);
    private final String schema =
            "crawl_resume_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private HttpServer server;
    private ExecutorService serverThreads;
    private Process child;

    @BeforeEach
    void startSitesAndSchema() throws IOException, SQLException {
        try (Connection c = PostgresTestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        releaseHeld.countDown();
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
        if (PostgresTestDatabase.reachable()) {
            try (Connection c = PostgresTestDatabase.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aCrawlKilledWithSigkillResumesWithoutFetchingDonePagesOrFinishedCouncilsAgain() throws Exception {
        long testStart = System.nanoTime();
        Path results = tmp.resolve("results");
        List<String> command = command(registry(), results, 1000);

        // The first run: killed with SIGKILL once alpha is complete and beta is well under way.
        child = start(command, "first");
        try (Connection db = PostgresTestDatabase.connect()) {
            awaitWhileRunning(
                    "alpha COMPLETE, " + DONE_BEFORE_KILL + " of beta's URLs done and beta's " + held + " asked for",
                    () -> heldArrived.getCount() == 0
                            && councilStatus(db, "alpha").equals(Optional.of("COMPLETE"))
                            && doneUrls(db, "beta").size() >= DONE_BEFORE_KILL,
                    "first");
            child.destroyForcibly(); // SIGKILL on Linux: kill -9
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);
            releaseHeld.countDown(); // its answer goes nowhere: the process that asked is gone
            long firstNanos = System.nanoTime() - testStart;
            awaitSessionsGone(db);
            int requestsAtKill = requests.size();
            List<Request> beforeKill = List.copyOf(requests.subList(0, requestsAtKill));

            String runId = crawlRunId(db);
            Optional<String> alphaRecord = councilRecord(db, "alpha");
            assertThat(councilStatus(db, "beta")).as("beta stopped mid-crawl").contains("RUNNING");
            Set<String> betaDoneAtKill = paths(doneUrls(db, "beta"));
            assertThat(betaDoneAtKill)
                    .hasSizeGreaterThanOrEqualTo(DONE_BEFORE_KILL)
                    .hasSizeLessThan(URLS);
            List<String> alphaBefore = crawlRequests(beforeKill, ALPHA);
            assertThat(alphaBefore).as("alpha's URLs, each once").hasSize(URLS).doesNotHaveDuplicates();
            List<String> betaBefore = crawlRequests(beforeKill, BETA);
            assertThat(betaBefore).doesNotHaveDuplicates().containsAll(betaDoneAtKill);
            // Fetched, or being fetched, but not committed when the process died: still queued in the store.
            Set<String> inFlightAtKill = new TreeSet<>(betaBefore);
            inFlightAtKill.removeAll(betaDoneAtKill);
            assertThat(inFlightAtKill).contains(HELD_PAGE);

            // The second run resumes the first.
            List<String> resume = new ArrayList<>(command);
            resume.add("--resume");
            resume.add(runId);
            long resumeStart = System.nanoTime();
            child = start(resume, "resume");
            awaitExit("resume");
            long resumeNanos = System.nanoTime() - resumeStart;
            assertThat(child.exitValue()).as(output("resume")).isZero();
            Path folder = results.resolve(runId).toAbsolutePath().normalize();
            assertThat(Files.readAllLines(tmp.resolve("resume.out")))
                    .as(output("resume"))
                    .last()
                    .isEqualTo(folder.toString());
            List<Request> afterKill = List.copyOf(requests.subList(requestsAtKill, requests.size()));

            // (a) Alpha was complete in this run: not one request to it, not even robots.txt.
            assertThat(afterKill).filteredOn(r -> r.host().equals(ALPHA)).isEmpty();
            assertThat(councilRecord(db, "alpha"))
                    .as("alpha's finish and summary, untouched")
                    .isEqualTo(alphaRecord);
            // (b) No URL done before the kill is fetched again. The new process reads robots.txt again, and
            // does not read the sitemap again (the frontier was seeded in the first run).
            List<String> betaAfter = afterKill.stream()
                    .filter(r -> r.host().equals(BETA))
                    .map(Request::path)
                    .filter(p -> !p.equals("/robots.txt"))
                    .toList();
            assertThat(afterKill)
                    .filteredOn(r -> r.path().equals("/robots.txt"))
                    .hasSize(1);
            assertThat(betaAfter)
                    .as("URLs fetched after the resume")
                    .doesNotHaveDuplicates()
                    .allMatch(crawlUrls()::contains)
                    .noneMatch(betaDoneAtKill::contains);
            // (c) Fetched twice over both runs: exactly the URLs in flight at the kill, at most CLAIMED_AHEAD.
            List<String> betaBoth = crawlRequests(requests, BETA);
            Set<String> refetched = twice(betaBoth);
            assertThat(refetched).isEqualTo(inFlightAtKill).hasSizeLessThanOrEqualTo(CLAIMED_AHEAD);
            assertThat(betaBoth).hasSizeLessThanOrEqualTo(URLS + CLAIMED_AHEAD);
            assertThat(Set.copyOf(betaBoth)).isEqualTo(crawlUrls());
            // Each URL is one row (the primary key), and every one of them is done.
            for (String council : List.of("alpha", "beta")) {
                assertThat(rowCount(db, council)).as(council).isEqualTo(URLS);
                assertThat(paths(doneUrls(db, council))).as(council).isEqualTo(crawlUrls());
            }
            // (d) Both councils complete, the run completed, and each council's CSV has one row per URL.
            assertThat(councilStatus(db, "alpha")).contains("COMPLETE");
            assertThat(councilStatus(db, "beta")).contains("COMPLETE");
            assertThat(runStatus(db, runId)).isEqualTo("COMPLETED");
            for (String council : List.of("alpha", "beta")) {
                assertThat(csvPaths(folder.resolve("crawl").resolve(council + ".csv")))
                        .as(council)
                        .hasSize(URLS)
                        .containsExactlyInAnyOrderElementsOf(crawlUrls());
            }

            System.out.printf(
                    Locale.ROOT,
                    "CrawlResumeIT: killed after %.1f s with beta %d of %d URLs done and %d in flight %s; the"
                            + " resume made %d requests (alpha none, beta robots.txt once, beta URLs %d) in %.1f s;"
                            + " fetched twice: %d; test %.1f s%n",
                    firstNanos / 1e9,
                    betaDoneAtKill.size(),
                    URLS,
                    inFlightAtKill.size(),
                    inFlightAtKill,
                    afterKill.size(),
                    betaAfter.size(),
                    resumeNanos / 1e9,
                    refetched.size(),
                    (System.nanoTime() - testStart) / 1e9);
        }
    }

    /**
     * A crawl killed while it reads the sitemap (after it has queued the home page) reads the sitemap again when
     * resumed: the frontier's seeds, home pages and sitemap URLs, are committed together or not at all.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCrawlKilledWhileReadingTheSitemapReadsItOnResume() throws Exception {
        held = "/sitemap.xml";
        orphanSitemap = true;
        Path results = tmp.resolve("results");
        List<String> command = command(registry(), results, 40);
        command.addAll(List.of("--council", "beta"));

        child = start(command, "first");
        try (Connection db = PostgresTestDatabase.connect()) {
            awaitWhileRunning("beta's sitemap asked for", () -> heldArrived.getCount() == 0, "first");
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
            releaseHeld.countDown();
            awaitSessionsGone(db);
            String runId = crawlRunId(db);
            assertThat(councilStatus(db, "beta")).contains("RUNNING");

            List<String> resume = new ArrayList<>(command);
            resume.addAll(List.of("--resume", runId));
            child = start(resume, "resume");
            awaitExit("resume");
            assertThat(child.exitValue()).as(output("resume")).isZero();

            assertThat(councilStatus(db, "beta")).contains("COMPLETE");
            assertThat(paths(doneUrls(db, "beta"))).as("beta's URLs done").containsAll(ORPHANS);
            assertThat(requests)
                    .filteredOn(r -> r.host().equals(BETA) && ORPHANS.contains(r.path()))
                    .hasSize(ORPHANS.size());
        }
    }

    // --- the sites -------------------------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host"))
                    .orElse("")
                    .replaceFirst(":\\d+$", "")
                    .toLowerCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(host, path, System.nanoTime()));
            if (!host.equals(ALPHA) && !host.equals(BETA)) {
                respond(exchange, 404, "text/plain", "no such site");
                return;
            }
            if (path.equals("/robots.txt")) {
                respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n");
                return;
            }
            if (host.equals(BETA) && path.equals(held) && holding.compareAndSet(false, true)) {
                heldArrived.countDown();
                try {
                    releaseHeld.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (orphanSitemap && host.equals(BETA) && path.equals("/sitemap.xml")) {
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
                int port = server.getAddress().getPort();
                ORPHANS.forEach(o -> xml.append("<url><loc>http://")
                        .append(BETA)
                        .append(':')
                        .append(port)
                        .append(o)
                        .append("</loc></url>"));
                respond(
                        exchange,
                        200,
                        "application/xml",
                        xml.append("</urlset>").toString());
                return;
            }
            if (orphanSitemap && host.equals(BETA) && ORPHANS.contains(path)) {
                respond(
                        exchange,
                        200,
                        "text/html; charset=utf-8",
                        "<!doctype html><html lang=\"en\"><head><title>Orphan</title></head><body><p>Only in the"
                                + " sitemap</p></body></html>");
                return;
            }
            if (path.equals("/cy") || path.startsWith("/cy/")) { // every page's Welsh twin, by the /cy/ convention
                String english = path.equals("/cy") ? "/" : path.substring("/cy".length());
                if (pageNumber(english).isPresent()
                        || (orphanSitemap && host.equals(BETA) && ORPHANS.contains(english))) {
                    respond(
                            exchange,
                            200,
                            "text/html; charset=utf-8",
                            "<!doctype html><html lang=\"cy\"><head><title>Tudalen</title></head><body><p>Cymraeg"
                                    + "</p></body></html>");
                    return;
                }
            }
            Optional<Integer> page = pageNumber(path);
            if (page.isEmpty()) {
                respond(exchange, 404, "text/plain", "not found");
                return;
            }
            int n = page.get();
            String site = host.equals(ALPHA) ? "Alpha" : "Beta";
            StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                    .append("<title>")
                    .append(site)
                    .append(" page ")
                    .append(n)
                    .append("</title></head><body><h1>")
                    .append(site)
                    .append(" page ")
                    .append(n)
                    .append("</h1><ul>");
            for (int next = n * 10 + 1; next <= Math.min(n * 10 + 10, LAST_PAGE); next++) {
                html.append("<li><a href=\"/p/")
                        .append(next)
                        .append("\">Page ")
                        .append(next)
                        .append("</a></li>");
            }
            html.append("</ul></body></html>");
            respond(exchange, 200, "text/html; charset=utf-8", html.toString());
        }
    }

    /** 0 for the home page, n for /p/n; empty for anything else. */
    private static Optional<Integer> pageNumber(String path) {
        if (path.equals("/")) {
            return Optional.of(0);
        }
        if (path.matches("/p/[1-9]\\d{0,2}")) {
            int n = Integer.parseInt(path.substring(3));
            return n <= LAST_PAGE ? Optional.of(n) : Optional.empty();
        }
        return Optional.empty();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Every URL a crawl of one site meets, as paths: its pages, and the Welsh twin the crawler guesses for each
     * (the {@code /cy/} path convention, which the site follows: each twin answers 200 in Welsh).
     */
    private static Set<String> crawlUrls() {
        Set<String> paths = new HashSet<>(List.of("/", "/cy"));
        IntStream.rangeClosed(1, LAST_PAGE).forEach(n -> {
            paths.add("/p/" + n);
            paths.add("/cy/p/" + n);
        });
        return paths;
    }

    /** The requests of {@code host} for crawl URLs (not robots.txt or the sitemap), in order, as paths. */
    private static List<String> crawlRequests(List<Request> log, String host) {
        Set<String> urls = crawlUrls();
        synchronized (log) {
            return log.stream()
                    .filter(r -> r.host().equals(host) && urls.contains(r.path()))
                    .map(Request::path)
                    .toList();
        }
    }

    private static Set<String> twice(List<String> paths) {
        Map<String, Integer> counts = new HashMap<>();
        paths.forEach(p -> counts.merge(p, 1, Integer::sum));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> paths(Set<String> urls) {
        return urls.stream().map(u -> URI.create(u).getRawPath()).collect(Collectors.toSet());
    }

    // --- the child process -----------------------------------------------------------------------------------

    private Path registry() throws IOException {
        int port = server.getAddress().getPort();
        String yaml = """
                councils:
                  - id: alpha
                    gss: W06000901
                    name: {en: Alpha, cy: Alffa}
                    homepage:
                      en: http://www.alpha.test:%1$d/
                  - id: beta
                    gss: W06000902
                    name: {en: Beta, cy: Beta}
                    homepage:
                      en: http://www.beta.test:%1$d/
                """.formatted(port);
        Path file = tmp.resolve("councils.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> command(Path registry, Path results, int maxPages) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--councils",
                registry.toString(),
                "--resolve",
                ALPHA + "=127.0.0.1",
                "--resolve",
                BETA + "=127.0.0.1",
                "--allow-private-addresses",
                "--results",
                results.toString(),
                "--db",
                childDbUrl(),
                "--db-user",
                PostgresTestDatabase.USER,
                "crawl",
                "--parallel",
                "1",
                "--threads",
                Integer.toString(THREADS),
                "--delay",
                "10ms",
                "--max-pages",
                Integer.toString(maxPages)));
    }

    /** The test's PostgreSQL URL, in the test's schema, naming the child's connections. */
    private String childDbUrl() {
        String url = PostgresTestDatabase.URL;
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
    }

    private Process start(List<String> command, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        builder.environment().remove("COUNCIL_AUDIT_DB");
        builder.environment().put("COUNCIL_AUDIT_DB_PASSWORD", PostgresTestDatabase.PASSWORD);
        return builder.start();
    }

    /**
     * Polls every 100 ms, up to a deadline, until {@code condition} holds; fails when the child ends first.
     */
    private void awaitWhileRunning(String what, BooleanSupplier condition, String name) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_RUN_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (child.waitFor(100, TimeUnit.MILLISECONDS)) {
                fail("the child ended (exit " + child.exitValue() + ") before " + what + "\n" + output(name));
            }
        }
        fail("timed out after " + FIRST_RUN_DEADLINE + " waiting for " + what + "\n" + output(name));
    }

    private void awaitExit(String name) throws InterruptedException {
        if (!child.waitFor(RESUME_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the " + name + " run did not end within " + RESUME_DEADLINE + "\n" + output(name));
        }
    }

    private String output(String name) {
        try {
            return "stdout:\n" + Files.readString(tmp.resolve(name + ".out")) + "\nstderr:\n"
                    + Files.readString(tmp.resolve(name + ".err"));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    // --- the store, read behind the child's back ---------------------------------------------------------------

    /** Waits until the killed child's database sessions have ended, so that no commit of its is still landing. */
    private void awaitSessionsGone(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?";
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = db.prepareStatement(sql)) {
                s.setString(1, schema);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        fail("the killed child's database sessions did not end within 20 s");
    }

    private Optional<String> councilStatus(Connection db, String council) {
        return query(db, "SELECT status FROM " + schema + ".crawl_council WHERE council_id = ?", council).stream()
                .findFirst();
    }

    /** When the council's crawl finished, and its summary. */
    private Optional<String> councilRecord(Connection db, String council) {
        return query(
                        db,
                        "SELECT CAST(finished_at AS VARCHAR) || ' ' || summary FROM " + schema
                                + ".crawl_council WHERE council_id = ?",
                        council)
                .stream()
                .findFirst();
    }

    private Set<String> doneUrls(Connection db, String council) {
        return new HashSet<>(
                query(db, "SELECT url FROM " + schema + ".crawl_url WHERE council_id = ? AND state = 'DONE'", council));
    }

    private long rowCount(Connection db, String council) {
        return Long.parseLong(query(db, "SELECT COUNT(*) FROM " + schema + ".crawl_url WHERE council_id = ?", council)
                .get(0));
    }

    private String crawlRunId(Connection db) {
        List<String> ids = query(db, "SELECT id FROM " + schema + ".audit_run WHERE kind = ?", "crawl");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private String runStatus(Connection db, String runId) {
        return query(db, "SELECT status FROM " + schema + ".audit_run WHERE id = ?", runId)
                .get(0);
    }

    /** The first column of every row; no rows while the child has not created the tables yet. */
    private static List<String> query(Connection db, String sql, String parameter) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // undefined table: the migrations have not run yet
                return List.of();
            }
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static List<String> csvPaths(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<String> paths = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.toFile())) {
            while (rows.hasNext()) {
                paths.add(URI.create(rows.next().get("url")).getRawPath());
            }
        }
        return paths;
    }
}
