package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.registry.RegistryLoader;

/** {@code bench serve} at a small size: it runs and its checks hold. No timing is asserted. */
class ServeBenchTest {

    @TempDir
    Path dir;

    @Test
    void twentyRequestsAreAllAnsweredAndNoCouncilIsQueuedTwiceAtOnce() throws Exception {
        StringWriter err = new StringWriter();
        ServeBench.Report report = new ServeBench(new PrintWriter(err))
                .run(new ServeBench.Settings(20, 5, Duration.ofMillis(50), 2, 7L), RegistryLoader.bundled(), dir);

        assertThat(report.lost()).as(err.toString()).isZero();
        assertThat(report.answered()).isEqualTo(20);
        assertThat(report.queued() + report.joined()).isEqualTo(20);
        assertThat(report.queued()).isPositive();
        assertThat(report.auditsStarted()).isEqualTo(report.queued());
        assertThat(report.allQueuedAuditsRan()).isTrue();
        assertThat(report.mostPendingPerCouncil()).isEqualTo(1);
        assertThat(report.mostConcurrentAuditsPerCouncil()).isEqualTo(1);
        assertThat(report.statusPolls()).isPositive();
        assertThat(report.medianMillis()).isPositive().isLessThanOrEqualTo(report.p99Millis());
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> ms = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L);
        assertThat(ServeBench.percentile(ms, 0.5)).isEqualTo(2.0);
        assertThat(ServeBench.percentile(ms, 0.99)).isEqualTo(4.0);
        assertThat(ServeBench.percentile(List.of(), 0.5)).isZero();
    }
}
