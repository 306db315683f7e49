package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The floor fetches every page of a generated site exactly once, and nothing else. */
class FloorCrawlerIT {

    @TempDir
    Path workDir;

    @ParameterizedTest(name = "{0} pages, {1} threads")
    @CsvSource({"300, 2", "120, 4", "60, 1", "1, 2", "11, 3"})
    void fetchesEveryPageOnceAndNothingOutsideTheSite(int pages, int threads) throws Exception {
        try (GeneratedSite site = GeneratedSite.start(pages)) {
            CrawlUnderTestResult result = new FloorCrawler().crawl(site.seed(), threads, workDir);

            assertThat(result.pagesFetched()).isEqualTo(pages);
            assertThat(result.failures()).isZero();
            assertThat(result.details()).containsEntry("urlsSeen", pages);
            assertThat(site.requests()).as("requests served").isEqualTo(pages);
            assertThat(site.pageAnswers()).isEqualTo(pages);
            assertThat(site.notFound()).isZero();
        }
    }
}
