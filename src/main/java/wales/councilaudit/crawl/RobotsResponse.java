package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.FetchResult;

/**
 * What fetching a robots.txt gave, whoever fetched it: a final answer (redirects already followed) with its
 * status, {@code Content-Type} and body, or a failure with no answer. The input of {@link RobotsPolicy}.
 *
 * @param url the robots.txt URL asked for ({@code /robots.txt} at the host's root)
 * @param finalUrl the URL that answered, after redirects; {@code url} when there were none or no answer came
 * @param status the final answer's HTTP status (100 to 599), or 0 when {@code failure} is present
 * @param body the answer's body as served (only the first {@link RobotsParser#PARSE_LIMIT_BYTES} matter); empty
 *     when there is none. Copied in and out: the record is immutable
 * @param contentType the answer's {@code Content-Type}, or an empty string
 * @param failure why no answer came, when none did
 * @param detail a short description of the failure for people, or an empty string
 */
public record RobotsResponse(
        URI url,
        URI finalUrl,
        int status,
        byte[] body,
        String contentType,
        Optional<FailureKind> failure,
        String detail) {

    public RobotsResponse {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(detail, "detail");
        body = body.clone();
        if (failure.isPresent() && status != 0) {
            throw new IllegalArgumentException("a failure has no status, got " + status);
        }
        if (failure.isEmpty() && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    /** A final answer. */
    public static RobotsResponse answered(URI url, URI finalUrl, int status, String contentType, byte[] body) {
        return new RobotsResponse(url, finalUrl, status, body, contentType, Optional.empty(), "");
    }

    /** No answer: the request to {@code url} (or to a redirect from it) failed. */
    public static RobotsResponse failed(URI url, FailureKind kind, String detail) {
        return new RobotsResponse(url, url, 0, new byte[0], "", Optional.of(kind), detail);
    }

    /**
     * The response for what {@code HttpFetcher.follow} returned when asked for a robots.txt.
     *
     * @param result the fetch's outcome; its first hop is the URL asked for
     * @param body the final answer's body, or an empty array (ignored for a failure)
     */
    public static RobotsResponse from(FetchResult result, byte[] body) {
        URI asked =
                result.chain().isEmpty() ? urlOf(result) : result.chain().get(0).url();
        if (result instanceof FetchResult.Answered answered) {
            String contentType = answered.header("content-type").orElse("");
            return answered(asked, answered.finalUrl(), answered.status(), contentType, body);
        }
        FetchResult.Failed failed = (FetchResult.Failed) result;
        return failed(asked, failed.kind(), failed.detail());
    }

    /** The body, a copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RobotsResponse r
                && url.equals(r.url)
                && finalUrl.equals(r.finalUrl)
                && status == r.status
                && Arrays.equals(body, r.body)
                && contentType.equals(r.contentType)
                && failure.equals(r.failure)
                && detail.equals(r.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, finalUrl, status, Arrays.hashCode(body), contentType, failure, detail);
    }

    @Override
    public String toString() {
        return "RobotsResponse[url=" + url + ", finalUrl=" + finalUrl + ", status=" + status + ", body=" + body.length
                + " bytes, contentType=" + contentType + ", failure="
                + failure.map(Enum::name).orElse("none")
                + ", detail=" + detail + "]";
    }

    private static URI urlOf(FetchResult result) {
        if (result instanceof FetchResult.Answered answered) {
            return answered.finalUrl();
        }
        return ((FetchResult.Failed) result).url();
    }
}
