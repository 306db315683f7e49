package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.net.TrustMaterial;

/** {@code council-audit crawl [--council ID ...] [--max-pages N] [--max-depth N]}: the polite crawl. */
@Command(
        name = "crawl",
        description = "Crawl each council's site politely (robots.txt, Crawl-delay, Retry-After, one request at a "
                + "time per host): page inventory, broken links, PDFs, Welsh twins, and the sample of pages for the "
                + "browser stage. Writes crawl/<council>.csv and crawl/<council>.json; --resume RUN continues a "
                + "stopped run.")
final class CrawlCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--council",
            paramLabel = "ID",
            split = ",",
            description = "Crawl only these councils (repeatable or comma-separated). Default: all.")
    List<String> councilIds = new ArrayList<>();

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "5000",
            description = "The most URLs fetched per council. Default: ${DEFAULT-VALUE}.")
    int maxPages;

    @Option(
            names = "--max-depth",
            paramLabel = "N",
            defaultValue = "8",
            description = "The most clicks from the home page. Default: ${DEFAULT-VALUE}.")
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
            names = "--threads",
            paramLabel = "N",
            defaultValue = "2",
            description = "Fetching threads per council (still one request at a time per host). "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "4",
            description = "Councils crawled at once. Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(
            names = "--sample",
            paramLabel = "K",
            defaultValue = "25",
            description = "The most pages chosen per council for the browser stage. Default: ${DEFAULT-VALUE}.")
    int sample;

    @Option(
            names = "--resume",
            paramLabel = "RUN",
            description = "Continue this stopped crawl run: finished councils are kept, the others go on from "
                    + "where they stopped.")
    String resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CrawlRun.Outcome outcome = new CrawlRun(settings(), Clock.systemUTC())
                .execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.folder());
        spec.commandLine().getOut().flush();
        return outcome.exitCode();
    }

    /** Validates every input before anything is written. */
    CrawlRun.Settings settings() {
        GlobalOptions global = root.global;
        if (parallel < 1 || parallel > 64) {
            throw new UserInputException("--parallel must be between 1 and 64, got " + parallel);
        }
        if (delay.isNegative()) {
            throw new UserInputException("--delay must not be negative, got " + delay);
        }
        if (resume != null && !resume.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new UserInputException("--resume takes a run id such as 20261122-101500-crawl, got " + resume);
        }
        CrawlLimits limits;
        try {
            limits = CrawlLimits.DEFAULTS
                    .withMaxPages(maxPages)
                    .withMaxDepth(maxDepth)
                    .withMaxBytesPerPage(maxPageBytes)
                    .withMaxTime(maxTime)
                    .withThreads(threads)
                    .withSampleSize(sample);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        RunFolder.checkUsable(out);
        TrustMaterial trust;
        try {
            trust = TrustMaterial.load(global.httpSettings().extraTrustStore());
        } catch (IOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new CrawlRun.Settings(
                global.registry().select(councilIds),
                global.hostResolver(),
                global.httpSettings(),
                trust,
                global.storeConfig(),
                global.resultsDir(),
                out,
                limits,
                PolitenessSettings.defaults().withDelay(delay),
                parallel,
                Optional.ofNullable(resume));
    }
}
