package wales.councilaudit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.SubmitGuard;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.tasks.CouncilTasks;
import wales.councilaudit.tasks.Journey;
import wales.councilaudit.tasks.Lang;
import wales.councilaudit.tasks.TaskScripts;
import wales.councilaudit.tasks.TaskSuite;

/**
 * {@code bench tasks}: the top-task suite's time on Sandbox Wales: the full suite (every top task on desktop and
 * mobile in English and Welsh, the navigation tasks, the site checks) for one council, then for every audited
 * council, one after another, on the given number of sessions. Screenshots are written to a temporary folder.
 */
public final class TasksBench {

    /**
     * The figures.
     *
     * @param sessions browser sessions
     * @param council the council timed alone
     * @param oneCouncilSeconds its suite's time
     * @param councils the audited councils of the full run
     * @param allSeconds the full run's time
     * @param journeys journeys in the full run
     * @param failedJourneys of those, failed ones
     */
    public record Report(
            int sessions,
            String council,
            double oneCouncilSeconds,
            int councils,
            double allSeconds,
            int journeys,
            int failedJourneys) {}

    private final PrintWriter log;

    public TasksBench(PrintWriter log) {
        this.log = log;
    }

    public Report run(String one, int sessions, Path shots) throws IOException {
        try (SandboxWales sandbox = SandboxWales.start(RegistryLoader.bundled(), 0)) {
            AnswerKey key = AnswerKey.of(sandbox);
            List<ResolveRule> resolve = sandbox.hosts().stream()
                    .map(h -> new ResolveRule(h, InetAddress.getLoopbackAddress()))
                    .toList();
            try (BrowserPool pool = BrowserPool.open(
                    BrowserSettings.defaults().withSessions(sessions).withResolve(resolve),
                    new SubmitGuard(sandbox.submissionAllowList()))) {
                PageScanner scanner = new PageScanner(
                        new AxeScanner(Duration.ofSeconds(30)),
                        KeyboardProbe.defaults(),
                        ConsentStrategyLoader.bundled());
                TaskSuite suite = new TaskSuite(pool, TaskScripts.bundled(), scanner, shots);
                List<Council> audited = new ArrayList<>();
                for (Council c : sandbox.registry().councils()) {
                    if (key.council(c.id()).orElseThrow().status().equals("AUDITED")) {
                        audited.add(c);
                    }
                }
                Council first = audited.stream()
                        .filter(c -> c.id().equals(one))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no audited sandbox council " + one));
                run(suite, first); // warm-up: sessions started, axe-core loaded
                long start = System.nanoTime();
                run(suite, first);
                double oneSeconds = (System.nanoTime() - start) / 1e9;
                log.printf("bench tasks: %s in %.1f s%n", one, oneSeconds);
                log.flush();
                int journeys = 0;
                int failed = 0;
                start = System.nanoTime();
                for (Council c : audited) {
                    CouncilTasks result = run(suite, c);
                    journeys += result.journeys().size();
                    failed += (int) result.journeys().stream()
                            .filter(j -> j.outcome() == Journey.Outcome.FAILED)
                            .count();
                    log.printf("bench tasks: %s done%n", c.id());
                    log.flush();
                }
                double all = (System.nanoTime() - start) / 1e9;
                return new Report(sessions, one, oneSeconds, audited.size(), all, journeys, failed);
            }
        }
    }

    private static CouncilTasks run(TaskSuite suite, Council council) {
        return suite.run(
                council.homepage().en(),
                List.of(council.homepage().en()),
                List.of(BrowserProfile.DESKTOP, BrowserProfile.MOBILE),
                Set.of(Lang.EN, Lang.CY),
                j -> {});
    }
}
