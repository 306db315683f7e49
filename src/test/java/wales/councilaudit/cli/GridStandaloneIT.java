package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.registry.RegistryWriter;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilStatus;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.testing.GridStandalone;

/**
 * Issue 8's scale-out criterion without Docker: one Sandbox Wales council audited from the command line twice, once
 * with local ChromeDriver and once through a Selenium Grid standalone server ({@code --grid}, the {@code
 * selenium-grid} jar run on Debian's ChromeDriver, see {@link GridStandalone}), gives the same scores and the same
 * findings. The Grid's Chromium reaches the sandbox's hosts through the host-resolver rules the product sends in the
 * session's capabilities, as a Grid node in another network would reach a staging site.
 *
 * <p>Blaenau Gwent: faults across seven WCAG criteria on its home page, small targets on mobile, and two tasks whose
 * online service is on a third-party host (so the journeys leave the council's hosts through the Grid too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridStandaloneIT {

    private static final String COUNCIL = "blaenau-gwent";

    @TempDir
    static Path dir;

    private SandboxWales sandbox;
    private GridStandalone grid;
    private Path args;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        Path registry = dir.resolve("sandbox-councils.yaml");
        Files.writeString(registry, RegistryWriter.toYaml(sandbox.registry()), StandardCharsets.UTF_8);
        args = dir.resolve("sandbox.args");
        Files.writeString(args, SandboxArguments.argumentFile(sandbox, registry), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        grid = GridStandalone.start(Files.createDirectories(dir.resolve("grid")), 2, Duration.ofSeconds(60));
        System.out.printf(
                "GridStandaloneIT: Grid ready at %s in %d ms%n", grid.url(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void stop() {
        if (grid != null) {
            grid.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void anAuditThroughTheGridGivesTheSameScoresAndFindingsAsLocalChromeDriver() throws Exception {
        Path local = audit("local");
        assertThat(sessionsOnTheGrid())
                .as("the local audit used no Grid session")
                .isZero();
        Path remote = audit("grid", "--grid", grid.url().toString());
        assertThat(sessionsOnTheGrid())
                .as("the audit's sessions ran on the Grid's node")
                .isPositive();

        CouncilSummary localSummary = summary(local);
        CouncilSummary gridSummary = summary(remote);
        assertThat(localSummary.status()).isEqualTo(CouncilStatus.AUDITED);
        assertThat(gridSummary)
                .as("the council's summary through the Grid, timings and the domain check's times aside")
                .usingRecursiveComparison()
                .ignoringFields("timings", "domain")
                .isEqualTo(localSummary);
        AnswerKey.CouncilAnswer key = AnswerKey.of(sandbox).council(COUNCIL).orElseThrow();
        assertThat(gridSummary.components()).as("the planted components").isEqualTo(key.components());

        CouncilDetail localDetail = SummaryJson.readDetail(SummaryJson.detailFile(local, COUNCIL));
        CouncilDetail gridDetail = SummaryJson.readDetail(SummaryJson.detailFile(remote, COUNCIL));
        Set<String> localFindings = findings(localDetail);
        System.out.printf(
                "GridStandaloneIT: %d distinct findings (%d occurrences) on %d mobile pages, equal through the Grid%n",
                localFindings.size(),
                localDetail.findings().stream()
                        .mapToInt(FindingGroup::occurrences)
                        .sum(),
                localDetail.mobile().size());
        assertThat(localFindings).as("axe and keyboard findings found locally").isNotEmpty();
        assertThat(findings(gridDetail)).isEqualTo(localFindings);
        assertThat(mobile(gridDetail)).isEqualTo(mobile(localDetail));
        assertThat(gridDetail.notScanned()).isEqualTo(localDetail.notScanned()).isEmpty();
        assertThat(journeys(gridDetail)).as("the task journeys").isEqualTo(journeys(localDetail));
    }

    /** Audits {@link #COUNCIL} from the command line into {@code dir/name}, and returns that folder. */
    private Path audit(String name, String... extra) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(
                "@" + args,
                "--results",
                dir.resolve("results-" + name).toString(),
                "audit",
                "--council",
                COUNCIL,
                "--delay",
                "0s",
                "--out",
                out.toString()));
        all.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int exit = Main.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        System.out.printf(
                "GridStandaloneIT: audit of %s (%s) in %d ms%n",
                COUNCIL, name, (System.nanoTime() - started) / 1_000_000);
        assertThat(exit)
                .as(name + ": " + err + "\nGrid log:\n" + grid.logText())
                .isEqualTo(ExitCode.DONE);
        return out;
    }

    /** How many sessions the Grid's node has started, from its log. */
    private long sessionsOnTheGrid() {
        return grid.logText()
                .lines()
                .filter(l -> l.contains("Session created by the Node"))
                .count();
    }

    private static CouncilSummary summary(Path run) throws Exception {
        return SummaryJson.readSummary(run.resolve("summary.json"))
                .council(COUNCIL)
                .orElseThrow();
    }

    /** Each distinct finding: its fingerprint, certainty, pages and number of occurrences. */
    private static Set<String> findings(CouncilDetail detail) {
        return detail.findings().stream()
                .map(g ->
                        g.fingerprint() + " " + g.certainty() + " " + new TreeSet<>(g.pages()) + " x" + g.occurrences())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each mobile page's checks, its screenshot (whose path names the run's folder) aside. */
    private static List<String> mobile(CouncilDetail detail) {
        return detail.mobile().stream()
                .map(p -> p.page() + " " + p.viewport() + " " + p.overflow() + " " + p.text())
                .sorted()
                .toList();
    }

    /** Each task journey, step by step, screenshots aside. */
    private static List<String> journeys(CouncilDetail detail) {
        return detail.journeys().stream()
                .map(j -> String.join(
                        " ",
                        j.taskId(),
                        j.profile(),
                        j.lang(),
                        j.method(),
                        j.outcome(),
                        j.steps().stream()
                                .map(s -> s.url() + " " + s.action() + " " + s.matched() + " " + s.failure())
                                .toList()
                                .toString()))
                .toList();
    }
}
