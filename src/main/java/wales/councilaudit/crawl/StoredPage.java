package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One URL as the ledger holds it at the end of a crawl: how it was met and what became of it.
 *
 * @param seq its place in the frontier
 * @param depth clicks from a home page
 * @param source how it was first met
 * @param inLinks how many crawled pages link to it
 * @param referrers the first few of those pages
 * @param attempts how many times it was put back after a 429 or 503
 * @param record what became of it (for a URL never taken, only its address, state and reason)
 * @param twinCheck for a page with a twin candidate that was fetched, what the twin answered
 */
public record StoredPage(
        long seq,
        int depth,
        UrlSource source,
        int inLinks,
        List<URI> referrers,
        int attempts,
        PageRecord record,
        Optional<TwinCheck> twinCheck) {

    public StoredPage {
        Objects.requireNonNull(source, "source");
        referrers = List.copyOf(referrers);
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(twinCheck, "twinCheck");
    }

    /**
     * What a page's twin candidate answered.
     *
     * @param status its final status, 0 when it failed
     * @param lang its {@code <html lang>}
     * @param linksBack whether the twin's own twin candidate is this page: a toggle that only leads to the other
     *     language's home page, say, does not link back, and is not the page's twin
     */
    public record TwinCheck(int status, String lang, boolean linksBack) {
        public TwinCheck {
            Objects.requireNonNull(lang, "lang");
        }

        /**
         * Whether the twin is confirmed: it answers 200 in the language wanted ({@code cy} or {@code en}, by prefix)
         * and names this page as its own twin.
         */
        public boolean confirms(String language) {
            return status == 200
                    && linksBack
                    && lang.toLowerCase(java.util.Locale.ROOT).startsWith(language);
        }
    }
}
