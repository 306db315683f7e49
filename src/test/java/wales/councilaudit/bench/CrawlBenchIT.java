package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import wales.councilaudit.bench.CrawlBench.Report;
import wales.councilaudit.bench.CrawlBench.Status;
import wales.councilaudit.bench.CrawlBench.Verdict;

/** Whole benchmark runs on small sites with stand-in products: what is reported, never how fast. */
class CrawlBenchIT {

    private static final CrawlBench.Settings SMALL = new CrawlBench.Settings(List.of(20, 50), 1, 10);

    private final StringWriter progress = new StringWriter();

    private Report run(CrawlUnderTest product) throws Exception {
        return new CrawlBench(new FloorCrawler(), product, new PrintWriter(progress), Clock.systemUTC(), "test")
                .run(SMALL);
    }

    @Test
    void aWorkingProductIsMeasuredBesideTheFloor() throws Exception {
        Report report = run(new FloorCrawler());

        assertThat(report.warmup()).extracting(CrawlBench.Run::status).containsExactly(Status.OK, Status.OK);
        assertThat(report.sizes()).hasSize(2);
        for (CrawlBench.SizeResult size : report.sizes()) {
            assertThat(size.floor().figures()).hasValueSatisfying(f -> {
                assertThat(f.pagesFetched()).isEqualTo(size.pages());
                assertThat(f.complete()).isTrue();
                assertThat(f.requestsServed()).isEqualTo(size.pages());
                assertThat(f.heap().poolPeakBytes()).isPositive();
            });
            assertThat(size.product().status()).isEqualTo(Status.OK);
            assertThat(size.ratio()).isPresent();
            assertThat(size.checks()).hasSize(1); // no heap target below 50,000 pages
        }
        assertThat(report.targetsMet()).isIn(Verdict.MET, Verdict.NOT_MET);
        assertThat(report.anyFailed()).isFalse();
    }

    @Test
    void aProductNotYetWiredIsCalledOnceAndReportedNotAvailable() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Report report = run((seed, threads, workDir) -> {
            calls.incrementAndGet();
            throw new UnsupportedOperationException("wired when the crawl engine lands");
        });

        assertThat(calls).hasValue(1);
        assertThat(report.sizes()).allSatisfy(size -> {
            assertThat(size.product().status()).isEqualTo(Status.NOT_AVAILABLE);
            assertThat(size.product().reason()).contains("wired when the crawl engine lands");
            assertThat(size.product().figures()).isEmpty();
            assertThat(size.floor().status()).isEqualTo(Status.OK);
        });
        assertThat(report.targetsMet()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(report.anyFailed()).isFalse();
    }

    @Test
    void aFailingProductIsReportedAndTheRunGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Report report = run((seed, threads, workDir) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("frontier broke");
        });

        assertThat(calls).hasValue(3);
        assertThat(report.sizes()).allSatisfy(size -> {
            assertThat(size.product().status()).isEqualTo(Status.FAILED);
            assertThat(size.product().reason()).contains("IllegalStateException: frontier broke");
        });
        assertThat(report.anyFailed()).isTrue();
    }
}
