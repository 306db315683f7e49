package wales.councilaudit.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import wales.councilaudit.net.Sleeper;

/**
 * Fake time for politeness tests: a clock that moves only when told, and a sleeper that records each wait and
 * moves the clock on by it instead of waiting. Thread-safe; with several sleeping threads the clock moves by the sum
 * of their waits, so measured gaps can only grow, never shrink.
 */
final class PolitenessFakeTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        advance(duration);
    }

    /** Moves the clock on, as a request's own duration would. */
    void advance(Duration duration) {
        now.accumulateAndGet(null, (current, ignored) -> current.plus(duration));
    }

    /** Every wait asked for, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** The waits asked for, in order, as a sum. */
    Duration waited() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fake time is UTC only");
    }
}
