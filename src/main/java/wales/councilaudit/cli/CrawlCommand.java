package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.crawl.CrawlLimits;
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

    @Mixin
    CrawlOptions crawl;

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
        if (resume != null && !resume.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new UserInputException("--resume takes a run id such as 20261122-101500-crawl, got " + resume);
        }
        CrawlLimits limits = crawl.limits(threads);
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
                crawl.politeness(),
                parallel,
                Optional.ofNullable(resume));
    }
}
