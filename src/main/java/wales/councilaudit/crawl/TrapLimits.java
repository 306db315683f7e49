package wales.councilaudit.crawl;

/**
 * The thresholds of a {@link TrapDetector}. A URL is cut when it crosses one of them; every limit counts what is
 * allowed, so the first URL past it is the first one cut. Immutable.
 *
 * @param maxQueriesPerPath how many distinct query strings one path (host, port and path) may have; the next new one
 *     is a {@link TrapKind#QUERY_EXPLOSION}. Parameter order does not make a query distinct. Default 50: above the
 *     30 or so pages of a council's news or search listing, below what a faceted search or session parameter makes
 * @param maxCalendarSteps how far a calendar page may be from the first page of the same calendar that was seen, in
 *     the calendar's own unit (days, months or years); further is a {@link TrapKind#CALENDAR}. Default 24: two years
 *     of monthly pages either side of the first one
 * @param maxMonthsAhead how many months after today (by the detector's clock) a calendar page may start; later is a
 *     {@link TrapKind#CALENDAR}. Default 12: a council's events and meetings are rarely planned further ahead; 0
 *     allows nothing that starts after today
 * @param maxPathSegments how many segments a path may have; more is a {@link TrapKind#DEEP_PATH}. Default 15: far
 *     deeper than a council's sections and sub-sections go
 * @param maxSegmentOccurrences how many times one segment may occur in a path; more is a {@link
 *     TrapKind#REPEATED_SEGMENTS}. Default 2 ({@code /a/b/a/} passes, {@code /a/b/a/c/a/} is cut)
 * @param repeatedRunLength the shortest run of segments whose immediate repetition is a {@link
 *     TrapKind#REPEATED_SEGMENTS}: with the default 2, {@code /a/b/a/b/} is cut while {@code /2026/11/11/} passes
 * @param maxTrackedPatterns how many paths (for query strings) and how many calendars the detector remembers, each.
 *     Each is remembered by a 64-bit fingerprint, with at most {@code maxQueriesPerPath} query fingerprints per path,
 *     so this bounds the detector's memory: at most about 6 MB at the defaults. Past it, new paths' queries and new
 *     calendars' steps are not limited; the crawl's page limit still is. Default 10,000
 */
public record TrapLimits(
        int maxQueriesPerPath,
        int maxCalendarSteps,
        int maxMonthsAhead,
        int maxPathSegments,
        int maxSegmentOccurrences,
        int repeatedRunLength,
        int maxTrackedPatterns) {

    /** The default limits, as documented on each parameter. */
    public static final TrapLimits DEFAULTS = new TrapLimits(50, 24, 12, 15, 2, 2, 10_000);

    /** @throws IllegalArgumentException when a limit is negative, or zero where it must allow at least one */
    public TrapLimits {
        positive("maxQueriesPerPath", maxQueriesPerPath);
        notNegative("maxCalendarSteps", maxCalendarSteps);
        notNegative("maxMonthsAhead", maxMonthsAhead);
        positive("maxPathSegments", maxPathSegments);
        positive("maxSegmentOccurrences", maxSegmentOccurrences);
        positive("repeatedRunLength", repeatedRunLength);
        positive("maxTrackedPatterns", maxTrackedPatterns);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    private static void notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
    }
}
