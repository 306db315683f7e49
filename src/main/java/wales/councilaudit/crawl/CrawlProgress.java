package wales.councilaudit.crawl;

/** Told how a council's crawl goes, after each commit to the ledger. Called on the crawl's coordinator thread. */
@FunctionalInterface
public interface CrawlProgress {

    /** Ignores everything. */
    CrawlProgress NONE = (council, counts) -> {};

    void update(String council, Counts counts);

    /**
     * @param fetched URLs fetched or given up so far in this crawl (a resumed crawl counts the earlier ones)
     * @param queued URLs waiting
     * @param failed fetches that ended in a failure or an answer of 400 or more
     * @param cut URLs cut off by limits or traps
     * @param limit the most pages the crawl will fetch
     * @param finished whether this is the last update
     */
    record Counts(long fetched, long queued, long failed, long cut, long limit, boolean finished) {}
}
