package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The delay, the crawl delay and the slots, on fake time. Pauses and blocking: {@link HostPolitenessPauseTest}. */
class HostPolitenessTest {

    private static final Duration DELAY = Duration.ofSeconds(1);
    private static final Duration REQUEST = Duration.ofMillis(300);

    private final PolitenessFakeTime time = new PolitenessFakeTime();
    private final HostPoliteness politeness =
            new HostPoliteness(PolitenessSettings.defaults().withDelay(DELAY), time, time);

    /** One fetch that takes {@link #REQUEST}; returns its start and end. */
    private Instant[] fetch(HostPoliteness gate, String host, int status) throws InterruptedException {
        try (Permit permit = gate.acquire(host).orElseThrow()) {
            Instant start = time.instant();
            time.advance(REQUEST);
            permit.report(status, Optional.empty());
            return new Instant[] {start, time.instant()};
        }
    }

    @Test
    void theFirstRequestToAHostDoesNotWait() throws Exception {
        fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(time.waits()).isEmpty();
    }

    @Test
    void holdsTheDelayFromTheEndOfOneRequestToTheStartOfTheNext() throws Exception {
        Instant[] first = fetch(politeness, "www.cardiff.gov.uk", 200);
        Instant[] second = fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(time.waits()).containsExactly(DELAY);
        assertThat(Duration.between(first[1], second[0])).isEqualTo(DELAY);
    }

    @Test
    void doesNotWaitAgainWhenTheDelayHasAlreadyPassed() throws Exception {
        fetch(politeness, "www.cardiff.gov.uk", 200);
        time.advance(Duration.ofSeconds(5));

        fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(time.waits()).isEmpty();
    }

    @Test
    void theCrawlDelayWinsWhenItIsLonger() throws Exception {
        politeness.crawlDelay("www.cardiff.gov.uk", Duration.ofSeconds(5));

        Instant[] first = fetch(politeness, "www.cardiff.gov.uk", 200);
        Instant[] second = fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(Duration.between(first[1], second[0])).isEqualTo(Duration.ofSeconds(5));
        assertThat(politeness.delay("www.cardiff.gov.uk")).isEqualTo(Duration.ofSeconds(5));
        assertThat(politeness.delay("www.gwynedd.llyw.cymru")).isEqualTo(DELAY);
    }

    @Test
    void theConfiguredDelayWinsWhenTheCrawlDelayIsShorter() throws Exception {
        politeness.crawlDelay("www.cardiff.gov.uk", Duration.ofMillis(200));

        fetch(politeness, "www.cardiff.gov.uk", 200);
        fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(time.waits()).containsExactly(DELAY);
    }

    @Test
    void differentHostsDoNotWaitForEachOther() throws Exception {
        try (Permit cardiff = politeness.acquire("www.cardiff.gov.uk").orElseThrow()) {
            fetch(politeness, "www.gwynedd.llyw.cymru", 200);
            fetch(politeness, "www.powys.gov.uk", 200);
            cardiff.report(200, Optional.empty());
        }

        assertThat(time.waits()).isEmpty();
    }

    @Test
    void hostNamesAreComparedWithoutCaseOrATrailingDot() throws Exception {
        fetch(politeness, "WWW.Cardiff.gov.uk.", 200);
        fetch(politeness, "www.cardiff.gov.uk", 200);

        assertThat(time.waits()).containsExactly(DELAY);
        assertThatThrownBy(() -> politeness.acquire(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondWorkerWaitsWhileThePermitIsHeldThenHoldsTheDelay() throws Exception {
        Permit held = politeness.acquire("www.cardiff.gov.uk").orElseThrow();
        AtomicBoolean acquired = new AtomicBoolean();
        AtomicInteger waitsWhenSecondStarted = new AtomicInteger(-1);
        Thread second = new Thread(() -> {
            try (Permit p = politeness.acquire("www.cardiff.gov.uk").orElseThrow()) {
                acquired.set(true);
                waitsWhenSecondStarted.set(time.waits().size());
                p.report(200, Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        awaitParked(second);

        assertThat(acquired).isFalse();
        time.advance(REQUEST);
        Instant end = time.instant();
        held.close();
        second.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(acquired).isTrue();
        assertThat(time.waits()).containsExactly(DELAY);
        assertThat(time.instant()).isEqualTo(end.plus(DELAY));
        assertThat(waitsWhenSecondStarted).hasValue(1);
    }

    /** Waits (spinning, not sleeping) until {@code thread} is parked: only waiting for a permit parks it here. */
    static void awaitParked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING) {
            if (!thread.isAlive() || System.nanoTime() > deadline) {
                fail("expected " + thread.getName() + " to wait for the permit, but it is " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void severalWorkersToOneHostAreSerialisedAndSpaced() throws Exception {
        List<Instant[]> requests = new CopyOnWriteArrayList<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            done.add(workers.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    try (Permit p = politeness.acquire("www.cardiff.gov.uk").orElseThrow()) {
                        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        Instant start = time.instant();
                        time.advance(REQUEST);
                        Instant end = time.instant();
                        inFlight.decrementAndGet();
                        requests.add(new Instant[] {start, end});
                        p.report(200, Optional.empty());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        workers.shutdown();

        assertThat(requests).hasSize(20);
        assertThat(mostInFlight).hasValue(1);
        List<Instant[]> inOrder = new ArrayList<>(requests);
        inOrder.sort(Comparator.comparing(r -> r[0]));
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(Duration.between(inOrder.get(i - 1)[1], inOrder.get(i)[0]))
                    .as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(DELAY);
        }
    }

    @Test
    void allowsAsManyRequestsInFlightAsConfiguredStartingADelayApart() throws Exception {
        HostPoliteness two = new HostPoliteness(
                PolitenessSettings.defaults().withDelay(DELAY).withMaxConcurrentPerHost(2), time, time);
        Permit first = two.acquire("www.cardiff.gov.uk").orElseThrow();
        Permit second = two.acquire("www.cardiff.gov.uk").orElseThrow(); // while the first is in flight
        assertThat(time.waits()).containsExactly(DELAY);

        Thread third = new Thread(() -> {
            try {
                two.acquire("www.cardiff.gov.uk").orElseThrow().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        third.start();
        awaitParked(third);
        first.close();
        third.join(TimeUnit.SECONDS.toMillis(10));
        second.close();

        assertThat(third.isAlive()).isFalse();
    }

    @Test
    void anInterruptedWaitTakesNoSlot() throws Exception {
        Permit held = politeness.acquire("www.cardiff.gov.uk").orElseThrow();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiting = new Thread(() -> {
            try {
                politeness.acquire("www.cardiff.gov.uk");
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        waiting.start();
        awaitParked(waiting);
        waiting.interrupt();
        waiting.join(TimeUnit.SECONDS.toMillis(10));
        held.close();

        assertThat(interrupted).isTrue();
        fetch(politeness, "www.cardiff.gov.uk", 200); // the slot is free: no deadlock
    }
}
