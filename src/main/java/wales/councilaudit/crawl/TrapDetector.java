package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a URL a crawl is about to add to its frontier is a crawler trap, and counts what it cut. One
 * instance per council and crawl: it remembers, per path and per calendar (not per URL), what it has admitted so far.
 * Thread-safe (every method holds the instance's lock; each decision is a few map look-ups); its memory is bounded by
 * {@link TrapLimits#maxTrackedPatterns()}. It never fetches anything.
 *
 * <p>A URL is checked in this order, and cut for the first trap it shows:
 *
 * <ol>
 *   <li>{@link TrapKind#DEEP_PATH} and {@link TrapKind#REPEATED_SEGMENTS}, from its path alone;
 *   <li>{@link TrapKind#CALENDAR}, when it is a calendar page: its path ends in a date ({@code /2026/12/},
 *       {@code /2026/12/01/}, {@code /2026-12/}, {@code /2026-12-01/}), a query parameter's value is one
 *       ({@code 2026-12}, {@code 2026-12-01}, or day first {@code 01/12/2026}), or it has a {@code year} parameter
 *       (with {@code month} and {@code day}, or their short forms); years outside 1900..2199 are not dates. It is cut
 *       when the date starts more than {@link TrapLimits#maxMonthsAhead()} months after today by the detector's
 *       clock, or is more than {@link TrapLimits#maxCalendarSteps()} days, months or years (the date's own unit) from
 *       the first admitted date of the same calendar. A calendar is the URL without its date: host and port, path,
 *       and the names of its query parameters;
 *   <li>{@link TrapKind#QUERY_EXPLOSION}: cut when its query would be the {@code maxQueriesPerPath + 1}-th distinct
 *       query string on its path. A query admitted before is admitted again.
 * </ol>
 *
 * <p>The counters record decisions, not URLs: call {@link #check} once for each URL the crawl meets for the first
 * time (after its own de-duplication), or a URL cut twice is counted twice. A URL cut for one trap is not counted
 * towards the others; an admitted calendar page does count as a query on its path. The state lives in memory only:
 * a resumed crawl starts it afresh.
 */
public final class TrapDetector {

    private final TrapLimits limits;
    private final Clock clock;
    private final QueryVariety queries;
    private final Map<Long, Long> calendarStarts = new HashMap<>();
    private final EnumMap<TrapKind, Long> cuts = new EnumMap<>(TrapKind.class);

    /**
     * @param limits the thresholds
     * @param clock what "today" is, for dates in the future; its zone decides the date
     */
    public TrapDetector(TrapLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.queries = new QueryVariety(limits);
        for (TrapKind kind : TrapKind.values()) {
            cuts.put(kind, 0L);
        }
    }

    /** A detector with {@link TrapLimits#DEFAULTS}. */
    public static TrapDetector withDefaults(Clock clock) {
        return new TrapDetector(TrapLimits.DEFAULTS, clock);
    }

    public TrapLimits limits() {
        return limits;
    }

    /**
     * Decides whether to cut {@code url}, and remembers what it admits.
     *
     * @param url a normalised absolute URL ({@link UrlNormaliser}) that the crawl has not met before
     * @return the trap and its evidence when the URL is cut; empty when it may be crawled
     */
    public synchronized Optional<TrapCut> check(URI url) {
        String rawPath = url.getRawPath() == null ? "" : url.getRawPath();
        Optional<TrapCut> cut =
                PathShape.check(rawPath, limits).or(() -> calendar(url)).or(() -> queries.admit(url));
        cut.ifPresent(c -> cuts.merge(c.kind(), 1L, Long::sum));
        return cut;
    }

    /** How many URLs were cut so far, by trap; every kind is present, with 0 when none was cut. A snapshot. */
    public synchronized Map<TrapKind, Long> cutCounts() {
        return Collections.unmodifiableMap(new EnumMap<>(cuts));
    }

    /** How many URLs were cut so far, all traps together. */
    public synchronized long totalCut() {
        return cuts.values().stream().mapToLong(Long::longValue).sum();
    }

    private Optional<TrapCut> calendar(URI url) {
        Optional<CalendarDates.Dated> found = CalendarDates.find(url);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String calendar = found.get().calendar();
        CalendarDate date = found.get().date();
        LocalDate horizon = LocalDate.now(clock).plusMonths(limits.maxMonthsAhead());
        if (date.start().isAfter(horizon)) {
            return Optional.of(new TrapCut(
                    TrapKind.CALENDAR,
                    "calendar " + calendar + ": " + date.start() + " starts after " + horizon + " (today and "
                            + limits.maxMonthsAhead() + " months)"));
        }
        long calendarKey = Fingerprint.of(calendar);
        Long first = calendarStarts.get(calendarKey);
        if (first == null) {
            if (calendarStarts.size() < limits.maxTrackedPatterns()) {
                calendarStarts.put(calendarKey, date.index());
            }
            return Optional.empty();
        }
        long steps = Math.abs(date.index() - first);
        if (steps > limits.maxCalendarSteps()) {
            String unit = date.unit().name().toLowerCase(Locale.ROOT) + "s";
            return Optional.of(new TrapCut(
                    TrapKind.CALENDAR,
                    "calendar " + calendar + ": " + date.start() + " is " + steps + " " + unit
                            + " from the first one seen (limit " + limits.maxCalendarSteps() + ")"));
        }
        return Optional.empty();
    }
}
