package wales.councilaudit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.report.ReportFixtures;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.schedule.AuditRequest;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.schedule.ScheduleSettings;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * The dashboard and its API on an H2 store with a real scheduler node and a fake auditor: the token rules (401 and
 * nothing queued, 403 without a configured token), queued then joined, 404 and 400, the reads, the Welsh pages, and
 * payloads from sites escaped.
 */
class DashboardServerTest {

    private static final String TOKEN = "correct-horse-battery-staple";
    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private static final Registry REGISTRY = RegistryLoader.bundled();

    @TempDir
    Path dir;

    private ResultStore store;
    private AuditScheduler scheduler;
    private DashboardServer server;
    private final List<AuditRequest> audited = new CopyOnWriteArrayList<>();
    private final CountDownLatch auditDone = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (scheduler != null) {
            scheduler.stop(true);
        }
        if (store != null) {
            store.close();
        }
    }

    private void start(Optional<ApiToken> token, boolean runAudits) {
        StoreConfig config = StoreConfig.embedded(dir.resolve("results"));
        store = ResultStore.open(config);
        CouncilAuditor auditor = request -> {
            // Saves the council's fixture result under the re-test's run, as the product's auditor would.
            RunSummary run = ReportFixtures.run(request.runId(), START.plusSeconds(3600));
            RunSummary one = RunSummary.of(
                    run.run(), List.of(run.council(request.councilId()).orElseThrow()));
            ServeFixtures.save(store, request.kind().label(), one, ReportFixtures.details(one));
            audited.add(request);
            auditDone.countDown();
        };
        scheduler = AuditScheduler.open(
                config,
                ScheduleSettings.defaults()
                        .withTimings(Duration.ofMinutes(1), Duration.ofMillis(7500), Duration.ofSeconds(1)),
                REGISTRY.councils().stream().map(Council::id).toList(),
                auditor,
                Clock.systemUTC());
        if (runAudits) {
            scheduler.start();
        }
        server = DashboardServer.start(
                new ServeSettings("127.0.0.1", 0, token, dir.resolve("results"), "0.1.0-test"),
                store,
                REGISTRY,
                scheduler);
    }

    private void seedTwoRuns() {
        RunSummary now = ReportFixtures.run("20261120-090000-benchmark", START);
        RunSummary before = ReportFixtures.previousYear(now);
        ServeFixtures.save(store, "benchmark", before, ReportFixtures.details(before));
        ServeFixtures.save(store, "benchmark", now, ReportFixtures.details(now));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Optional<String> authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorization.ifPresent(a -> b.header("Authorization", a));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void aRetestWithoutTheTokenOrWithAWrongOneIsUnauthorisedAndQueuesNothing() throws Exception {
        start(Optional.of(ApiToken.of(TOKEN)), false);

        HttpResponse<String> none = post("/api/councils/cardiff/retest", Optional.empty(), "");
        HttpResponse<String> wrong =
                post("/api/councils/cardiff/retest", Optional.of("Bearer not-the-token-at-all"), "");
        HttpResponse<String> basic = post("/api/councils/cardiff/retest", Optional.of("Basic " + TOKEN), "");
        HttpResponse<String> unknownCouncil = post("/api/councils/atlantis/retest", Optional.empty(), "");

        for (HttpResponse<String> r : List.of(none, wrong, basic, unknownCouncil)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(json(r).get("error").asText()).contains("Authorization: Bearer");
        }
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(scheduler.status().pending()).isEmpty();
    }

    @Test
    void withNoTokenConfiguredARetestIsForbiddenAndSaysHowToConfigureOne() throws Exception {
        start(Optional.empty(), false);

        HttpResponse<String> r = post("/api/councils/cardiff/retest", Optional.of("Bearer " + TOKEN), "");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("error").asText())
                .contains("COUNCIL_AUDIT_TOKEN")
                .contains("--token-file");
        assertThat(scheduler.status().pending()).isEmpty();
    }

    @Test
    void aRetestIsQueuedThenASecondRequestJoinsIt() throws Exception {
        start(Optional.of(ApiToken.of(TOKEN)), false);

        HttpResponse<String> first =
                post("/api/councils/cardiff/retest", Optional.of("Bearer " + TOKEN), "{\"reason\": \"relaunched\"}");
        HttpResponse<String> second = post("/api/councils/cardiff/retest", Optional.of("bearer " + TOKEN), "");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(json(first).get("outcome").asText()).isEqualTo("queued");
        String runId = json(first).get("runId").asText();
        assertThat(runId).matches("\\d{8}-\\d{6}-retest-cardiff");
        assertThat(first.headers().firstValue("Location")).contains("/api/runs/" + runId);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(json(second).get("outcome").asText()).isEqualTo("joined");
        assertThat(json(second).get("runId").asText()).isEqualTo(runId);
        assertThat(scheduler.status().pending())
                .extracting(PendingAudit::councilId, PendingAudit::runId, PendingAudit::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cardiff", runId, Optional.of("relaunched")));

        JsonNode run = json(get("/api/runs/" + runId));
        assertThat(run.get("complete").asBoolean()).isFalse();
        assertThat(run.get("expected").asInt()).isEqualTo(1);
        assertThat(run.get("pending").get(0).get("state").asText()).isEqualTo("QUEUED");
        assertThat(get("/runs/" + runId).body()).contains("id=\"run-live\"").contains("Cardiff: queued");
    }

    @Test
    void anUnknownCouncilIsNotFoundAndABadBodyIsBadRequestAndNeitherQueues() throws Exception {
        start(Optional.of(ApiToken.of(TOKEN)), false);
        Optional<String> auth = Optional.of("Bearer " + TOKEN);

        assertThat(post("/api/councils/atlantis/retest", auth, "").statusCode()).isEqualTo(404);
        List<Integer> bad = new ArrayList<>();
        for (String body : List.of(
                "not json",
                "[1]",
                "{\"reason\": 3}",
                "{\"why\": \"x\"}",
                "{\"reason\": \"" + "x".repeat(501) + "\"}")) {
            HttpResponse<String> r = post("/api/councils/cardiff/retest", auth, body);
            bad.add(r.statusCode());
            assertThat(json(r).has("error")).as(body).isTrue();
        }

        assertThat(bad).containsOnly(400);
        assertThat(scheduler.status().pending()).isEmpty();
        assertThat(get("/api/councils/atlantis/latest").statusCode()).isEqualTo(404);
        assertThat(get("/api/councils/atlantis/diff").statusCode()).isEqualTo(404);
        assertThat(get("/api/runs/no-such-run").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/nothing-here")).get("error").asText()).contains("/api/nothing-here");
        assertThat(get("/councils/atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiReadsCouncilsRunsLatestResultsAndDiffsFromTheStore() throws Exception {
        start(Optional.empty(), false);
        seedTwoRuns();

        JsonNode councils = json(get("/api/councils"));
        assertThat(councils).hasSize(22);
        JsonNode first = councils.get(0);
        assertThat(first.get("id").asText())
                .isEqualTo(REGISTRY.councils().get(0).id());
        assertThat(first.get("latestRun").asText()).isEqualTo("20261120-090000-benchmark");

        JsonNode runs = json(get("/api/runs"));
        assertThat(runs)
                .extracting(r -> r.get("id").asText())
                .containsExactly("20261120-090000-benchmark", "20261120-090000-benchmark-earlier");
        JsonNode run = json(get("/api/runs/20261120-090000-benchmark"));
        assertThat(run.get("done").asInt()).isEqualTo(22);
        assertThat(run.get("expected").asInt()).isEqualTo(22);
        assertThat(run.get("complete").asBoolean()).isTrue();

        JsonNode latest = json(get("/api/councils/cardiff/latest"));
        assertThat(latest.get("runId").asText()).isEqualTo("20261120-090000-benchmark");
        assertThat(latest.get("summary").get("id").asText()).isEqualTo("cardiff");

        // The fixtures' previous year moves every fifth council's stars: find one that moved.
        String moved = null;
        for (JsonNode c : councils) {
            if (c.has("stars")
                    && c.has("previousStars")
                    && c.get("stars").asInt() != c.get("previousStars").asInt()) {
                moved = c.get("id").asText();
                assertThat(c.get("trend").asText()).isIn("up", "down");
                break;
            }
        }
        assertThat(moved).isNotNull();
        JsonNode diff = json(get("/api/councils/" + moved + "/diff"));
        assertThat(diff.get("fromRun").asText()).isEqualTo("20261120-090000-benchmark-earlier");
        assertThat(diff.get("toRun").asText()).isEqualTo("20261120-090000-benchmark");
        assertThat(diff.get("starsFrom").asInt())
                .isNotEqualTo(diff.get("starsTo").asInt());
        assertThat(diff.get("components")).isNotEmpty();

        HttpResponse<String> yaml = get("/api/openapi.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3");
    }

    @Test
    void theDashboardShowsTheLeagueCouncilPagesWithTheirDiffAndRunsInEnglishAndWelsh() throws Exception {
        start(Optional.of(ApiToken.of(TOKEN)), false);
        seedTwoRuns();

        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(index.body())
                .contains("<html lang=\"en\">")
                .contains("href=\"/councils/cardiff\"")
                .contains("href=\"/cy/\"");

        String council = get("/councils/cardiff").body();
        assertThat(council)
                .contains("<h1>Cardiff</h1>")
                .contains("Since the previous result")
                .contains("Run 20261120-090000-benchmark against run 20261120-090000-benchmark-earlier")
                .contains("type=\"password\"")
                .contains("Request a re-test")
                .contains("data-api=\"/api/councils/cardiff/retest\"")
                .contains("href=\"/cy/councils/cardiff\"");

        String welsh = get("/cy/councils/cardiff").body();
        assertThat(welsh)
                .contains("<html lang=\"cy\">")
                .contains("<h1>Caerdydd</h1>")
                .contains("Ers y canlyniad blaenorol")
                .contains("Gofyn am ail-brawf")
                .contains("href=\"/councils/cardiff\"");
        assertThat(get("/cy/").body()).contains("href=\"/cy/councils/cardiff\"").contains("Tabl cynghrair");
        assertThat(get("/cy/runs").body()).contains("Rhediadau").contains("/cy/runs/20261120-090000-benchmark");
        assertThat(get("/runs/20261120-090000-benchmark").body())
                .contains("22 of 22 councils done.")
                .contains("The run has finished.");
        assertThat(get("/cy/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/assets/dashboard.js").body()).contains("textContent");
        assertThat(get("/assets/style.css").body()).contains("ul.nav");
    }

    @Test
    void payloadsFromASiteAreEscapedOnEveryPage() throws Exception {
        start(Optional.empty(), false);
        RunSummary hostile = ReportFixtures.hostileRun(START);
        ServeFixtures.save(store, "audit", hostile, ReportFixtures.hostileDetails(hostile));
        List<String> paths = new ArrayList<>(List.of("/", "/cy/", "/runs", "/runs/hostile"));
        hostile.councils().forEach(c -> {
            paths.add("/councils/" + c.id());
            paths.add("/cy/councils/" + c.id());
        });

        for (String path : paths) {
            String body = get(path).body();
            assertThat(body)
                    .as(path)
                    .doesNotContain("<script>window.__pwned")
                    .doesNotContain("<img src=x onerror")
                    .doesNotContain("<svg onload")
                    .doesNotContain("<iframe srcdoc")
                    .doesNotContain("href=\"javascript:");
        }
        assertThat(get("/councils/" + hostile.councils().get(0).id()).body())
                .contains("&lt;script&gt;window.__pwned=1;");
    }

    @Test
    void aQueuedRetestRunsOnThisNodeAndItsRunCompletes() throws Exception {
        start(Optional.of(ApiToken.of(TOKEN)), true);

        HttpResponse<String> r = post("/api/councils/gwynedd/retest", Optional.of("Bearer " + TOKEN), "{}");
        String runId = json(r).get("runId").asText();

        assertThat(auditDone.await(30, TimeUnit.SECONDS)).isTrue();
        JsonNode run = json(get("/api/runs/" + runId));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!run.get("complete").asBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            run = json(get("/api/runs/" + runId));
        }
        assertThat(run.get("complete").asBoolean()).as(run.toString()).isTrue();
        assertThat(run.get("results").get(0).get("council").asText()).isEqualTo("gwynedd");
        assertThat(audited).extracting(AuditRequest::councilId).containsExactly("gwynedd");
        assertThat(json(get("/api/councils/gwynedd/latest")).get("runId").asText())
                .isEqualTo(runId);
        assertThat(URI.create(server.uri().toString()).getHost()).isEqualTo("127.0.0.1");
    }
}
