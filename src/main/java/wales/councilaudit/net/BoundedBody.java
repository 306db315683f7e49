package wales.councilaudit.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads a body up to a byte limit and a deadline, and no further: at most {@code maxBytes + 1} bytes are taken
 * from the stream (the extra byte only tells whether there was more). Stateless; the stream is the caller's to
 * close or abort.
 */
final class BoundedBody {

    /** The largest limit: the bytes are kept in one array. */
    static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private static final int BUFFER_BYTES = 16 * 1024;

    /** What was read: the bytes (at most the limit) and whether the body went on beyond them. */
    record Read(byte[] bytes, boolean truncated) {}

    private BoundedBody() {}

    /**
     * @param in the body; read from its current position, not closed
     * @param maxBytes the most bytes to keep, 0 to {@link #MAX_LIMIT}
     * @param deadline when reading must be over; checked between reads (each read is bounded by the socket
     *     timeout), so a server that dribbles a body slowly cannot hold the caller much beyond it
     * @param clock the time
     * @throws SocketTimeoutException when the deadline passes before the end of the body or the limit
     * @throws IOException when reading fails (a reset, a malformed chunk)
     */
    static Read read(InputStream in, long maxBytes, Instant deadline, Clock clock) throws IOException {
        checkLimit(maxBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, BUFFER_BYTES));
        byte[] buffer = new byte[BUFFER_BYTES];
        long remaining = maxBytes;
        while (remaining > 0) {
            checkDeadline(deadline, clock);
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                return new Read(out.toByteArray(), false);
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
        checkDeadline(deadline, clock);
        boolean more = in.read() >= 0;
        return new Read(out.toByteArray(), more);
    }

    static void checkLimit(long maxBytes) {
        if (maxBytes < 0 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be 0 to " + MAX_LIMIT + ", got " + maxBytes);
        }
    }

    private static void checkDeadline(Instant deadline, Clock clock) throws SocketTimeoutException {
        if (clock.instant().isAfter(deadline)) {
            throw new SocketTimeoutException("the body did not arrive by " + deadline);
        }
    }
}
