package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.json.Json;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.report.CouncilStatus;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.scoring.ScoringRulesLoader;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * The audit's orchestration on Sandbox Wales, with the task stage answered from the answer key ({@link
 * AnswerKeyTasks}) so that these tests are about the lanes, not the journeys: an audited, a blocked and an unreachable
 * council each recorded with their status; a crash in one council's stage recorded as {@code FAILED} while the run
 * goes on; and {@code --resume} keeping the finished councils and doing only the failed one again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRunIT {

    private static final List<String> COUNCILS = List.of("blaenau-gwent", "caerphilly", "powys", "wrexham");

    @TempDir
    Path dir;

    private SandboxWales sandbox;
    private AnswerKey key;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        key = AnswerKey.of(sandbox);
    }

    @AfterAll
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void eachCouncilIsRecordedWithItsStatusACrashFailsOneCouncilOnlyAndResumeRedoesOnlyThat() throws Exception {
        AnswerKeyTasks crashing = new AnswerKeyTasks(sandbox, Set.of("caerphilly"));
        StringWriter err = new StringWriter();
        AuditRun.Outcome first = new AuditRun(settings(Optional.empty()), crashing, Clock.systemUTC())
                .execute(new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(first.summary().councils())
                .as("in registry order")
                .extracting(CouncilSummary::id)
                .containsExactlyElementsOf(registryOrder());
        assertThat(statuses(first.summary()))
                .containsExactly(
                        CouncilStatus.AUDITED, CouncilStatus.FAILED, CouncilStatus.BLOCKED, CouncilStatus.UNREACHABLE);
        assertThat(first.summary().council("caerphilly").orElseThrow().reason())
                .contains("planted crash in the task stage");
        assertThat(first.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(crashing.asked()).containsExactlyInAnyOrder("blaenau-gwent", "caerphilly");
        assertEqualToTheKey(first.summary(), "blaenau-gwent");
        assertThat(err.toString()).contains("[ 4/4]");
        RunSummary written =
                Json.mapper().readValue(Files.readString(first.folder().resolve("summary.json")), RunSummary.class);
        assertThat(written.schema()).isEqualTo("council-audit/summary/v1");
        assertThat(written.councils()).isEqualTo(first.summary().councils());
        assertThat(first.folder().resolve("councils/blaenau-gwent.json")).exists();

        AnswerKeyTasks working = new AnswerKeyTasks(sandbox, Set.of());
        AuditRun.Outcome resumed = new AuditRun(settings(Optional.of(first.runId())), working, Clock.systemUTC())
                .execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(resumed.runId()).isEqualTo(first.runId());
        assertThat(working.asked())
                .as("only the failed council is audited again")
                .containsExactly("caerphilly");
        assertThat(statuses(resumed.summary()))
                .containsExactly(
                        CouncilStatus.AUDITED, CouncilStatus.AUDITED, CouncilStatus.BLOCKED, CouncilStatus.UNREACHABLE);
        assertThat(resumed.summary().council("blaenau-gwent"))
                .as("a council finished before the resume is kept as it was")
                .isEqualTo(first.summary().council("blaenau-gwent"));
        assertEqualToTheKey(resumed.summary(), "caerphilly");
        assertThat(resumed.exitCode()).isEqualTo(ExitCode.DONE_WITH_UNREACHABLE);
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(dir.resolve("results")))) {
            assertThat(store.councilResults(first.runId())).hasSize(COUNCILS.size());
        }
    }

    /** The statuses of {@link #COUNCILS}, in that order. */
    private static List<CouncilStatus> statuses(RunSummary summary) {
        return COUNCILS.stream()
                .map(id -> summary.council(id).orElseThrow().status())
                .toList();
    }

    private List<String> registryOrder() {
        return sandbox.registry().councils().stream()
                .map(Council::id)
                .filter(COUNCILS::contains)
                .toList();
    }

    private void assertEqualToTheKey(RunSummary summary, String council) {
        CouncilSummary found = summary.council(council).orElseThrow();
        AnswerKey.CouncilAnswer expected = key.council(council).orElseThrow();
        assertThat(found.components()).as(council + " components").isEqualTo(expected.components());
        assertThat(found.overall())
                .as(council + " overall")
                .isEqualTo(expected.overall().map(o -> o.stars()));
    }

    private AuditRun.Settings settings(Optional<String> resume) throws Exception {
        List<ResolveRule> rules = sandbox.hosts().stream()
                .map(h -> new ResolveRule(h, InetAddress.getLoopbackAddress()))
                .toList();
        HostResolver resolver = new HostResolver(rules, new AddressPolicy(false));
        List<Council> councils = sandbox.registry().councils().stream()
                .filter(c -> COUNCILS.contains(c.id()))
                .toList();
        Path results = dir.resolve("results");
        return new AuditRun.Settings(
                councils,
                "audit",
                resolver,
                HttpSettings.defaults("test").withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                TrustMaterial.load(Optional.empty()),
                StoreConfig.embedded(results),
                results,
                Optional.empty(),
                CrawlLimits.DEFAULTS,
                PolitenessSettings.defaults().withDelay(Duration.ZERO),
                4,
                BrowserSettings.defaults().withResolve(rules),
                List.of(BrowserProfile.DESKTOP, BrowserProfile.MOBILE),
                ConsentStrategyLoader.bundled(),
                ScoringRulesLoader.bundled(),
                resume,
                sandbox.submissionAllowList());
    }
}
