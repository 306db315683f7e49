package wales.councilaudit.crawl;

/** Why a {@link TrapDetector} cut a URL from the crawl. The thresholds are in {@link TrapLimits}. */
public enum TrapKind {
    /** More distinct query strings on one path than {@link TrapLimits#maxQueriesPerPath()}. */
    QUERY_EXPLOSION,
    /**
     * A calendar page too far from the first one seen ({@link TrapLimits#maxCalendarSteps()}) or too far in the
     * future ({@link TrapLimits#maxMonthsAhead()}).
     */
    CALENDAR,
    /**
     * A path segment occurring more than {@link TrapLimits#maxSegmentOccurrences()} times, or a run of {@link
     * TrapLimits#repeatedRunLength()} or more segments immediately repeated ({@code /a/b/a/b/}).
     */
    REPEATED_SEGMENTS,
    /** More path segments than {@link TrapLimits#maxPathSegments()}. */
    DEEP_PATH
}
