package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/** What a {@link SitemapSource} gave for one sitemap URL: a final answer with its body, or a failure. */
public sealed interface SitemapFetch {

    /**
     * A final answer (redirects already followed), whatever its status.
     *
     * @param finalUrl the URL that answered
     * @param status its HTTP status, 100 to 599
     * @param contentType its {@code Content-Type} as served, or an empty string; only informative, as the reader
     *     decides the format from the bytes
     * @param body the body as served (the source bounds its size), still gzipped when it was served gzipped; empty
     *     when there is none. Copied in and out: the record is immutable
     */
    record Fetched(URI finalUrl, int status, String contentType, byte[] body) implements SitemapFetch {
        public Fetched {
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(contentType, "contentType");
            body = body.clone();
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
        }

        /** The body, a copy. */
        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fetched f
                    && finalUrl.equals(f.finalUrl)
                    && status == f.status
                    && contentType.equals(f.contentType)
                    && Arrays.equals(body, f.body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(finalUrl, status, contentType, Arrays.hashCode(body));
        }

        @Override
        public String toString() {
            return "Fetched[finalUrl=" + finalUrl + ", status=" + status + ", contentType=" + contentType + ", body="
                    + body.length + " bytes]";
        }
    }

    /**
     * No answer: the name did not resolve, the connection failed or timed out, a redirect loop, a refused address,
     * a host the source will not fetch from.
     *
     * @param reason what happened, for people; not blank
     */
    record Failed(String reason) implements SitemapFetch {
        public Failed {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a failure needs a reason");
            }
        }
    }
}
