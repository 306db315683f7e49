package wales.councilaudit.crawl;

/** Where a council's crawl in a run stands. Every status but {@link #RUNNING} is final. */
public enum CrawlStatus {
    /** Started and not finished: a run that was stopped resumes it. */
    RUNNING,
    /** Crawled to the end of its frontier or to a limit. */
    COMPLETE,
    /** The council's home host refused our agent (403 or 401, to robots.txt or to its pages). */
    BLOCKED,
    /** No page of the council's site answered with anything but a failure or a server error. */
    UNREACHABLE,
    /** The crawl itself failed (a store or programming error); the run goes on with other councils. */
    FAILED;

    /** Whether the crawl is over: a resumed run does not crawl the council again. */
    public boolean isFinal() {
        return this != RUNNING;
    }
}
