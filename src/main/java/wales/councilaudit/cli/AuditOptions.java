package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.ConsentStrategyException;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.scoring.RulesException;
import wales.councilaudit.scoring.ScoringRules;
import wales.councilaudit.scoring.ScoringRulesLoader;

/**
 * The options of the commands that run a whole audit ({@code audit}, {@code benchmark}): the crawl's limits and
 * politeness, the browser, the scoring rules, {@code --resume} and {@code --out}. Mixed in; turned into {@link
 * AuditRun.Settings} once, with every input checked before anything starts.
 */
final class AuditOptions {

    @Mixin
    CrawlOptions crawl = new CrawlOptions();

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "4",
            description = "Councils checked and crawled at once (the browser stage takes one council at a time, "
                    + "on all its sessions). Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Scoring rules to use instead of the bundled annex-b profile (a copy, edited).")
    Path rules;

    @Option(
            names = "--consent",
            paramLabel = "FILE",
            description = "How to dismiss cookie banners, instead of the bundled English and Welsh strategy.")
    Path consent;

    @Option(
            names = "--resume",
            paramLabel = "RUN",
            description = "Continue this interrupted run: councils finished are kept, the rest are done (a council "
                    + "recorded FAILED is tried again; a crawl goes on from where it stopped).")
    String resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Mixin
    BrowserOptions browser = new BrowserOptions();

    /**
     * The settings of a run of {@code kind} over {@code councils}; forms may be submitted to {@code allowList} only.
     *
     * @throws UserInputException naming the option or file and the problem
     */
    AuditRun.Settings settings(
            GlobalOptions global, List<Council> councils, String kind, HostResolver resolver, Set<String> allowList) {
        if (parallel < 1 || parallel > 64) {
            throw new UserInputException("--parallel must be between 1 and 64, got " + parallel);
        }
        if (resume != null && !resume.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new UserInputException("--resume takes a run id such as 20261122-101500-audit, got " + resume);
        }
        CrawlLimits limits = crawl.limits(CrawlLimits.DEFAULTS.threads());
        RunFolder.checkUsable(out);
        TrustMaterial trust;
        try {
            trust = TrustMaterial.load(global.httpSettings().extraTrustStore());
        } catch (IOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new AuditRun.Settings(
                councils,
                kind,
                resolver,
                global.httpSettings(),
                trust,
                global.storeConfig(),
                global.resultsDir(),
                Optional.ofNullable(out),
                limits,
                crawl.politeness(),
                parallel,
                browser.settings(resolver),
                profiles(),
                consentStrategy(),
                rules(),
                Optional.ofNullable(resume),
                allowList);
    }

    private List<BrowserProfile> profiles() {
        return browser.profiles("both");
    }

    private ConsentStrategy consentStrategy() {
        try {
            return consent == null ? ConsentStrategyLoader.bundled() : ConsentStrategyLoader.load(consent);
        } catch (ConsentStrategyException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private ScoringRules rules() {
        if (rules == null) {
            return ScoringRulesLoader.bundled();
        }
        try {
            return ScoringRulesLoader.load(rules);
        } catch (RulesException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
