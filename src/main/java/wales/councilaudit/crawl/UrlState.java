package wales.councilaudit.crawl;

/** Where a URL stands in a crawl. Every state but {@link #QUEUED} is final. */
public enum UrlState {
    /** Waiting to be fetched. */
    QUEUED,
    /** Fetched, or tried: the record says what came back, an answer or a failure. */
    DONE,
    /** Not fetched: a limit (pages, depth, time) or a trap cut it off. The reason says which. */
    CUT,
    /** Not fetched: the host's robots.txt disallows it for our agent. */
    DISALLOWED,
    /** Not fetched: the host blocked us, or its robots.txt could not be had. The reason says which. */
    NOT_FETCHED
}
