package wales.councilaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import wales.councilaudit.browser.Chromium;

/**
 * {@code pa11y-ci} with pa11y's axe runner as a scan benchmark peer: one run over all pages, with {@code sessions}
 * as its concurrency, warnings and notices included (so every axe violation and incomplete result is reported,
 * whatever its impact), the product's desktop viewport, and puppeteer launching Debian's Chromium. Its rule ids are
 * the issues' {@code code}s; a page whose result is an error, or that has no result, is a failed page. pa11y keeps its
 * defaults otherwise: WCAG2AA, which runs axe's rules tagged {@code wcag2a}, {@code wcag21a}, {@code wcag2aa}, {@code
 * wcag21aa} and {@code best-practice} only, and axe injected into the top document only.
 */
final class ScanPa11yCi {

    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScanPa11yCi() {}

    /** Runs pa11y-ci once on the pages; the scratch folder holds its config, output and HOME. */
    static ScanRun run(ScanPeerInstall peers, List<URI> pages, int sessions, Path scratch, Duration timeout)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(scratch.resolve("pa11y-ci-" + sessions));
        Path config = dir.resolve("pa11y-ci.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(config.toFile(), config(pages, sessions));
        Path bin = peers.folder().resolve("node_modules/.bin/pa11y-ci");
        List<String> command = List.of(bin.toString(), "--config", config.toString(), "--json");
        long start = System.nanoTime();
        ScanProcess.Ended ended = ScanProcess.run(command, ScanAxeCli.environment(dir), dir, "pa11y-ci", timeout);
        double seconds = (System.nanoTime() - start) / 1e9;
        String axe = peers.versions().getOrDefault("axe-core (pa11y)", "");
        Map<String, String> details =
                Map.of("command", String.join(" ", command), "exit", Integer.toString(ended.exitCode()));
        JsonNode report;
        try {
            report = JSON.readTree(ended.stdout().toFile());
        } catch (IOException e) {
            report = null;
        }
        if (report == null || !report.path("results").isObject()) {
            String why = ended.timedOut()
                    ? "pa11y-ci did not finish within " + timeout.toSeconds() + " s"
                    : "pa11y-ci wrote no JSON report (exit " + ended.exitCode() + "): " + ended.errorTail(3);
            return ScanRun.notRun(ScanRun.PA11Y_CI, sessions, pages.size(), ScanRun.Status.FAILED, why);
        }
        Parsed parsed = parse(report.path("results"), pages);
        return ScanRun.measured(
                ScanRun.PA11Y_CI, sessions, pages.size(), seconds, parsed.rules(), parsed.failures(), axe, details);
    }

    /** Rule ids per page path, and why pages have none. */
    record Parsed(Map<String, SortedSet<String>> rules, Map<String, String> failures) {}

    /**
     * Reads pa11y-ci's {@code results} (page URL to its issues, or to one error): an issue's {@code code} is an axe
     * rule id; an entry without a code is the page's error; a page missing from the results has failed.
     */
    static Parsed parse(JsonNode results, List<URI> pages) {
        Map<String, SortedSet<String>> rules = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        for (URI page : pages) {
            String path = page.getRawPath();
            JsonNode issues = results.get(page.toString());
            if (issues == null || !issues.isArray()) {
                failures.put(path, "no result in pa11y-ci's report");
                continue;
            }
            SortedSet<String> ids = new TreeSet<>();
            String error = null;
            for (JsonNode issue : issues) {
                if (issue.hasNonNull("code")) {
                    ids.add(issue.get("code").asText());
                } else {
                    error = issue.path("message").asText("an error without a message");
                }
            }
            if (error != null) {
                failures.put(path, error.lines().findFirst().orElse(error));
            } else {
                rules.put(path, ids);
            }
        }
        return new Parsed(rules, failures);
    }

    static ObjectNode config(List<URI> pages, int sessions) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode defaults = root.putObject("defaults");
        defaults.putArray("runners").add("axe");
        defaults.put("includeWarnings", true);
        defaults.put("includeNotices", true);
        defaults.put("concurrency", sessions);
        defaults.put("timeout", 60_000);
        ObjectNode viewport = defaults.putObject("viewport");
        viewport.put("width", 1366);
        viewport.put("height", 768);
        ObjectNode launch = defaults.putObject("chromeLaunchConfig");
        launch.put("executablePath", Chromium.binary().toString());
        ArrayNode args = launch.putArray("args");
        CHROMIUM_ARGS.forEach(args::add);
        ArrayNode urls = root.putArray("urls");
        pages.forEach(p -> urls.add(p.toString()));
        return root;
    }
}
