package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * URLs met, on their way into the ledger. The ledger keeps the first meeting's depth, source, state and reason;
 * later meetings only add their in-links and referrers.
 *
 * @param url normalised, in scope
 * @param key {@link UrlKey#of(URI)} of {@code url}
 * @param seq its place in the frontier, given by the crawl when it first meets the URL in this batch
 * @param depth clicks from a home page
 * @param source how it was met
 * @param state {@link UrlState#QUEUED}, or {@link UrlState#CUT} when a limit or a trap cut it off at once
 * @param reason why it was cut; empty when queued
 * @param inLinks how many crawled pages link to it (this meeting's share)
 * @param referrers some of those pages, in the order met (the ledger keeps the first few)
 */
public record Discovery(
        URI url,
        UrlKey key,
        long seq,
        int depth,
        UrlSource source,
        UrlState state,
        String reason,
        int inLinks,
        List<URI> referrers) {

    public Discovery {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        referrers = List.copyOf(referrers);
        if (state != UrlState.QUEUED && state != UrlState.CUT) {
            throw new IllegalArgumentException("a URL met is queued or cut, not " + state);
        }
        if (inLinks < 0 || depth < 0 || seq < 0) {
            throw new IllegalArgumentException("inLinks, depth and seq are not negative");
        }
    }
}
