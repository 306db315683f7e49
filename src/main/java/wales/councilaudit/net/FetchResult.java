package wales.councilaudit.net;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fate of a fetch that follows redirects: a final answer (whatever its status), or a failure. Expected
 * outcomes are values, never exceptions.
 */
public sealed interface FetchResult {

    /** Every request made, in order; the last one is the final answer or the one that failed. */
    List<Hop> chain();

    /**
     * A final, non-redirect answer.
     *
     * @param finalUrl the URL that gave it
     * @param status its HTTP status
     * @param headers its headers, names in lower case, the first value of each
     * @param body what {@link HttpFetcher#fetchPage} read of its body, with the timings; empty for {@link
     *     HttpFetcher#follow}, which does not keep bodies
     */
    record Answered(List<Hop> chain, URI finalUrl, int status, Map<String, String> headers, Optional<PageBody> body)
            implements FetchResult {
        public Answered {
            chain = List.copyOf(chain);
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }

        /** An answer without a body, as {@link HttpFetcher#follow} gives. */
        public Answered(List<Hop> chain, URI finalUrl, int status, Map<String, String> headers) {
            this(chain, finalUrl, status, headers, Optional.empty());
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }

        /** The {@code Content-Type} header as served, or an empty string. */
        public String contentType() {
            return header("content-type").orElse("");
        }
    }

    /**
     * No final answer.
     *
     * <p>When an answer came but its body could not be read ({@link HttpFetcher#fetchPage} only: a malformed
     * chunk, a reset or a timeout while reading), the last hop keeps that answer's status.
     *
     * @param url the URL whose request failed
     * @param kind why
     * @param detail a short description for people (the exception's message, the looping URL)
     */
    record Failed(List<Hop> chain, URI url, FailureKind kind, String detail) implements FetchResult {
        public Failed {
            chain = List.copyOf(chain);
        }
    }
}
