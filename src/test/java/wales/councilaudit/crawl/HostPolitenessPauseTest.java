package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.Hop;

/** 429 and 503 pauses (Retry-After, back-off) and 403 blocking, on fake time. */
class HostPolitenessPauseTest {

    private static final String HOST = "www.cardiff.gov.uk";
    private static final Duration DELAY = Duration.ofMillis(500);

    private final PolitenessFakeTime time = new PolitenessFakeTime();
    private final HostPoliteness politeness = new HostPoliteness(
            PolitenessSettings.defaults().withDelay(DELAY).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10)),
            time,
            time);

    private void answer(int status, Optional<Duration> retryAfter) throws InterruptedException {
        try (Permit p = politeness.acquire(HOST).orElseThrow()) {
            p.report(status, retryAfter);
        }
    }

    /** The wait before the next request, which is then answered 200. */
    private Duration nextWait() throws InterruptedException {
        int before = time.waits().size();
        answer(200, Optional.empty());
        List<Duration> waits = time.waits();
        return waits.subList(before, waits.size()).stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void honoursRetryAfterOn429And503() throws Exception {
        answer(429, Optional.of(Duration.ofSeconds(7)));
        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(7));

        answer(503, Optional.of(Duration.ofSeconds(3)));
        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void capsRetryAfter() throws Exception {
        answer(503, Optional.of(Duration.ofHours(1)));

        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aRetryAfterShorterThanTheDelayStillWaitsTheDelay() throws Exception {
        answer(429, Optional.of(Duration.ZERO));

        assertThat(nextWait()).isEqualTo(DELAY);
    }

    @Test
    void retryAfterOnAnyOtherStatusIsIgnored() throws Exception {
        answer(200, Optional.of(Duration.ofSeconds(30)));

        assertThat(nextWait()).isEqualTo(DELAY);
    }

    @Test
    void backsOffExponentiallyThenStartsAgainAfterASuccess() throws Exception {
        for (int i = 0; i < 3; i++) {
            answer(429, Optional.empty());
        }
        answer(200, Optional.empty());
        answer(503, Optional.empty());
        answer(200, Optional.empty());

        // before each but the first: 1 s, 2 s, 4 s (doubling), the delay (after the 200), 1 s (starting again)
        assertThat(time.waits())
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        DELAY,
                        Duration.ofSeconds(1));
    }

    @Test
    void capsTheBackoff() throws Exception {
        for (int i = 0; i < 6; i++) {
            answer(429, Optional.empty());
        }

        assertThat(time.waits())
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(10));
    }

    @Test
    void aFetchWithoutAnAnswerNeitherBacksOffNorStartsTheBackoffAgain() throws Exception {
        answer(429, Optional.empty());
        politeness.acquire(HOST).orElseThrow().close(); // no report: a network failure, say
        answer(429, Optional.empty());

        // 1 s after the first 429, the delay after the silent fetch, then 2 s: the back-off went on
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), DELAY);
        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readsStatusAndRetryAfterFromAFetchResult() throws Exception {
        URI url = URI.create("https://" + HOST + "/busy");
        FetchResult busy = new FetchResult.Answered(
                List.of(new Hop(url, 429, "", 1, Duration.ZERO)), url, 429, Map.of("retry-after", "4"));
        FetchResult failed = new FetchResult.Failed(
                List.of(new Hop(url, 0, "", 1, Duration.ZERO)), url, FailureKind.CONNECT, "reset");
        try (Permit p = politeness.acquire(HOST).orElseThrow()) {
            p.report(busy);
        }
        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(4));

        try (Permit p = politeness.acquire(HOST).orElseThrow()) {
            p.report(busy);
            p.report(failed); // the last report counts
        }
        assertThat(nextWait()).isEqualTo(DELAY);
    }

    @Test
    void readsAnHttpDateRetryAfterAgainstTheClock() throws Exception {
        URI url = URI.create("https://" + HOST + "/busy");
        FetchResult busy = new FetchResult.Answered(
                List.of(new Hop(url, 503, "", 1, Duration.ZERO)),
                url,
                503,
                Map.of("retry-after", "Mon, 02 Nov 2026 09:00:05 GMT"));
        assertThat(time.instant()).isEqualTo(PolitenessFakeTime.START);

        try (Permit p = politeness.acquire(HOST).orElseThrow()) {
            p.report(busy);
        }

        assertThat(nextWait()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aForbiddenFirstAnswerBlocksTheHostAndOnlyIt() throws Exception {
        answer(403, Optional.empty());

        assertThat(politeness.isBlocked(HOST)).isTrue();
        assertThat(politeness.acquire(HOST)).isEmpty();
        assertThat(politeness.isBlocked("www.powys.gov.uk")).isFalse();
        assertThat(politeness.acquire("www.powys.gov.uk")).isPresent();
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void afterPagesTheHostIsBlockedOnlyBySeveral403sInARow() throws Exception {
        answer(200, Optional.empty());
        answer(403, Optional.empty());
        answer(403, Optional.empty());
        answer(404, Optional.empty()); // the run of 403s is broken
        answer(403, Optional.empty());
        answer(403, Optional.empty());
        assertThat(politeness.isBlocked(HOST)).isFalse();

        answer(403, Optional.empty());

        assertThat(politeness.isBlocked(HOST)).isTrue();
    }

    @Test
    void withOneForbiddenToBlockAny403BlocksTheHost() throws Exception {
        HostPoliteness strict = new HostPoliteness(PolitenessSettings.defaults().withForbiddenToBlock(1), time, time);
        try (Permit p = strict.acquire(HOST).orElseThrow()) {
            p.report(200, Optional.empty());
        }
        try (Permit p = strict.acquire(HOST).orElseThrow()) {
            p.report(403, Optional.empty());
        }

        assertThat(strict.isBlocked(HOST)).isTrue();
    }

    @Test
    void theCrawlCanBlockAHostItself() throws Exception {
        answer(200, Optional.empty());

        politeness.block(HOST);

        assertThat(politeness.acquire(HOST)).isEmpty();
    }

    @Test
    void workersWaitingForABlockedHostAreTurnedAway() throws Exception {
        Permit held = politeness.acquire(HOST).orElseThrow();
        AtomicReference<Optional<Permit>> got = new AtomicReference<>();
        Thread waiting = new Thread(() -> {
            try {
                got.set(politeness.acquire(HOST));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();
        HostPolitenessTest.awaitParked(waiting);

        held.report(403, Optional.empty());
        held.close();
        waiting.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(got.get()).isEmpty();
    }
}
