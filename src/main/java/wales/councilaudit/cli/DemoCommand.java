package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.browser.BrowserConfigException;
import wales.councilaudit.browser.BrowserProfiles;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.scoring.ScoringRulesLoader;

/**
 * {@code council-audit demo}: starts Sandbox Wales locally and runs the benchmark against it (every stage, then the
 * report), then compares each council's status, overall star and components with the answers planted in the
 * sandbox, and writes the full answer key beside the results. Needs no network.
 */
@Command(
        name = "demo",
        description = "Run the benchmark on Sandbox Wales (22 simulated councils on this machine, no network "
                + "needed): every stage and the report; then compare the stars found with the sandbox's planted "
                + "answers.")
final class DemoCommand implements Callable<Integer> {

    /** The file in a demo's run folder that keeps the sandbox's port, so that {@code --resume} serves the same URLs. */
    static final String PORT_FILE = "sandbox-port";

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Port for the sandbox. Default: any free port (with --resume: the interrupted run's).")
    Integer port;

    @Option(
            names = "--council",
            paramLabel = "ID",
            split = ",",
            description = "Only these sandbox councils (repeatable or comma-separated). Default: all 22.")
    List<String> councilIds = new ArrayList<>();

    @Option(
            names = "--resume",
            paramLabel = "RUN",
            description = "Continue this interrupted demo run: councils finished are kept, the rest are done.")
    String resume;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "4",
            description = "Councils checked and crawled at once. Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Mixin
    BrowserOptions browser = new BrowserOptions();

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        int chosenPort = port();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SandboxWales sandbox = SandboxWales.start(root.global.registry(), chosenPort)) {
            List<ResolveRule> rules = new ArrayList<>();
            for (String host : sandbox.hosts()) {
                rules.add(new ResolveRule(host, InetAddress.getLoopbackAddress()));
            }
            HostResolver resolver =
                    new HostResolver(rules, root.global.hostResolver().policy());
            err.printf(
                    "Sandbox Wales is serving %d councils on 127.0.0.1:%d%n",
                    sandbox.registry().councils().size(), sandbox.port());
            err.flush();
            List<Council> councils;
            try {
                councils = sandbox.registry().select(councilIds);
            } catch (RuntimeException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            AuditRun.Settings settings = settings(councils, resolver, sandbox.submissionAllowList());
            TaskStage stage = tasks.stage(
                    settings.profiles(), settings.consent(), settings.browser().scriptTimeout());
            AuditRun.Outcome outcome = new AuditRun(settings, stage, Clock.systemUTC())
                    .execute(
                            stdout,
                            err,
                            folder -> Files.writeString(folder.resolve(PORT_FILE), Integer.toString(sandbox.port())));
            SandboxArguments.writeAnswers(sandbox, outcome.folder().resolve("answers.json"));
            Reports.write(outcome.folder(), err);
            AnswerKey key = AnswerKey.of(sandbox);
            List<String> wrong = compare(key, outcome.summary());
            stdout.printf(
                    "Answer key: %d of %d councils equal to the planted status, stars and components%s%n",
                    outcome.summary().councils().size() - wrong.size(),
                    outcome.summary().councils().size(),
                    wrong.isEmpty() ? "" : "; differ: " + String.join("; ", wrong));
            stdout.println(outcome.folder());
            stdout.flush();
            return wrong.isEmpty() && outcome.exitCode() != ExitCode.INTERNAL_ERROR
                    ? ExitCode.DONE
                    : ExitCode.INTERNAL_ERROR;
        }
    }

    /** {@code --port}; else, resuming, the port the run was served on; else 0 (any free port). */
    private int port() throws IOException {
        if (resume != null && !resume.matches("[A-Za-z0-9._-]{1,80}")) {
            throw new UserInputException("--resume takes a run id such as 20261122-101500-demo, got " + resume);
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new UserInputException("--port must be between 0 and 65535, got " + port);
            }
            return port;
        }
        if (resume == null) {
            return 0;
        }
        Path folder = out != null ? out : root.global.resultsDir().resolve(resume);
        Path file = folder.resolve(PORT_FILE);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(
                    "--resume " + resume + ": " + file + " is missing, so the sandbox's port is unknown; give --port");
        }
        try {
            return Integer.parseInt(Files.readString(file).strip());
        } catch (NumberFormatException e) {
            throw new UserInputException(file + " does not hold a port number", e);
        }
    }

    private AuditRun.Settings settings(List<Council> councils, HostResolver resolver, Set<String> allowList)
            throws IOException {
        if (parallel < 1 || parallel > 64) {
            throw new UserInputException("--parallel must be between 1 and 64, got " + parallel);
        }
        RunFolder.checkUsable(out);
        try {
            return new AuditRun.Settings(
                    councils,
                    "demo",
                    resolver,
                    root.global.httpSettings(),
                    TrustMaterial.load(root.global.httpSettings().extraTrustStore()),
                    root.global.storeConfig(),
                    root.global.resultsDir(),
                    Optional.ofNullable(out),
                    CrawlLimits.DEFAULTS,
                    // The sandbox is ours and local: no delay of our own between requests; a robots.txt
                    // Crawl-delay planted in the sandbox is still honoured.
                    PolitenessSettings.defaults().withDelay(Duration.ZERO),
                    parallel,
                    browser.settings(resolver),
                    List.of(
                            BrowserProfiles.find(browser.folder(), "desktop"),
                            BrowserProfiles.find(browser.folder(), "mobile")),
                    ConsentStrategyLoader.bundled(),
                    ScoringRulesLoader.bundled(),
                    Optional.ofNullable(resume),
                    allowList);
        } catch (BrowserConfigException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** Each council whose status, overall star or components differ from the key, with what differs. */
    static List<String> compare(AnswerKey key, RunSummary summary) {
        List<String> wrong = new ArrayList<>();
        for (CouncilSummary found : summary.councils()) {
            AnswerKey.CouncilAnswer expected = key.council(found.id()).orElseThrow();
            List<String> differences = new ArrayList<>();
            if (!found.status().name().equals(expected.status())) {
                differences.add("status " + found.status() + ", planted " + expected.status());
            }
            Optional<Integer> stars = expected.overall().map(o -> o.stars());
            if (!found.overall().equals(stars)) {
                differences.add(
                        "overall " + found.overall().map(String::valueOf).orElse("-") + ", planted "
                                + stars.map(String::valueOf).orElse("-"));
            }
            if (!found.components().equals(expected.components())) {
                differences.add(
                        "components " + found.components().map(Object::toString).orElse("-") + ", planted "
                                + expected.components().map(Object::toString).orElse("-"));
            }
            if (!differences.isEmpty()) {
                wrong.add(found.id() + " (" + String.join(", ", differences) + ")");
            }
        }
        return wrong;
    }
}
