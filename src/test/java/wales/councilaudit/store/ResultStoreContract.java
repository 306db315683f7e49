package wales.councilaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.domains.SiteCheck;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.Hop;
import wales.councilaudit.net.TlsCertificate;

/**
 * What every results store must do, whatever the database. A subclass names the database; the tests of one class
 * may share it, so each test works in runs of its own.
 */
abstract class ResultStoreContract {

    /** Run start times as the database keeps them: to the microsecond. */
    private static final Instant STARTED = Instant.parse("2025-03-14T09:26:41.123456Z");

    /** The store this class tests; every call must name the same database. */
    protected abstract StoreConfig storeConfig();

    private ResultStore store;

    @BeforeEach
    void openStore() {
        store = ResultStore.open(storeConfig());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // --- migrations -----------------------------------------------------------------------------------------------

    @Test
    void openingMigratesTheSchema() throws SQLException {
        try (Connection c = jdbc();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "audit_run",
                    "domain_result",
                    "crawl_council",
                    "crawl_url",
                    "crawl_sample",
                    "council_result",
                    "qrtz_job_details",
                    "qrtz_triggers",
                    "qrtz_cron_triggers",
                    "qrtz_fired_triggers",
                    "qrtz_scheduler_state",
                    "qrtz_locks")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rs.next()).isTrue();
                }
            }
        }
        assertThat(appliedMigrations()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void reopeningAnExistingStoreKeepsItsDataAndMigratesNothing() {
        String runId = newRunId();
        store.startRun(running(runId));
        DomainResult result = migratedGwynedd();
        store.saveDomainResult(runId, result);
        store.close();
        store = null;

        store = ResultStore.open(storeConfig());

        assertThat(store.run(runId)).contains(running(runId));
        assertThat(store.domainResults(runId)).containsExactly(result);
        assertThat(appliedMigrations()).containsExactly("1", "2", "3", "4", "5");
    }

    // --- runs -----------------------------------------------------------------------------------------------------

    @Test
    void aStartedRunReadsBackWithEveryField() {
        String runId = newRunId();
        RunRecord run = new RunRecord(runId, "domains", STARTED, Optional.empty(), RunStatus.RUNNING, "0.1.0-test");

        store.startRun(run);

        assertThat(store.run(runId)).contains(run);
        assertThat(store.run(runId).orElseThrow().finished()).isEmpty();
    }

    @Test
    void runTimesAreKeptToTheMicrosecondTruncated() {
        String runId = newRunId();
        Instant started = Instant.parse("2025-03-14T09:26:41.123456999Z");
        Instant finished = Instant.parse("2025-03-14T09:59:59.999999999Z");
        store.startRun(new RunRecord(runId, "domains", started, Optional.empty(), RunStatus.RUNNING, "0.1.0-test"));

        store.finishRun(runId, RunStatus.COMPLETED, finished);

        RunRecord read = store.run(runId).orElseThrow();
        assertThat(read.started()).isEqualTo(Instant.parse("2025-03-14T09:26:41.123456Z"));
        assertThat(read.finished()).contains(Instant.parse("2025-03-14T09:59:59.999999Z"));
    }

    @Test
    void anUnknownRunIsEmpty() {
        assertThat(store.run(newRunId())).isEmpty();
    }

    @Test
    void finishingARunSetsItsStatusAndFinishedTime() {
        String runId = newRunId();
        store.startRun(running(runId));
        Instant finished = STARTED.plus(Duration.ofMinutes(3)).plusNanos(654_321_000);

        store.finishRun(runId, RunStatus.COMPLETED, finished);

        assertThat(store.run(runId))
                .contains(new RunRecord(
                        runId, "domains", STARTED, Optional.of(finished), RunStatus.COMPLETED, "0.1.0-test"));
    }

    @Test
    void finishingARunAsFailedKeepsThatStatus() {
        String runId = newRunId();
        store.startRun(running(runId));

        store.finishRun(runId, RunStatus.FAILED, STARTED.plusSeconds(1));

        assertThat(store.run(runId).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void startingTheSameRunTwiceLeavesTheFirstUnchanged() throws SQLException {
        String runId = newRunId();
        RunRecord first = running(runId);
        store.startRun(first);

        store.startRun(new RunRecord(
                runId,
                "other-kind",
                STARTED.plusSeconds(60),
                Optional.of(STARTED.plusSeconds(61)),
                RunStatus.FAILED,
                "9.9.9"));

        assertThat(store.run(runId)).contains(first);
        assertThat(count("SELECT COUNT(*) FROM audit_run WHERE id = ?", runId)).isEqualTo(1);
    }

    // --- domain results -------------------------------------------------------------------------------------------

    @Test
    void aDomainResultReadsBackEqualToTheOneSaved() {
        String runId = startedRun();
        DomainResult result = migratedGwynedd();

        store.saveDomainResult(runId, result);

        List<DomainResult> read = store.domainResults(runId);
        assertThat(read).containsExactly(result);
        DomainResult back = read.get(0);
        assertThat(back.checkedAt()).isEqualTo(result.checkedAt()); // nanoseconds kept by the JSON evidence
        assertThat(back.tls().orElseThrow().problems()).hasSize(2);
        assertThat(back.welsh().orElseThrow().failure()).contains(FailureKind.TIMEOUT);
    }

    @Test
    void aDomainResultWithoutOptionalEvidenceReadsBackEqual() {
        String runId = startedRun();
        DomainResult result = unreachableTorfaen();

        store.saveDomainResult(runId, result);

        List<DomainResult> read = store.domainResults(runId);
        assertThat(read).containsExactly(result);
        assertThat(read.get(0).tls()).isEmpty();
        assertThat(read.get(0).hsts()).isEmpty();
        assertThat(read.get(0).welsh()).isEmpty();
    }

    @Test
    void savingTheSameCouncilAgainForARunReplacesItsResult() throws SQLException {
        String runId = startedRun();
        DomainResult first = unreachableTorfaen();
        DomainResult second = withStatus(first, DomainStatus.BLOCKED, "The site answered 403 Forbidden.");

        store.saveDomainResult(runId, first);
        store.saveDomainResult(runId, second);

        assertThat(store.domainResults(runId)).containsExactly(second);
        assertThat(rowsOf(runId, "torfaen")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM domain_result WHERE run_id = ? AND status = 'BLOCKED'", runId))
                .isEqualTo(1);
    }

    @Test
    void differentRunsKeepTheirOwnResults() {
        String firstRun = startedRun();
        String secondRun = startedRun();
        DomainResult before = unreachableTorfaen();
        DomainResult after = withStatus(before, DomainStatus.NOT_MIGRATED, "The homepage stays on torfaen.gov.uk.");

        store.saveDomainResult(firstRun, before);
        store.saveDomainResult(secondRun, after);
        store.saveDomainResult(secondRun, migratedGwynedd());

        assertThat(store.domainResults(firstRun)).containsExactly(before);
        assertThat(store.domainResults(secondRun)).containsExactly(migratedGwynedd(), after);
        assertThat(store.domainResults(startedRun())).isEmpty();
    }

    @Test
    void aRunsResultsComeInCouncilIdOrder() {
        String runId = startedRun();
        List<String> councils = new ArrayList<>(List.of(
                "isle-of-anglesey",
                "gwynedd",
                "conwy",
                "neath-port-talbot",
                "newport",
                "vale-of-glamorgan",
                "cardiff",
                "caerphilly",
                "blaenau-gwent",
                "merthyr-tydfil"));
        // Saved neither in id order nor in time order: each is checked earlier than the one saved before it.
        DomainResult template = unreachableTorfaen();
        for (int i = 0; i < councils.size(); i++) {
            DomainResult result = withCouncil(template, councils.get(i));
            store.saveDomainResult(
                    runId, withCheckedAt(result, result.checkedAt().minusSeconds(i)));
        }

        Collections.sort(councils);
        assertThat(store.domainResults(runId)).extracting(DomainResult::council).containsExactlyElementsOf(councils);
    }

    @Test
    void aResultForAnUnknownRunIsRejected() throws SQLException {
        String runId = newRunId();

        assertThatThrownBy(() -> store.saveDomainResult(runId, unreachableTorfaen()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("torfaen")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM domain_result WHERE run_id = ?", runId))
                .isZero();
    }

    // --- council results -------------------------------------------------------------------------------------

    @Test
    void aCouncilResultReadsBackAndSavingItAgainReplacesIt() throws SQLException {
        String runId = startedRun();
        String big = "{\"findings\":\"" + "é".repeat(300_000) + "\"}"; // beyond a VARCHAR's comfortable size
        CouncilResultRow first = new CouncilResultRow(runId, "powys", "FAILED", STARTED, "{\"id\":\"powys\"}", "{}");
        CouncilResultRow second =
                new CouncilResultRow(runId, "powys", "AUDITED", STARTED.plusSeconds(60), "{\"overall\":3}", big);

        store.saveCouncilResult(first);
        store.saveCouncilResult(second);
        store.saveCouncilResult(new CouncilResultRow(runId, "conwy", "BLOCKED", STARTED, "{}", "{}"));

        assertThat(store.councilResults(runId))
                .extracting(CouncilResultRow::councilId)
                .containsExactly("conwy", "powys");
        assertThat(store.councilResults(runId).get(1)).isEqualTo(second);
        assertThat(count("SELECT COUNT(*) FROM council_result WHERE run_id = ?", runId))
                .isEqualTo(2);
        assertThat(store.councilResults(startedRun())).isEmpty();
    }

    @Test
    void aCouncilResultForAnUnknownRunIsRejected() {
        String runId = newRunId();

        assertThatThrownBy(() ->
                        store.saveCouncilResult(new CouncilResultRow(runId, "powys", "AUDITED", STARTED, "{}", "{}")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("powys");
    }

    @Test
    void aCouncilsHistoryComesInTheOrderItsRunsStartedWithOnlyItsOwnResults() {
        String council = "history-" + UUID.randomUUID();
        String later = newRunId();
        String earlier = newRunId();
        String between = newRunId();
        // Started out of order: the history follows the runs' start, not the order of saving.
        store.startRun(runAt(later, STARTED.plusSeconds(7200)));
        store.startRun(runAt(earlier, STARTED));
        store.startRun(runAt(between, STARTED.plusSeconds(3600)));
        store.saveCouncilResult(new CouncilResultRow(later, council, "AUDITED", STARTED.plusSeconds(7300), "{}", "{}"));
        store.saveCouncilResult(new CouncilResultRow(earlier, council, "BLOCKED", STARTED.plusSeconds(60), "{}", "{}"));
        store.saveCouncilResult(new CouncilResultRow(between, "someone-else", "AUDITED", STARTED, "{}", "{}"));

        assertThat(store.councilHistory(council))
                .extracting(CouncilResultRow::runId, CouncilResultRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, "BLOCKED"),
                        org.assertj.core.groups.Tuple.tuple(later, "AUDITED"));
        assertThat(store.councilHistory("no-such-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void runsComeLatestStartedFirstWithEveryField() {
        String first = newRunId();
        String second = newRunId();
        Instant far = STARTED.plus(Duration.ofDays(3650)); // after any other test's runs in a shared database
        store.startRun(runAt(first, far));
        store.startRun(runAt(second, far.plusSeconds(1)));
        store.finishRun(first, RunStatus.COMPLETED, far.plusSeconds(30));

        List<RunRecord> runs = store.runs();

        assertThat(runs.subList(0, 2)).extracting(RunRecord::id).containsExactly(second, first);
        assertThat(runs.get(1)).isEqualTo(store.run(first).orElseThrow());
        assertThat(runs.get(1).finished()).contains(far.plusSeconds(30));
    }

    // --- several writers ------------------------------------------------------------------------------------------

    @Test
    void concurrentSavesOfOneCouncilsResultLeaveOneRow() throws Exception {
        String runId = startedRun();
        int threads = 8;
        List<String> councils = List.of("cardiff", "swansea", "powys", "wrexham", "conwy");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String council : councils) {
                DomainResult base = withCouncil(unreachableTorfaen(), council);
                List<DomainResult> variants = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    variants.add(withStatus(base, DomainStatus.values()[i % DomainStatus.values().length], "try " + i));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> saves = new ArrayList<>();
                for (DomainResult variant : variants) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        store.saveDomainResult(runId, variant);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> save : saves) {
                    save.get(60, TimeUnit.SECONDS); // rethrows any writer's exception
                }

                assertThat(rowsOf(runId, council)).as(council).isEqualTo(1);
                List<DomainResult> stored = store.domainResults(runId).stream()
                        .filter(r -> r.council().equals(council))
                        .toList();
                assertThat(stored).hasSize(1);
                assertThat(variants).contains(stored.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.domainResults(runId)).hasSize(councils.size());
    }

    @Test
    void concurrentStartsOfOneRunLeaveOneRun() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                String runId = newRunId();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> starts = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    starts.add(pool.submit(() -> {
                        start.await();
                        store.startRun(running(runId));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> s : starts) {
                    s.get(60, TimeUnit.SECONDS);
                }
                assertThat(store.run(runId)).contains(running(runId));
                assertThat(count("SELECT COUNT(*) FROM audit_run WHERE id = ?", runId))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private static String newRunId() {
        return "test-" + UUID.randomUUID();
    }

    private static RunRecord running(String runId) {
        return new RunRecord(runId, "domains", STARTED, Optional.empty(), RunStatus.RUNNING, "0.1.0-test");
    }

    private static RunRecord runAt(String runId, Instant started) {
        return new RunRecord(runId, "retest", started, Optional.empty(), RunStatus.RUNNING, "0.1.0-test");
    }

    private String startedRun() {
        String runId = newRunId();
        store.startRun(running(runId));
        return runId;
    }

    /** Gwynedd moved to llyw.cymru: two hops, a certificate with problems, HSTS, a Welsh homepage that timed out. */
    static DomainResult migratedGwynedd() {
        URI requested = URI.create("https://www.gwynedd.gov.uk/");
        URI english = URI.create("https://www.gwynedd.llyw.cymru/en/");
        URI welsh = URI.create("https://www.gwynedd.llyw.cymru/cy/");
        List<Hop> chain = List.of(
                new Hop(
                        requested,
                        301,
                        english.toString(),
                        1,
                        Duration.ofMillis(212).plusNanos(345)),
                new Hop(english, 200, "", 2, Duration.ofSeconds(1, 987_654_321)));
        TlsCertificate tls = new TlsCertificate(
                "www.gwynedd.llyw.cymru",
                false,
                List.of("the certificate expires in 6 days", "the chain is not trusted: no issuer found"),
                "CN=*.gwynedd.llyw.cymru",
                "CN=R11, O=Let's Encrypt, C=US",
                Instant.parse("2025-03-20T23:59:59Z"),
                6,
                "TLSv1.3");
        SiteCheck welshHome = new SiteCheck(
                welsh,
                List.of(new Hop(welsh, 0, "", 3, Duration.ofSeconds(30))),
                welsh,
                0,
                Optional.of(FailureKind.TIMEOUT),
                "no answer within 10 s");
        SiteCheck probeAnswered = new SiteCheck(
                URI.create("https://gwynedd.gov.wales/"),
                List.of(
                        new Hop(
                                URI.create("https://gwynedd.gov.wales/"),
                                302,
                                "https://www.gwynedd.llyw.cymru/en/",
                                1,
                                Duration.ofMillis(90)),
                        new Hop(english, 200, "", 1, Duration.ofMillis(120))),
                english,
                200,
                Optional.empty(),
                "");
        SiteCheck probeFailed = new SiteCheck(
                URI.create("https://gwynedd.llyw.cymru/"),
                List.of(new Hop(URI.create("https://gwynedd.llyw.cymru/"), 0, "", 1, Duration.ofMillis(4))),
                URI.create("https://gwynedd.llyw.cymru/"),
                0,
                Optional.of(FailureKind.DNS),
                "gwynedd.llyw.cymru: Name or service not known");
        return new DomainResult(
                "gwynedd",
                DomainStatus.MIGRATED,
                "The English homepage ends on www.gwynedd.llyw.cymru, a Welsh domain.",
                requested,
                english,
                200,
                chain,
                "",
                Optional.of(tls),
                Optional.of("max-age=31536000; includeSubDomains"),
                Optional.of(welshHome),
                List.of(probeAnswered, probeFailed),
                Instant.parse("2025-03-14T09:26:53.123456789Z"));
    }

    /** Torfaen's homepage did not answer: no certificate, no HSTS, no Welsh homepage, no probes. */
    static DomainResult unreachableTorfaen() {
        URI requested = URI.create("https://www.torfaen.gov.uk/");
        return new DomainResult(
                "torfaen",
                DomainStatus.UNREACHABLE,
                "The English homepage did not answer: connection refused.",
                requested,
                requested,
                0,
                List.of(new Hop(requested, 0, "", 3, Duration.ofMillis(1500))),
                "CONNECT: Connection refused",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Instant.parse("2025-03-14T09:27:02.000000001Z"));
    }

    private static DomainResult withStatus(DomainResult r, DomainStatus status, String reason) {
        return new DomainResult(
                r.council(),
                status,
                reason,
                r.requested(),
                r.finalUrl(),
                r.finalStatus(),
                r.chain(),
                r.failure(),
                r.tls(),
                r.hsts(),
                r.welsh(),
                r.probes(),
                r.checkedAt().plus(1, ChronoUnit.SECONDS));
    }

    private static DomainResult withCheckedAt(DomainResult r, Instant checkedAt) {
        return new DomainResult(
                r.council(),
                r.status(),
                r.reason(),
                r.requested(),
                r.finalUrl(),
                r.finalStatus(),
                r.chain(),
                r.failure(),
                r.tls(),
                r.hsts(),
                r.welsh(),
                r.probes(),
                checkedAt);
    }

    private static DomainResult withCouncil(DomainResult r, String council) {
        return new DomainResult(
                council,
                r.status(),
                r.reason(),
                r.requested(),
                r.finalUrl(),
                r.finalStatus(),
                r.chain(),
                r.failure(),
                r.tls(),
                r.hsts(),
                r.welsh(),
                r.probes(),
                r.checkedAt());
    }

    // --- plain JDBC, to look behind the store ---------------------------------------------------------------------

    private Connection jdbc() throws SQLException {
        StoreConfig config = storeConfig();
        Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        if (config.schema().isPresent()) {
            c.setSchema(config.schema().get());
        }
        return c;
    }

    private long rowsOf(String runId, String council) throws SQLException {
        return count("SELECT COUNT(*) FROM domain_result WHERE run_id = ? AND council_id = ?", runId, council);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection c = jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The versions Flyway has applied successfully, in order. */
    private List<String> appliedMigrations() {
        List<String> versions = new ArrayList<>();
        try (Connection c = jdbc();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean(2))
                        .as("migration %s succeeded", rs.getString(1))
                        .isTrue();
                versions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read Flyway's history: " + e.getMessage(), e);
        }
        return versions;
    }
}
