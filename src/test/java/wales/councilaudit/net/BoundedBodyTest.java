package wales.councilaudit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedBodyTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Counts the bytes taken from it, and serves as many as asked for. */
    private static final class CountingStream extends InputStream {
        private final long length;
        private long taken;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (taken >= length) {
                return -1;
            }
            taken++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (taken >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - taken);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            taken += n;
            return n;
        }
    }

    @ParameterizedTest(name = "{0} bytes, limit {1}: kept {2}, truncated {3}, taken {4}")
    @CsvSource({
        "0,        10,      0,      false, 0",
        "10,       10,      10,     false, 10",
        "11,       10,      10,     true,  11",
        "10485760, 2097152, 2097152, true, 2097153",
        "5,        0,       0,      true,  1",
        "0,        0,       0,      false, 0",
    })
    void keepsAtMostTheLimitAndTakesOneByteMoreAtMost(long length, long limit, int kept, boolean truncated, long taken)
            throws IOException {
        CountingStream in = new CountingStream(length);

        BoundedBody.Read read = BoundedBody.read(in, limit, NOW.plusSeconds(1), CLOCK);

        assertThat(read.bytes()).hasSize(kept);
        assertThat(read.truncated()).isEqualTo(truncated);
        assertThat(in.taken).isEqualTo(taken);
    }

    @Test
    void keepsTheBytesInOrder() throws IOException {
        byte[] body = "Gŵyl Dewi".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        BoundedBody.Read read = BoundedBody.read(new ByteArrayInputStream(body), 100, NOW, CLOCK);

        assertThat(read.bytes()).isEqualTo(body);
    }

    @Test
    void stopsWhenTheDeadlineHasPassedBetweenReads() {
        Clock late = Clock.fixed(NOW.plus(Duration.ofMillis(1)), ZoneOffset.UTC);

        assertThatThrownBy(() -> BoundedBody.read(new CountingStream(10), 100, NOW, late))
                .isInstanceOf(SocketTimeoutException.class)
                .hasMessageContaining("did not arrive by");
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThatThrownBy(() -> BoundedBody.checkLimit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundedBody.checkLimit(BoundedBody.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
