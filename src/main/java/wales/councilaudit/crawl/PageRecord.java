package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.net.FailureKind;

/**
 * What became of one URL taken from the frontier: the page's facts when it was fetched, or why it was not.
 *
 * @param url the URL asked for
 * @param key its key
 * @param state {@link UrlState#DONE} when it was fetched or tried, else why not ({@link UrlState#DISALLOWED},
 *     {@link UrlState#NOT_FETCHED}); read back from the ledger, also {@link UrlState#QUEUED} or {@link
 *     UrlState#CUT}
 * @param reason for a URL not fetched, why; for a truncated body, that; else empty
 * @param finalUrl where the redirects ended, when it was fetched
 * @param status the final answer's status; 0 when there was none
 * @param contentType the final answer's media type, as {@link PageFacts#contentType()}
 * @param format what the body is, for a 2xx answer
 * @param bytes body bytes read (at most the limit)
 * @param truncated whether the body was longer than the limit
 * @param responseTime from the first request to the end of the body (or the failure)
 * @param title the page's title, for HTML
 * @param lang the {@code <html lang>}, for HTML
 * @param canonical the page's canonical link
 * @param outlinks distinct links on the page to the council's hosts
 * @param outlinksExternal distinct links to other hosts, recorded and not fetched
 * @param twin the best candidate for the page's twin in the other language, normalised
 * @param failure why there was no final answer
 * @param failureDetail what happened, for people; empty without a failure
 * @param fetchedAt when it was fetched or given up
 */
public record PageRecord(
        URI url,
        UrlKey key,
        UrlState state,
        String reason,
        Optional<URI> finalUrl,
        int status,
        String contentType,
        Optional<PageFormat> format,
        long bytes,
        boolean truncated,
        Duration responseTime,
        String title,
        String lang,
        Optional<URI> canonical,
        int outlinks,
        int outlinksExternal,
        Optional<PageTwin> twin,
        Optional<FailureKind> failure,
        String failureDetail,
        Instant fetchedAt) {

    public PageRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(twin, "twin");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(failureDetail, "failureDetail");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** Whether it was fetched and answered 200 with HTML. */
    public boolean isHtmlPage() {
        return status == 200 && format.equals(Optional.of(PageFormat.HTML));
    }

    /**
     * A URL whose fetch ended without a final answer.
     *
     * @param finalUrl where the fetch had got to, when known
     * @param status the last answer's status in the chain (a body that failed to arrive), or 0
     */
    public static PageRecord failed(
            QueuedUrl queued,
            Optional<URI> finalUrl,
            int status,
            Duration took,
            FailureKind kind,
            String detail,
            Instant at) {
        return new PageRecord(
                queued.url(),
                queued.key(),
                UrlState.DONE,
                "",
                finalUrl,
                status,
                "",
                Optional.empty(),
                0,
                false,
                took,
                "",
                "",
                Optional.empty(),
                0,
                0,
                Optional.empty(),
                Optional.of(kind),
                detail,
                at);
    }

    /** A URL that was not fetched, and why. */
    public static PageRecord notFetched(QueuedUrl queued, UrlState state, String reason, Instant at) {
        return new PageRecord(
                queued.url(),
                queued.key(),
                state,
                reason,
                Optional.empty(),
                0,
                "",
                Optional.empty(),
                0,
                false,
                Duration.ZERO,
                "",
                "",
                Optional.empty(),
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                "",
                at);
    }
}
