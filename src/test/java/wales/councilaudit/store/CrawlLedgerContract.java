package wales.councilaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.Discovery;
import wales.councilaudit.crawl.PageFormat;
import wales.councilaudit.crawl.PageRecord;
import wales.councilaudit.crawl.PageTwin;
import wales.councilaudit.crawl.QueuedUrl;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.crawl.SampleReason;
import wales.councilaudit.crawl.StoredPage;
import wales.councilaudit.crawl.UrlKey;
import wales.councilaudit.crawl.UrlSource;
import wales.councilaudit.crawl.UrlState;
import wales.councilaudit.net.FailureKind;

/**
 * What every store's {@link CrawlLedger} must do, whatever the database. A subclass names the database; the tests
 * of one class may share it, so each test works in runs of its own.
 */
abstract class CrawlLedgerContract {

    private static final String SITE = "https://www.cardiff.gov.uk";

    /** A time as the database keeps it: to the microsecond. */
    private static final Instant FETCHED = Instant.parse("2026-11-22T10:15:30.123456Z");

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

    // --- an empty ledger ------------------------------------------------------------------------------------------

    @Test
    void aNewLedgerIsEmpty() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");

        assertThat(ledger.status()).isEmpty();
        assertThat(ledger.lastSeq()).isEqualTo(-1);
        assertThat(ledger.next(-1, 10)).isEmpty();
        assertThat(ledger.stateCounts()).isEmpty();
        assertThat(ledger.summaryJson()).isEmpty();
        assertThat(all(ledger)).isEmpty();
        assertThat(ledger.cutQueued("MAX_PAGES: 1 fetched")).isZero();
    }

    @Test
    void anEmptyCommitWritesNothing() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");

        ledger.commit(List.of(), List.of(), List.of());

        assertThat(ledger.lastSeq()).isEqualTo(-1);
    }

    // --- discoveries ----------------------------------------------------------------------------------------------

    @Test
    void urlsMetJoinTheFrontierWhichIsTakenInSeqOrderAfterTheCursor() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");

        ledger.commit(
                List.of(
                        queued("/five", 5, 2),
                        queued("/one", 1, 1),
                        cut("/two", 2, "DEPTH: more than 8"),
                        queued("/three", 3, 1)),
                List.of(),
                List.of());

        assertThat(ledger.next(-1, 10)).extracting(QueuedUrl::seq).containsExactly(1L, 3L, 5L);
        assertThat(ledger.next(1, 10)).extracting(QueuedUrl::seq).containsExactly(3L, 5L);
        assertThat(ledger.next(-1, 2)).extracting(QueuedUrl::seq).containsExactly(1L, 3L);
        assertThat(ledger.next(5, 10)).isEmpty();
        assertThat(ledger.next(-1, 10).get(2)).isEqualTo(new QueuedUrl(url("/five"), key("/five"), 2, 5, 0));
        assertThat(ledger.lastSeq()).isEqualTo(5);
        assertThat(ledger.stateCounts()).isEqualTo(Map.of(UrlState.QUEUED, 3L, UrlState.CUT, 1L));
    }

    @Test
    void meetingAKnownUrlAgainAddsItsInLinksAndReferrersAndKeepsWhereItStands() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        URI first = url("/from-1");
        URI second = url("/from-2");
        URI third = url("/from-3");
        ledger.commit(
                List.of(new Discovery(
                        url("/bins"),
                        key("/bins"),
                        7,
                        1,
                        UrlSource.LINK,
                        UrlState.QUEUED,
                        "",
                        2,
                        List.of(first, second))),
                List.of(),
                List.of());

        ledger.commit(
                List.of(new Discovery(
                        url("/bins"),
                        key("/bins"),
                        40,
                        9,
                        UrlSource.SITEMAP,
                        UrlState.CUT,
                        "DEPTH: more than 8",
                        3,
                        List.of(third))),
                List.of(),
                List.of());
        ledger.commit(List.of(queued("/bins", 41, 3)), List.of(), List.of());

        StoredPage bins = only(ledger);
        assertThat(bins.seq()).isEqualTo(7);
        assertThat(bins.depth()).isEqualTo(1);
        assertThat(bins.source()).isEqualTo(UrlSource.LINK);
        assertThat(bins.record().state()).isEqualTo(UrlState.QUEUED);
        assertThat(bins.record().reason()).isEmpty();
        assertThat(bins.inLinks()).isEqualTo(6);
        assertThat(bins.referrers()).containsExactly(first, second, third, url("/referrer"));
        assertThat(ledger.next(-1, 10)).extracting(QueuedUrl::seq).containsExactly(7L);
    }

    @Test
    void aDoneUrlMetAgainStaysDoneWithItsRecord() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(List.of(queued("/bins", 1, 1)), List.of(), List.of());
        PageRecord page = htmlPage("/bins", Optional.empty());
        ledger.commit(List.of(), List.of(page), List.of());

        ledger.commit(List.of(queued("/bins", 2, 2)), List.of(), List.of());

        StoredPage bins = only(ledger);
        assertThat(bins.record()).isEqualTo(page);
        assertThat(bins.inLinks()).isEqualTo(2);
        assertThat(ledger.next(-1, 10)).isEmpty();
    }

    @Test
    void referrersAreCappedAndTheFirstOnesKept() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        List<URI> referrers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            URI referrer = url("/r" + i + "/" + "x".repeat(900));
            referrers.add(referrer);
            ledger.commit(
                    List.of(new Discovery(
                            url("/popular"),
                            key("/popular"),
                            i + 1,
                            1,
                            UrlSource.LINK,
                            UrlState.QUEUED,
                            "",
                            1,
                            List.of(referrer))),
                    List.of(),
                    List.of());
        }
        List<URI> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(url("/m" + i + "/" + "y".repeat(900)));
        }
        ledger.commit(
                List.of(new Discovery(
                        url("/other"), key("/other"), 20, 1, UrlSource.LINK, UrlState.QUEUED, "", 10, many)),
                List.of(),
                List.of());

        Map<URI, StoredPage> rows = byUrl(ledger);
        StoredPage popular = rows.get(url("/popular"));
        assertThat(popular.inLinks()).isEqualTo(10);
        assertThat(popular.referrers())
                .isEqualTo(referrers.subList(0, popular.referrers().size()));
        assertThat(popular.referrers()).hasSizeBetween(3, 4);
        assertThat(String.join(
                        " ", popular.referrers().stream().map(URI::toString).toList()))
                .hasSizeLessThanOrEqualTo(4000);
        StoredPage other = rows.get(url("/other"));
        assertThat(other.inLinks()).isEqualTo(10);
        assertThat(other.referrers())
                .hasSizeBetween(3, 4)
                .isEqualTo(many.subList(0, other.referrers().size()));
    }

    // --- one commit, one transaction ------------------------------------------------------------------------------

    @Test
    void aFailingCommitLeavesNothingOfItsBatch() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(List.of(queued("/a", 1, 1), queued("/b", 2, 1)), List.of(), List.of());
        PageRecord tooLong = withFinalUrl(htmlPage("/a", Optional.empty()), url("/" + "z".repeat(5000)));

        assertThatThrownBy(() -> ledger.commit(
                        List.of(queued("/new", 3, 2), queued("/b", 4, 2)),
                        List.of(htmlPage("/b", Optional.empty()), tooLong),
                        List.of(new QueuedUrl(url("/a"), key("/a"), 1, 5, 1))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cardiff")
                .hasCauseInstanceOf(SQLException.class);

        Map<URI, StoredPage> rows = byUrl(ledger);
        assertThat(rows).containsOnlyKeys(url("/a"), url("/b"));
        assertThat(rows.values()).allSatisfy(row -> {
            assertThat(row.record().state()).isEqualTo(UrlState.QUEUED);
            assertThat(row.inLinks()).isEqualTo(1);
            assertThat(row.attempts()).isZero();
        });
        assertThat(ledger.lastSeq()).isEqualTo(2);
        assertThat(ledger.next(-1, 10)).extracting(QueuedUrl::seq).containsExactly(1L, 2L);
    }

    // --- pages ----------------------------------------------------------------------------------------------------

    @Test
    void aFetchedPageReadsBackWithEveryField() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(List.of(queued("/council-tax", 1, 1)), List.of(), List.of());
        PageRecord page = htmlPage(
                "/council-tax",
                Optional.of(new PageTwin(
                        PageTwin.WELSH, url("/cy/treth-gyngor"), PageTwin.Method.PATH_CONVENTION, "", "")));

        ledger.commit(List.of(), List.of(page), List.of());

        StoredPage read = only(ledger);
        assertThat(read.record()).isEqualTo(page);
        assertThat(read.twinCheck()).isEmpty(); // the twin is not in the ledger
        assertThat(ledger.stateCounts()).isEqualTo(Map.of(UrlState.DONE, 1L));
    }

    @Test
    void aFailedFetchAndAUrlNotFetchedReadBackAsRecorded() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(
                List.of(queued("/slow", 1, 1), queued("/private", 2, 1), queued("/blocked", 3, 1)),
                List.of(),
                List.of());
        PageRecord slow = new PageRecord(
                url("/slow"),
                key("/slow"),
                UrlState.DONE,
                "",
                Optional.of(url("/slow")),
                0,
                "",
                Optional.empty(),
                0,
                false,
                Duration.ofMillis(20_000),
                "",
                "",
                Optional.empty(),
                0,
                0,
                Optional.empty(),
                Optional.of(FailureKind.TIMEOUT),
                "SocketTimeoutException: Read timed out",
                FETCHED);
        PageRecord disallowed = PageRecord.notFetched(
                new QueuedUrl(url("/private"), key("/private"), 1, 2, 0),
                UrlState.DISALLOWED,
                "robots.txt disallows it",
                FETCHED);
        PageRecord blocked = PageRecord.notFetched(
                new QueuedUrl(url("/blocked"), key("/blocked"), 1, 3, 0),
                UrlState.NOT_FETCHED,
                "host blocked: robots.txt refused our agent",
                FETCHED);

        ledger.commit(List.of(), List.of(slow, disallowed, blocked), List.of());

        assertThat(all(ledger)).extracting(StoredPage::record).containsExactly(slow, disallowed, blocked);
        assertThat(ledger.stateCounts())
                .isEqualTo(Map.of(UrlState.DONE, 1L, UrlState.DISALLOWED, 1L, UrlState.NOT_FETCHED, 1L));
    }

    @Test
    void longTextsAreCappedToTheirColumns() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(List.of(queued("/long", 1, 1)), List.of(), List.of());
        PageRecord page = htmlPage("/long", Optional.empty());
        PageRecord longer = new PageRecord(
                page.url(),
                page.key(),
                page.state(),
                "r".repeat(300),
                page.finalUrl(),
                page.status(),
                "text/" + "h".repeat(300),
                page.format(),
                page.bytes(),
                page.truncated(),
                page.responseTime(),
                "Tŷ " + "t".repeat(2000),
                "cy-" + "l".repeat(100),
                page.canonical(),
                page.outlinks(),
                page.outlinksExternal(),
                page.twin(),
                Optional.of(FailureKind.PROTOCOL),
                "d".repeat(2000),
                page.fetchedAt());

        ledger.commit(List.of(), List.of(longer), List.of());

        PageRecord read = only(ledger).record();
        assertThat(read.reason()).hasSize(200).endsWith("…");
        assertThat(read.contentType()).hasSize(200);
        assertThat(read.title()).hasSize(1000).startsWith("Tŷ t");
        assertThat(read.lang()).hasSize(64);
        assertThat(read.failureDetail()).hasSize(1000);
    }

    // --- re-queueing ----------------------------------------------------------------------------------------------

    @Test
    void aRequeuedUrlGoesToTheBackWithItsAttempts() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(List.of(queued("/a", 1, 1), queued("/b", 2, 1), queued("/c", 3, 1)), List.of(), List.of());

        ledger.commit(List.of(queued("/d", 4, 2)), List.of(), List.of(new QueuedUrl(url("/a"), key("/a"), 1, 5, 1)));

        assertThat(ledger.next(-1, 10))
                .containsExactly(
                        new QueuedUrl(url("/b"), key("/b"), 1, 2, 0),
                        new QueuedUrl(url("/c"), key("/c"), 1, 3, 0),
                        new QueuedUrl(url("/d"), key("/d"), 2, 4, 0),
                        new QueuedUrl(url("/a"), key("/a"), 1, 5, 1));
        // the coordinator's cursor has passed /a's first place: its new one is still ahead of it
        assertThat(ledger.next(3, 10)).extracting(QueuedUrl::url).containsExactly(url("/d"), url("/a"));
        assertThat(ledger.lastSeq()).isEqualTo(5);

        ledger.commit(List.of(), List.of(htmlPage("/a", Optional.empty())), List.of());

        StoredPage a = byUrl(ledger).get(url("/a"));
        assertThat(a.attempts()).isEqualTo(1);
        assertThat(a.seq()).isEqualTo(5);
        assertThat(a.record().state()).isEqualTo(UrlState.DONE);
    }

    // --- walking the ledger ---------------------------------------------------------------------------------------

    @Test
    void forEachWalksMoreThanAThousandRowsInSeqOrderWithEachTwinsAnswer() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        int rows = 2_500;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20261122));
        List<Discovery> discovered = new ArrayList<>();
        for (int i : order) {
            discovered.add(queued("/page/" + i, 2L * i + 10, 1));
        }
        // the twins and the pages that name them, far apart in the walk
        discovered.add(queued("/cy/verified", 1, 1));
        discovered.add(queued("/cy/missing", 2, 1));
        discovered.add(queued("/cy/waiting", 3, 1));
        ledger.commit(discovered.subList(0, 1_200), List.of(), List.of());
        ledger.commit(discovered.subList(1_200, discovered.size()), List.of(), List.of());
        ledger.commit(
                List.of(),
                List.of(
                        welshPage("/cy/verified", 200, Optional.of("/page/2000")),
                        welshPage("/cy/missing", 404),
                        htmlPage("/page/2000", Optional.of(twin("/cy/verified"))),
                        htmlPage("/page/2001", Optional.of(twin("/cy/missing"))),
                        htmlPage("/page/2002", Optional.of(twin("/cy/waiting"))),
                        htmlPage("/page/2003", Optional.of(twin("/cy/not-in-the-ledger")))),
                List.of());

        List<StoredPage> walked = all(ledger);

        assertThat(walked).hasSize(rows + 3);
        List<Long> seqs = walked.stream().map(StoredPage::seq).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        assertThat(seqs.get(0)).isEqualTo(1);
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(2L * (rows - 1) + 10);
        Map<URI, StoredPage> byUrl = byUrl(ledger);
        assertThat(byUrl.get(url("/page/2000")).twinCheck()).contains(new StoredPage.TwinCheck(200, "cy", true));
        assertThat(byUrl.get(url("/page/2001")).twinCheck()).contains(new StoredPage.TwinCheck(404, "cy", false));
        assertThat(byUrl.get(url("/page/2002")).twinCheck()).isEmpty();
        assertThat(byUrl.get(url("/page/2003")).twinCheck()).isEmpty();
        assertThat(byUrl.get(url("/page/2000")).record().twin().orElseThrow().url())
                .isEqualTo(url("/cy/verified"));
    }

    // --- cutting the frontier -------------------------------------------------------------------------------------

    @Test
    void cutQueuedCutsOnlyWhatIsStillQueued() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        ledger.commit(
                List.of(
                        queued("/a", 1, 1),
                        queued("/b", 2, 1),
                        cut("/deep", 3, "DEPTH: more than 8"),
                        queued("/done", 4, 1)),
                List.of(),
                List.of());
        ledger.commit(List.of(), List.of(htmlPage("/done", Optional.empty())), List.of());

        long cut = ledger.cutQueued("MAX_PAGES: 2 fetched");

        assertThat(cut).isEqualTo(2);
        Map<URI, StoredPage> rows = byUrl(ledger);
        assertThat(rows.get(url("/a")).record().state()).isEqualTo(UrlState.CUT);
        assertThat(rows.get(url("/a")).record().reason()).isEqualTo("MAX_PAGES: 2 fetched");
        assertThat(rows.get(url("/b")).record().reason()).isEqualTo("MAX_PAGES: 2 fetched");
        assertThat(rows.get(url("/deep")).record().reason()).isEqualTo("DEPTH: more than 8");
        assertThat(rows.get(url("/done")).record().state()).isEqualTo(UrlState.DONE);
        assertThat(ledger.next(-1, 10)).isEmpty();
        assertThat(ledger.stateCounts()).isEqualTo(Map.of(UrlState.CUT, 3L, UrlState.DONE, 1L));
        assertThat(ledger.cutQueued("TIME: again")).isZero();
    }

    // --- the crawl's own row --------------------------------------------------------------------------------------

    @Test
    void beginMarksTheCrawlRunningAndKeepsTheFirstStartTimeOnResume() {
        CrawlLedger ledger = ledger(startedRun(), "cardiff");
        Instant first = Instant.parse("2026-11-22T10:15:30.123456789Z");

        assertThat(ledger.begin(first)).isEqualTo(Instant.parse("2026-11-22T10:15:30.123456Z"));
        assertThat(ledger.status()).contains(CrawlStatus.RUNNING);
        ledger.finish(CrawlStatus.COMPLETE, first.plusSeconds(60), "{\"council\":\"cardiff\"}", List.of());

        Instant resumed = ledger.begin(first.plusSeconds(3600));

        assertThat(resumed).isEqualTo(Instant.parse("2026-11-22T10:15:30.123456Z"));
        assertThat(ledger.status()).contains(CrawlStatus.RUNNING);
        assertThat(ledger.summaryJson()).isEmpty();
    }

    @Test
    void finishWritesTheStatusTheSummaryAndTheSample() throws SQLException {
        String runId = startedRun();
        CrawlLedger ledger = ledger(runId, "cardiff");
        ledger.begin(FETCHED);
        List<SamplePage> sample = List.of(
                new SamplePage(url("/"), 1, List.of(new SampleReason(SampleReason.Kind.HOME, "", "the home page"))),
                new SamplePage(
                        url("/bins"),
                        2,
                        List.of(
                                new SampleReason(SampleReason.Kind.TASK, "missed-bin", "title 'Missed bins'"),
                                new SampleReason(SampleReason.Kind.TASK, "recycling", "link 'Ailgylchu'"))));
        String json = "{\"council\":\"cardiff\",\"status\":\"COMPLETE\",\"title\":\"Tŷ\"}";

        ledger.finish(CrawlStatus.COMPLETE, FETCHED.plusSeconds(90), json, sample);

        assertThat(ledger.status()).contains(CrawlStatus.COMPLETE);
        assertThat(ledger.summaryJson()).contains(json);
        assertThat(sampleRows(runId, "cardiff"))
                .containsExactly(
                        "1 " + url("/") + " " + sample.get(0).reasons().get(0).text(),
                        "2 " + url("/bins") + " "
                                + sample.get(1).reasons().get(0).text() + "; "
                                + sample.get(1).reasons().get(1).text());
        assertThat(finishedAt(runId, "cardiff")).isEqualTo(FETCHED.plusSeconds(90));

        ledger.finish(CrawlStatus.BLOCKED, FETCHED.plusSeconds(95), "{}", sample.subList(1, 2));

        assertThat(ledger.status()).contains(CrawlStatus.BLOCKED);
        assertThat(ledger.summaryJson()).contains("{}");
        assertThat(sampleRows(runId, "cardiff")).singleElement().asString().startsWith("1 " + url("/bins"));
    }

    @Test
    void aCrawlOfARunNeverStartedCannotBegin() {
        CrawlLedger ledger = ledger("test-never-started-" + UUID.randomUUID(), "cardiff");

        assertThatThrownBy(() -> ledger.begin(FETCHED))
                .isInstanceOf(StoreException.class)
                .hasCauseInstanceOf(SQLException.class);
    }

    // --- isolation ------------------------------------------------------------------------------------------------

    @Test
    void twoCouncilsAndTwoRunsNeverSeeEachOthersRows() throws SQLException {
        String runA = startedRun();
        String runB = startedRun();
        CrawlLedger cardiffA = ledger(runA, "cardiff");
        CrawlLedger swanseaA = ledger(runA, "swansea");
        CrawlLedger cardiffB = ledger(runB, "cardiff");
        cardiffA.begin(FETCHED);
        swanseaA.begin(FETCHED.plusSeconds(1));
        cardiffB.begin(FETCHED.plusSeconds(2));
        // the same URL in all three, each with its own place and fate
        cardiffA.commit(List.of(queued("/shared", 1, 1), queued("/a-only", 2, 1)), List.of(), List.of());
        swanseaA.commit(List.of(queued("/shared", 10, 2)), List.of(), List.of());
        cardiffB.commit(List.of(queued("/shared", 20, 3), queued("/b-only", 21, 1)), List.of(), List.of());

        swanseaA.commit(List.of(queued("/shared", 11, 2)), List.of(htmlPage("/shared", Optional.empty())), List.of());
        cardiffB.commit(List.of(), List.of(), List.of(new QueuedUrl(url("/shared"), key("/shared"), 3, 22, 1)));
        long cut = cardiffA.cutQueued("MAX_PAGES: 1 fetched");
        swanseaA.finish(
                CrawlStatus.COMPLETE,
                FETCHED.plusSeconds(60),
                "{\"council\":\"swansea\"}",
                List.of(new SamplePage(url("/"), 1, List.of(new SampleReason(SampleReason.Kind.HOME, "", "home")))));

        assertThat(cut).isEqualTo(2);
        assertThat(all(cardiffA))
                .extracting(p -> p.record().url(), p -> p.record().state(), StoredPage::inLinks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(url("/shared"), UrlState.CUT, 1),
                        org.assertj.core.groups.Tuple.tuple(url("/a-only"), UrlState.CUT, 1));
        assertThat(all(swanseaA))
                .extracting(p -> p.record().url(), p -> p.record().state(), StoredPage::inLinks, StoredPage::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(url("/shared"), UrlState.DONE, 2, 2));
        assertThat(cardiffB.next(-1, 10))
                .containsExactly(
                        new QueuedUrl(url("/b-only"), key("/b-only"), 1, 21, 0),
                        new QueuedUrl(url("/shared"), key("/shared"), 3, 22, 1));
        assertThat(cardiffA.lastSeq()).isEqualTo(2);
        assertThat(swanseaA.lastSeq()).isEqualTo(10);
        assertThat(cardiffB.lastSeq()).isEqualTo(22);
        assertThat(cardiffA.stateCounts()).isEqualTo(Map.of(UrlState.CUT, 2L));
        assertThat(swanseaA.stateCounts()).isEqualTo(Map.of(UrlState.DONE, 1L));
        assertThat(cardiffB.stateCounts()).isEqualTo(Map.of(UrlState.QUEUED, 2L));
        assertThat(cardiffA.status()).contains(CrawlStatus.RUNNING);
        assertThat(swanseaA.status()).contains(CrawlStatus.COMPLETE);
        assertThat(cardiffB.status()).contains(CrawlStatus.RUNNING);
        assertThat(cardiffA.summaryJson()).isEmpty();
        assertThat(cardiffB.summaryJson()).isEmpty();
        assertThat(sampleRows(runA, "cardiff")).isEmpty();
        assertThat(sampleRows(runA, "swansea")).hasSize(1);
        assertThat(ledger(runB, "swansea").status()).isEmpty();
        assertThat(ledger(runB, "swansea").lastSeq()).isEqualTo(-1);
        assertThat(cardiffB.begin(FETCHED.plusSeconds(500))).isEqualTo(FETCHED.plusSeconds(2));
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private CrawlLedger ledger(String runId, String council) {
        return store.crawlLedger(runId, council);
    }

    private String startedRun() {
        String runId = "test-" + UUID.randomUUID();
        store.startRun(new RunRecord(runId, "crawl", FETCHED, Optional.empty(), RunStatus.RUNNING, "0.1.0-test"));
        return runId;
    }

    private static URI url(String path) {
        return URI.create(SITE + path);
    }

    private static UrlKey key(String path) {
        return UrlKey.of(url(path));
    }

    /** Met on {@code /referrer}, queued. */
    private static Discovery queued(String path, long seq, int depth) {
        return new Discovery(
                url(path), key(path), seq, depth, UrlSource.LINK, UrlState.QUEUED, "", 1, List.of(url("/referrer")));
    }

    private static Discovery cut(String path, long seq, String reason) {
        return new Discovery(url(path), key(path), seq, 9, UrlSource.LINK, UrlState.CUT, reason, 1, List.of());
    }

    private static PageTwin twin(String path) {
        return new PageTwin(PageTwin.WELSH, url(path), PageTwin.Method.HREFLANG, "", "");
    }

    /** An English page that answered 200, every field set, as the ledger keeps them (times truncated). */
    private static PageRecord htmlPage(String path, Optional<PageTwin> twin) {
        return new PageRecord(
                url(path),
                key(path),
                UrlState.DONE,
                "",
                Optional.of(url(path + "?final")),
                200,
                "text/html",
                Optional.of(PageFormat.HTML),
                12_345,
                false,
                Duration.ofMillis(321),
                "Council Tax – Cardiff",
                "en-GB",
                Optional.of(url(path + "?canonical")),
                42,
                7,
                twin,
                Optional.empty(),
                "",
                FETCHED);
    }

    private static PageRecord welshPage(String path, int status) {
        return welshPage(path, status, Optional.empty());
    }

    /** A Welsh page whose own twin candidate is {@code englishTwin}. */
    private static PageRecord welshPage(String path, int status, Optional<String> englishTwin) {
        return new PageRecord(
                url(path),
                key(path),
                UrlState.DONE,
                "",
                Optional.of(url(path)),
                status,
                "text/html",
                Optional.of(PageFormat.HTML),
                100,
                false,
                Duration.ofMillis(10),
                "Tudalen",
                "cy",
                Optional.empty(),
                0,
                0,
                englishTwin.map(p -> new PageTwin(PageTwin.ENGLISH, url(p), PageTwin.Method.HREFLANG, "", "")),
                Optional.empty(),
                "",
                FETCHED);
    }

    private static PageRecord withFinalUrl(PageRecord p, URI finalUrl) {
        return new PageRecord(
                p.url(),
                p.key(),
                p.state(),
                p.reason(),
                Optional.of(finalUrl),
                p.status(),
                p.contentType(),
                p.format(),
                p.bytes(),
                p.truncated(),
                p.responseTime(),
                p.title(),
                p.lang(),
                p.canonical(),
                p.outlinks(),
                p.outlinksExternal(),
                p.twin(),
                p.failure(),
                p.failureDetail(),
                p.fetchedAt());
    }

    private static List<StoredPage> all(CrawlLedger ledger) {
        List<StoredPage> rows = new ArrayList<>();
        ledger.forEach(rows::add);
        return rows;
    }

    private static Map<URI, StoredPage> byUrl(CrawlLedger ledger) {
        Map<URI, StoredPage> rows = new java.util.LinkedHashMap<>();
        ledger.forEach(row -> rows.put(row.record().url(), row));
        return rows;
    }

    private static StoredPage only(CrawlLedger ledger) {
        List<StoredPage> rows = all(ledger);
        assertThat(rows).hasSize(1);
        return rows.get(0);
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

    /** The sample's rows as {@code "ordinal url reasons"}, in order. */
    private List<String> sampleRows(String runId, String council) throws SQLException {
        String sql = "SELECT ordinal, url, reasons FROM crawl_sample WHERE run_id = ? AND council_id = ?"
                + " ORDER BY ordinal";
        List<String> rows = new ArrayList<>();
        try (Connection c = jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, council);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    private Instant finishedAt(String runId, String council) throws SQLException {
        String sql = "SELECT finished_at FROM crawl_council WHERE run_id = ? AND council_id = ?";
        try (Connection c = jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, council);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }
}
