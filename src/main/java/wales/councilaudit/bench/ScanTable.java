package wales.councilaudit.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import wales.councilaudit.bench.CrawlBench.Check;
import wales.councilaudit.bench.CrawlBench.Verdict;

/** Prints a {@link ScanBench.Report} as the table {@code bench scan} writes on standard output. Stateless. */
public final class ScanTable {

    private static final long MB = 1024L * 1024;

    private ScanTable() {}

    public static void print(ScanBench.Report report, PrintWriter out) {
        ScanBench.Settings settings = report.settings();
        out.printf(
                Locale.ROOT,
                "Scan benchmark: %d pages on 127.0.0.1, desktop profile; %d processors, load average %s;"
                        + " Chromium %s%n",
                settings.pages(),
                report.environment().availableProcessors(),
                report.loadAverage().isEmpty() ? "unknown" : String.join(" then ", report.loadAverage()),
                report.chromium());
        out.println("axe-core: " + versions(report));
        out.printf(
                Locale.ROOT,
                "%-15s %8s %6s %8s %10s %7s %12s %9s %10s%n",
                "contender",
                "sessions",
                "pages",
                "seconds",
                "pages/min",
                "failed",
                "MB/session",
                "MB total",
                "same ids");
        for (ScanRun run : report.runs()) {
            row(out, run, report.agreements());
        }
        out.printf(
                Locale.ROOT,
                "(seconds: the product after a %d-page warm-up, a peer from its processes' start to their end;"
                        + " pages/min counts pages with a result; MB/session: the most one Chromium session's processes"
                        + " held (a Chromium browser process and its descendants, proportional set size summed, sampled every"
                        + " %d ms; their VmRSS summed, which counts shared pages once per process, is in scan.json);"
                        + " MB total: all sessions at once; MB = 2^20 bytes; same ids: pages with the same violation"
                        + " and incomplete rule ids as the product's first run)%n",
                settings.warmupPages(),
                ScanChromiumMemory.INTERVAL_MILLIS);
        differences(report, out);
        failures(report, out);
        out.println("Targets:");
        for (Check check : report.checks()) {
            out.printf("  %s: %s (%s)%n", check.target(), check.verdict().label(), check.why());
        }
        out.println("All targets: " + overall(report.checks()).label());
        out.flush();
    }

    private static String versions(ScanBench.Report report) {
        List<String> parts = new ArrayList<>(List.of("product " + report.productAxeCore()));
        report.peers().ifPresent(peers -> {
            Map<String, String> v = peers.versions();
            if (peers.unavailable().isPresent()) {
                parts.add("peers unavailable: " + peers.unavailable().get());
                return;
            }
            parts.add(String.format(
                    "pa11y-ci %s (pa11y %s, puppeteer %s) %s",
                    v.get("pa11y-ci"), v.get("pa11y"), v.get("puppeteer"), v.get("axe-core (pa11y)")));
            parts.add(String.format(
                    "@axe-core/cli %s (selenium-webdriver %s) %s",
                    v.get("@axe-core/cli"), v.get("selenium-webdriver"), v.get("axe-core (@axe-core/cli)")));
            parts.add("node " + v.get("node"));
        });
        if (report.peers().isEmpty()) {
            parts.add("peers skipped");
        }
        return String.join("; ", parts);
    }

    private static void row(PrintWriter out, ScanRun run, List<ScanAgreement> agreements) {
        String name = run.contender().equals(ScanRun.PA11Y_CI) ? "pa11y-ci (axe)" : run.contender();
        if (run.status() != ScanRun.Status.OK) {
            out.printf(
                    Locale.ROOT,
                    "%-15s %8d %6d  %s: %s%n",
                    name,
                    run.sessions(),
                    run.pages(),
                    run.status().label(),
                    run.reason().orElse(""));
            return;
        }
        String same = run.contender().equals(ScanRun.PRODUCT)
                ? "-"
                : agreements.stream()
                        .filter(a -> a.peer().equals(run.contender() + "/" + run.sessions()))
                        .map(ScanAgreement::summary)
                        .findFirst()
                        .orElse("-");
        out.printf(
                Locale.ROOT,
                "%-15s %8d %6d %8.1f %10.1f %7d %12s %9s %10s%n",
                name,
                run.sessions(),
                run.pages(),
                run.seconds(),
                run.pagesPerMinute(),
                run.failedPages(),
                run.memory().map(m -> Long.toString(m.sessionPss() / MB)).orElse("-"),
                run.memory().map(m -> Long.toString(m.totalPss() / MB)).orElse("-"),
                same);
    }

    private static void differences(ScanBench.Report report, PrintWriter out) {
        if (report.agreements().stream().allMatch(a -> a.samePages() == a.comparedPages())) {
            return;
        }
        out.println(
                "Rule ids that differ from the product's, by peer run: pages (+ only the peer, - only the product)");
        for (ScanAgreement agreement : report.agreements()) {
            List<String> parts = new ArrayList<>();
            agreement.onlyPeer().forEach((id, n) -> parts.add("+" + id + " " + n));
            agreement.onlyProduct().forEach((id, n) -> parts.add("-" + id + " " + n));
            if (!parts.isEmpty()) {
                out.printf("  %s: %s%n", agreement.peer(), String.join(", ", parts));
            }
        }
    }

    private static void failures(ScanBench.Report report, PrintWriter out) {
        for (ScanRun run : report.runs()) {
            SortedMap<String, String> failures = run.failures();
            if (failures.isEmpty()) {
                continue;
            }
            String first = failures.firstKey();
            out.printf(
                    "Failed pages, %s/%d: %d, e.g. %s: %s%n",
                    run.contender(), run.sessions(), failures.size(), first, failures.get(first));
        }
    }

    /** {@code met} when every check is met, {@code not met} when one is not, else {@code not measured}. */
    static Verdict overall(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.verdict() == Verdict.NOT_MET)) {
            return Verdict.NOT_MET;
        }
        return checks.stream().allMatch(c -> c.verdict() == Verdict.MET) ? Verdict.MET : Verdict.NOT_MEASURED;
    }
}
