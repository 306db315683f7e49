package wales.councilaudit.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.PolitenessSettings;

/**
 * The crawl's limits and politeness, as {@code crawl} and the commands that run a whole audit take them. Mixed in;
 * checked when turned into {@link CrawlLimits} and {@link PolitenessSettings}.
 */
final class CrawlOptions {

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "5000",
            description = "The most URLs the crawl fetches per council. Default: ${DEFAULT-VALUE}.")
    int maxPages;

    @Option(
            names = "--max-depth",
            paramLabel = "N",
            defaultValue = "8",
            description = "The most clicks from the home page the crawl goes. Default: ${DEFAULT-VALUE}.")
    int maxDepth;

    @Option(
            names = "--max-page-bytes",
            paramLabel = "BYTES",
            defaultValue = "5242880",
            description = "The most bytes read of one response; longer ones are cut short. Default: ${DEFAULT-VALUE}.")
    long maxPageBytes;

    @Option(
            names = "--max-time",
            paramLabel = "DURATION",
            defaultValue = "60m",
            converter = DurationConverter.class,
            description = "The longest one council's crawl runs (30s, 10m, 2h). Default: ${DEFAULT-VALUE}.")
    Duration maxTime;

    @Option(
            names = "--delay",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "The least time between requests to one host; robots.txt Crawl-delay can ask for more. "
                    + "0 turns the delay off (for your own test sites only). Default: ${DEFAULT-VALUE}.")
    Duration delay;

    @Option(
            names = "--sample",
            paramLabel = "K",
            defaultValue = "25",
            description = "The most pages chosen per council for the browser stage. Default: ${DEFAULT-VALUE}.")
    int sample;

    /**
     * The limits, with {@code threads} fetching threads per council.
     *
     * @throws UserInputException naming the option and the problem
     */
    CrawlLimits limits(int threads) {
        try {
            return CrawlLimits.DEFAULTS
                    .withMaxPages(maxPages)
                    .withMaxDepth(maxDepth)
                    .withMaxBytesPerPage(maxPageBytes)
                    .withMaxTime(maxTime)
                    .withThreads(threads)
                    .withSampleSize(sample);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * The politeness: {@code --delay} between requests to one host, at least.
     *
     * @throws UserInputException when the delay is negative
     */
    PolitenessSettings politeness() {
        if (delay.isNegative()) {
            throw new UserInputException("--delay must not be negative, got " + delay);
        }
        return PolitenessSettings.defaults().withDelay(delay);
    }
}
