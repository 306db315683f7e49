package wales.councilaudit.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.browser.SubmitGuard;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.sandbox.answers.ExpectedFacts;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.thirdparty.ThirdPartySites;
import wales.councilaudit.scoring.MobileFacts;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.scoring.ToolsFacts;

/**
 * Issue 6's acceptance on Sandbox Wales: the full task suite (4 tasks × desktop and mobile × English and Welsh, the
 * three navigation tasks, the site checks) on every audited council, the answers compared with the answer key
 * question by question (the agreement table is printed), the tools facts and mobile journey counts likewise, the
 * four site styles, JS-rendered search, mobile menus and third-party hand-offs exercised along the way, and no
 * submission on any third-party host. {@code -Dsandbox.councils=a,b} limits the councils.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasksSandboxIT {

    @TempDir
    Path evidence;

    private SandboxWales sandbox;
    private BrowserPool pool;
    private final Map<String, CouncilTasks> results = new LinkedHashMap<>();
    private final Map<String, CouncilProfile> profiles = new LinkedHashMap<>();
    private List<SubmissionLog.Submission> submissions;

    @BeforeAll
    void runTheSuiteOnEveryAuditedCouncil() {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        try {
            sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        AnswerKey key = AnswerKey.of(sandbox);
        List<ResolveRule> resolve = sandbox.hosts().stream()
                .map(h -> new ResolveRule(h, InetAddress.getLoopbackAddress()))
                .toList();
        pool = BrowserPool.open(
                BrowserSettings.defaults().withResolve(resolve).withPageLoadTimeout(Duration.ofSeconds(20)),
                new SubmitGuard(sandbox.submissionAllowList()));
        PageScanner scanner = new PageScanner(
                new AxeScanner(Duration.ofSeconds(30)), KeyboardProbe.defaults(), ConsentStrategyLoader.bundled());
        TaskSuite suite = new TaskSuite(pool, TaskScripts.bundled(), scanner, evidence);
        long start = System.nanoTime();
        for (String id : councils()) {
            if (!key.council(id).orElseThrow().status().equals("AUDITED")) {
                continue;
            }
            Council council = sandbox.registry().find(id).orElseThrow();
            SiteContext site = sandbox.site(id).context();
            profiles.put(id, site.profile());
            long t = System.nanoTime();
            results.put(
                    id,
                    suite.run(
                            council.homepage().en(),
                            sample(council.homepage().en(), site),
                            List.of(BrowserProfile.DESKTOP, BrowserProfile.MOBILE),
                            Set.of(Lang.EN, Lang.CY),
                            j -> {}));
            System.out.printf(
                    "TasksSandboxIT: %s (%s) in %d ms%n",
                    id, site.profile().style(), (System.nanoTime() - t) / 1_000_000);
        }
        System.out.printf(
                "TasksSandboxIT: %d councils in %d s%n", results.size(), (System.nanoTime() - start) / 1_000_000_000);
        submissions = sandbox.submissions().all();
    }

    @AfterAll
    void stop() {
        if (pool != null) {
            pool.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    List<String> councils() {
        List<String> only = List.of(System.getProperty("sandbox.councils", "").split(","));
        return RegistryLoader.bundled().councils().stream()
                .map(Council::id)
                .filter(id -> only.equals(List.of("")) || only.contains(id))
                .toList();
    }

    /** The canonical sample of the answer key: the home page, the four task pages and five content pages. */
    static List<URI> sample(URI home, SiteContext site) {
        List<URI> pages = new ArrayList<>();
        pages.add(home);
        for (String task : CouncilProfile.TASKS) {
            pages.add(uri(site, site.plan().taskPage(task)));
        }
        site.plan().ofKind(PageKind.CONTENT).stream().limit(5).forEach(p -> pages.add(uri(site, p)));
        return pages;
    }

    private static URI uri(SiteContext site, PlanPage page) {
        return URI.create(site.absolute(
                wales.councilaudit.sandbox.site.Lang.EN, site.address(page, wales.councilaudit.sandbox.site.Lang.EN)));
    }

    @Test
    void theAnswersAgreeWithTheAnswerKeyQuestionByQuestion() {
        Map<String, int[]> agreement = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        results.forEach((id, tasks) -> {
            for (TaskResult task : tasks.tasks()) {
                List<QuestionAnswer> expected = ExpectedFacts.taskAnswers(profiles.get(id), task.taskId());
                assertThat(task.answers().stream()
                                .map(QuestionAnswer::questionId)
                                .toList())
                        .isEqualTo(expected.stream()
                                .map(QuestionAnswer::questionId)
                                .toList());
                for (int i = 0; i < expected.size(); i++) {
                    QuestionAnswer want = expected.get(i);
                    QuestionAnswer got = task.answers().get(i);
                    int[] counts = agreement.computeIfAbsent(want.questionId(), q -> new int[2]);
                    counts[1]++;
                    if (want.answer() == got.answer() && want.essential() == got.essential()) {
                        counts[0]++;
                    } else {
                        mismatches.add(id + " " + task.taskId() + " " + want.questionId() + ": expected "
                                + want.answer() + " (" + want.evidence() + "), got " + got.answer() + " ("
                                + got.evidence() + ")");
                    }
                }
            }
        });
        StringBuilder table = new StringBuilder("question             agree / total\n");
        TaskAnswers.QUESTIONS.forEach(q -> {
            int[] c = agreement.getOrDefault(q, new int[2]);
            table.append(String.format("%-20s %5d / %d%n", q, c[0], c[1]));
        });
        System.out.println(table);
        assertThat(mismatches)
                .as("answers that disagree with the answer key\n" + table)
                .isEmpty();
    }

    @Test
    void theToolsFactsAndMobileJourneysAgreeWithTheAnswerKey() {
        List<String> mismatches = new ArrayList<>();
        int[] agree = new int[2];
        results.forEach((id, tasks) -> {
            ToolsFacts want = sorted(ExpectedFacts.tools(profiles.get(id)));
            ToolsFacts got = sorted(tasks.tools());
            agree[1]++;
            if (want.equals(got)) {
                agree[0]++;
            } else {
                mismatches.add(id + ": expected " + want + ", got " + got);
            }
            MobileFacts mobile = ExpectedFacts.mobile(profiles.get(id));
            if (mobile.journeysTried() != tasks.journeysTried()
                    || mobile.journeysWorking() != tasks.journeysWorking()) {
                mismatches.add(id + ": expected mobile journeys " + mobile.journeysWorking() + "/"
                        + mobile.journeysTried() + ", got " + tasks.journeysWorking() + "/" + tasks.journeysTried());
            }
        });
        System.out.printf("tools facts: %d / %d councils agree%n", agree[0], agree[1]);
        assertThat(mismatches).isEmpty();
    }

    /** The facts with the lookups in id order (the scripts are read in file-name order). */
    private static ToolsFacts sorted(ToolsFacts f) {
        return new ToolsFacts(
                f.lookups().stream()
                        .sorted(java.util.Comparator.comparing(wales.councilaudit.scoring.ContentLookup::itemId))
                        .toList(),
                f.siteSearch(),
                f.atoZ(),
                f.pagesExamined(),
                f.pagesWithSearchBox(),
                f.helpfulNoResultsPage());
    }

    @Test
    void nothingIsSubmittedAnywhereAndNeverOnAThirdPartyHost() {
        assertThat(submissions).as("every submission the sandbox received").isEmpty();
        assertThat(submissions.stream()
                        .filter(s -> ThirdPartySites.serves(s.host()))
                        .toList())
                .isEmpty();
    }

    @Test
    void journeysRecordEveryStepWithScreenshotsAndCoverEveryStyleAndFeature() throws Exception {
        Map<String, Integer> seen = new TreeMap<>();
        for (Map.Entry<String, CouncilTasks> e : results.entrySet()) {
            CouncilProfile profile = profiles.get(e.getKey());
            for (Journey j : e.getValue().journeys()) {
                assertThat(j.steps()).isNotEmpty();
                if (j.outcome() == Journey.Outcome.REACHED) {
                    seen.merge("style " + profile.style(), 1, Integer::sum);
                    for (JourneyStep step : j.steps()) {
                        if (!step.screenshot().isEmpty()) {
                            assertThat(Files.size(evidence.resolve(step.screenshot())))
                                    .isPositive();
                        }
                    }
                    if (j.steps().stream().anyMatch(s -> s.action().equals("open the menu"))) {
                        seen.merge("mobile menu", 1, Integer::sum);
                    }
                    j.findings()
                            .onlineHost()
                            .filter(ThirdPartySites::serves)
                            .ifPresent(h -> seen.merge("third-party hand-off", 1, Integer::sum));
                    if (j.findings().search() == JourneyFindings.Search.IN_TOP_FIVE
                            && profile.style() == CouncilProfile.SiteStyle.SHAREPOINT) {
                        seen.merge("JS-rendered search", 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println("journeys reached: " + seen);
        if (councils().size() == RegistryLoader.bundled().councils().size()) {
            assertThat(seen.keySet())
                    .contains(
                            "style SHAREPOINT",
                            "style DRUPAL",
                            "style LEGACY",
                            "style WELSH_FIRST",
                            "mobile menu",
                            "third-party hand-off",
                            "JS-rendered search");
        }
    }
}
