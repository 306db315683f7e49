package wales.councilaudit.net;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The body of a final answer as {@link HttpFetcher#fetchPage} read it, at most its byte limit, with the fetch's
 * timings. The bytes are the body as delivered after any {@code Content-Encoding} (gzip, deflate) was undone, so
 * the limit also bounds a compressed "bomb"; no character set has been applied. Immutable and thread-safe.
 *
 * @param bytes the first bytes of the body (all of it unless {@code truncated}); copied in and out
 * @param truncated whether the body was longer than the limit: reading stopped there and the connection was
 *     aborted rather than drained
 * @param timeToAnswer from the start of the final request to its status line and headers (time to first byte)
 * @param total from the start of the first request of the chain (redirects included) to the end of reading the
 *     body
 */
public record PageBody(byte[] bytes, boolean truncated, Duration timeToAnswer, Duration total) {

    public PageBody {
        bytes = bytes.clone();
        Objects.requireNonNull(timeToAnswer, "timeToAnswer");
        Objects.requireNonNull(total, "total");
        if (timeToAnswer.isNegative() || total.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** The bytes, a copy; prefer {@link #size()} or {@link #inputStream()} for large bodies. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes were read (at most the limit). */
    public int size() {
        return bytes.length;
    }

    /** A stream over the bytes, without copying them. */
    public InputStream inputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageBody b
                && Arrays.equals(bytes, b.bytes)
                && truncated == b.truncated
                && timeToAnswer.equals(b.timeToAnswer)
                && total.equals(b.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), truncated, timeToAnswer, total);
    }

    @Override
    public String toString() {
        return "PageBody[" + bytes.length + " bytes" + (truncated ? " (truncated)" : "") + ", timeToAnswer="
                + timeToAnswer + ", total=" + total + "]";
    }
}
