package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import wales.councilaudit.bench.CrawlBench.Check;
import wales.councilaudit.bench.CrawlBench.Figures;
import wales.councilaudit.bench.CrawlBench.Run;
import wales.councilaudit.bench.CrawlBench.SizeResult;
import wales.councilaudit.bench.CrawlBench.Status;
import wales.councilaudit.bench.CrawlBench.Verdict;
import wales.councilaudit.bench.HeapSampler.HeapPeak;

/** The targets' verdicts from given figures (no crawling, no timing). */
class CrawlBenchTest {

    private static final long MB = 1024L * 1024;

    private static Run ran(String crawler, int pages, long fetched, double pagesPerSecond, long heapMb) {
        Figures figures = new Figures(
                fetched,
                fetched == pages,
                fetched / pagesPerSecond,
                pagesPerSecond,
                new HeapPeak(heapMb * MB, heapMb * MB, OptionalLong.empty()),
                fetched,
                0,
                OptionalLong.empty(),
                0,
                Map.of());
        return new Run(crawler, pages, Status.OK, Optional.empty(), Optional.of(figures));
    }

    private static Run missing(int pages) {
        return new Run(
                "product",
                pages,
                Status.NOT_AVAILABLE,
                Optional.of("wired when the crawl engine lands"),
                Optional.empty());
    }

    private static List<Verdict> verdicts(SizeResult result) {
        return result.checks().stream().map(Check::verdict).toList();
    }

    @Test
    void halfTheFloorsThroughputMeetsTheTarget() {
        SizeResult result =
                CrawlBench.judge(5_000, ran("floor", 5_000, 5_000, 1000, 300), ran("product", 5_000, 5_000, 500, 900));

        assertThat(result.ratio()).hasValue(0.5);
        assertThat(verdicts(result)).containsExactly(Verdict.MET);
    }

    @Test
    void lessThanHalfDoesNot() {
        SizeResult result =
                CrawlBench.judge(5_000, ran("floor", 5_000, 5_000, 1000, 300), ran("product", 5_000, 5_000, 499, 100));

        assertThat(verdicts(result)).containsExactly(Verdict.NOT_MET);
    }

    @Test
    void aProductThatMissesPagesDoesNotMeetTheTargetHoweverFast() {
        SizeResult result = CrawlBench.judge(
                50_000, ran("floor", 50_000, 50_000, 1000, 300), ran("product", 50_000, 49_000, 5000, 100));

        assertThat(verdicts(result)).containsExactly(Verdict.NOT_MET, Verdict.NOT_MET);
        assertThat(result.checks().get(0).why()).contains("49,000 of 50,000");
    }

    @Test
    void theHeapTargetAppliesFrom50000PagesAndIsStrictlyUnder256Mb() {
        Run floor = ran("floor", 50_000, 50_000, 1000, 900);

        assertThat(verdicts(CrawlBench.judge(50_000, floor, ran("product", 50_000, 50_000, 800, 255))))
                .containsExactly(Verdict.MET, Verdict.MET);
        assertThat(verdicts(CrawlBench.judge(50_000, floor, ran("product", 50_000, 50_000, 800, 256))))
                .containsExactly(Verdict.MET, Verdict.NOT_MET);
        assertThat(CrawlBench.judge(49_999, floor, ran("product", 49_999, 49_999, 800, 900))
                        .checks())
                .hasSize(1);
    }

    @Test
    void aWholeCrawlInAHeapCappedWithinTheTargetMeetsItWhateverThePoolPeaksAddUpTo() {
        Run floor = ran("floor", 50_000, 50_000, 1000, 120);
        Run product = ran("product", 50_000, 50_000, 800, 281);

        assertThat(verdicts(CrawlBench.judge(50_000, floor, product, 256L * MB)))
                .containsExactly(Verdict.MET, Verdict.MET);
        assertThat(CrawlBench.judge(50_000, floor, product, 256L * MB)
                        .checks()
                        .get(1)
                        .why())
                .contains("maximum heap of 256 MB", "pool peaks' sum 281 MB");
        assertThat(verdicts(CrawlBench.judge(50_000, floor, product, 257L * MB)))
                .containsExactly(Verdict.MET, Verdict.NOT_MET);
        assertThat(verdicts(CrawlBench.judge(50_000, floor, ran("product", 50_000, 49_999, 800, 100), 256L * MB)))
                .containsExactly(Verdict.NOT_MET, Verdict.NOT_MET);
    }

    @Test
    void aMissingProductIsNotMeasuredNeverFaked() {
        SizeResult result = CrawlBench.judge(50_000, ran("floor", 50_000, 50_000, 1000, 300), missing(50_000));

        assertThat(result.ratio()).isEmpty();
        assertThat(verdicts(result)).containsExactly(Verdict.NOT_MEASURED, Verdict.NOT_MEASURED);
        assertThat(result.checks().get(0).why()).isEqualTo("product not available: wired when the crawl engine lands");
    }

    @Test
    void settingsAreChecked() {
        assertThat(CrawlBench.Settings.defaults())
                .isEqualTo(new CrawlBench.Settings(List.of(5_000, 50_000), 2, 10_000));
        assertThatThrownBy(() -> new CrawlBench.Settings(List.of(), 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrawlBench.Settings(List.of(0), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrawlBench.Settings(List.of(10), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrawlBench.Settings(List.of(10), 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
