package wales.councilaudit.net;

import java.net.URI;

/**
 * Asked by {@link HttpFetcher#fetchPage(URI, long, RequestGate)} before each request of a fetch, so that a caller
 * can pace the hops of a redirect chain (the crawl's per-host politeness does). Called on the fetching thread; it
 * may block. Implementations say whether they are thread-safe.
 */
@FunctionalInterface
public interface RequestGate {

    /** Never waits. */
    RequestGate OPEN = (url, index) -> {};

    /**
     * Called just before a request is sent, after the address rules have accepted {@code url}.
     *
     * @param url the URL about to be requested
     * @param index 0 for the first request of the fetch, {@code n} for the request following the {@code n}-th
     *     redirect
     * @throws InterruptedException when interrupted while waiting; the fetch is abandoned and the exception
     *     propagates
     */
    void beforeRequest(URI url, int index) throws InterruptedException;

    /**
     * Whether to follow a redirect to {@code url} at all. When not, the fetch ends with the redirect itself as its
     * final answer (its status, headers and body), and {@code url} is never requested: how a crawl stays on its
     * hosts. By default every redirect the address rules accept is followed.
     *
     * @param index the request {@code url} would be: 1 after the first redirect, and so on
     */
    default boolean follows(URI url, int index) {
        return true;
    }
}
