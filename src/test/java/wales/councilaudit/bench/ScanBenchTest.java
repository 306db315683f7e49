package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wales.councilaudit.bench.CrawlBench.Check;
import wales.councilaudit.bench.CrawlBench.Verdict;

/** The scan benchmark's judgement and comparison on made-up runs: no server, no browser. */
class ScanBenchTest {

    @Test
    void theTargetComparesTheProductsBestCompleteRunWithTheFasterCompletePeer() {
        List<ScanRun> runs = List.of(
                run(ScanRun.PRODUCT, 1, 60, Map.of()), // 120 pages/min
                run(ScanRun.PRODUCT, 2, 50, Map.of()), // 144
                run(ScanRun.PA11Y_CI, 1, 180, Map.of()), // 40
                run(ScanRun.PA11Y_CI, 2, 10, Map.of("/p/1.html", "Protocol error")), // fast, but incomplete
                run(ScanRun.AXE_CLI, 1, 120, Map.of())); // 60

        List<Check> checks = ScanBench.judge(runs, List.of());

        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(checks.get(0).why()).startsWith("144.0 / 60.0 = 2.40x").contains("@axe-core/cli with 1");
    }

    @Test
    void theTargetIsMetAtThreeTimesAndNotMeasuredWithoutPeers() {
        List<ScanRun> met = List.of(run(ScanRun.PRODUCT, 1, 30, Map.of()), run(ScanRun.AXE_CLI, 1, 90, Map.of()));
        assertThat(ScanBench.judge(met, List.of()).get(0).verdict()).isEqualTo(Verdict.MET);

        List<ScanRun> alone = List.of(
                run(ScanRun.PRODUCT, 1, 30, Map.of()),
                ScanRun.notRun(ScanRun.AXE_CLI, 1, 120, ScanRun.Status.UNAVAILABLE, "node is not installed"));
        Check check = ScanBench.judge(alone, List.of()).get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(check.why()).isEqualTo("no peer run scanned every page");
    }

    @Test
    void agreementNamesEachRuleIdOnlyOneSideReported() {
        ScanRun product = withRules(
                ScanRun.PRODUCT,
                Map.of("/", ids(), "/p/1.html", ids("image-alt"), "/p/3.html", ids("frame-title", "button-name")));
        ScanRun peer = withRules(
                ScanRun.PA11Y_CI,
                Map.of("/", ids(), "/p/1.html", ids("image-alt"), "/p/3.html", ids("frame-title", "frame-tested")));

        ScanAgreement agreement = ScanAgreement.of(product, peer);

        assertThat(agreement.peer()).isEqualTo("pa11y-ci/1");
        assertThat(agreement.comparedPages()).isEqualTo(3);
        assertThat(agreement.samePages()).isEqualTo(2);
        assertThat(agreement.summary()).isEqualTo("2/3");
        assertThat(agreement.onlyPeer()).containsExactly(Map.entry("frame-tested", 1));
        assertThat(agreement.onlyProduct()).containsExactly(Map.entry("button-name", 1));
        assertThat(agreement.pages()).containsExactly(Map.entry("/p/3.html", List.of("+frame-tested", "-button-name")));
        List<Check> checks = ScanBench.judge(List.of(product, peer), List.of(agreement));
        assertThat(checks.get(1).target()).isEqualTo("same rule ids per page as pa11y-ci/1");
        assertThat(checks.get(1).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void pagesPerMinuteCountsPagesWithAResult() {
        ScanRun run = run(ScanRun.PA11Y_CI, 2, 30, Map.of("/p/1.html", "x", "/p/2.html", "y"));
        assertThat(run.failedPages()).isEqualTo(2);
        assertThat(run.pagesPerMinute()).isEqualTo(118 * 2.0);
        assertThat(run.complete()).isFalse();
    }

    @Test
    void settingsAreChecked() {
        Path work = Path.of("w");
        assertThat(new ScanBench.Settings(100, List.of(1, 2), 10, false, work).pages())
                .isEqualTo(100);
        assertThatThrownBy(() -> new ScanBench.Settings(0, List.of(1), 0, false, work))
                .hasMessageContaining("--pages");
        assertThatThrownBy(() -> new ScanBench.Settings(10, List.of(), 0, false, work))
                .hasMessageContaining("--sessions");
        assertThatThrownBy(() -> new ScanBench.Settings(10, List.of(9), 0, false, work))
                .hasMessageContaining("--sessions");
        assertThatThrownBy(() -> new ScanBench.Settings(10, List.of(1), 11, false, work))
                .hasMessageContaining("--warmup-pages");
    }

    @Test
    void memoryLinesAreReadInKilobytes() {
        assertThat(ScanChromiumMemory.kilobytes("VmRSS:\t  123456 kB")).isEqualTo(123_456);
        assertThat(ScanChromiumMemory.kilobytes("Pss:                1024 kB")).isEqualTo(1_024);
        assertThat(ScanChromiumMemory.read(ProcessHandle.current().pid(), "status", "VmRSS:"))
                .isPositive();
        assertThat(ScanChromiumMemory.read(Long.MAX_VALUE, "status", "VmRSS:")).isZero();
    }

    /** A run of 120 pages in the given seconds, the failed pages as given. */
    private static ScanRun run(String contender, int sessions, double seconds, Map<String, String> failures) {
        Map<String, SortedSet<String>> rules = new java.util.HashMap<>();
        for (int n = 0; rules.size() < 120 - failures.size(); n++) {
            if (!failures.containsKey(ScanCorpus.path(n))) {
                rules.put(ScanCorpus.path(n), ids());
            }
        }
        return ScanRun.measured(contender, sessions, 120, seconds, rules, failures, "4.11.1", Map.of());
    }

    private static ScanRun withRules(String contender, Map<String, SortedSet<String>> rules) {
        return ScanRun.measured(contender, 1, rules.size(), 1, rules, Map.of(), "4.11.1", Map.of());
    }

    private static SortedSet<String> ids(String... ids) {
        return new TreeSet<>(List.of(ids));
    }
}
