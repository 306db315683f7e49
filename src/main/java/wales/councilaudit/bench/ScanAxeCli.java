package wales.councilaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import wales.councilaudit.browser.Chromium;

/**
 * {@code @axe-core/cli} as a scan benchmark peer: with one session, one {@code axe} process over all pages; with
 * {@code n}, {@code n} processes at once, the pages dealt out in turn. Each runs Debian's ChromeDriver and Chromium
 * headless ({@code --chromedriver-path}, {@code --chrome-path}, {@code --chrome-options}), in Chromium's default
 * window (its option list is split at commas, so {@code --window-size=W,H} cannot be passed), and writes its results
 * as JSON ({@code --stdout}). Its rule ids are each result's violations' and incomplete results' ids. The tool stops
 * at a page it cannot scan, so the pages after it in that process have no result and are failed pages.
 */
final class ScanAxeCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScanAxeCli() {}

    /** Runs the processes on the pages; the scratch folder holds their output and HOME. */
    static ScanRun run(ScanPeerInstall peers, List<URI> pages, int sessions, Path scratch, Duration timeout)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(scratch.resolve("axe-cli-" + sessions));
        Path bin = peers.folder().resolve("node_modules/.bin/axe");
        List<List<URI>> shares = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < pages.size(); i++) {
            shares.get(i % sessions).add(pages.get(i));
        }
        List<Process> processes = new ArrayList<>();
        List<String> first = List.of();
        long start = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            Path home = Files.createDirectories(dir.resolve("process-" + i));
            List<String> command = command(bin, shares.get(i));
            first = i == 0 ? command : first;
            processes.add(ScanProcess.start(command, environment(home), home, "axe"));
        }
        List<ScanProcess.Ended> ended = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ended.add(ScanProcess.await(processes.get(i), dir.resolve("process-" + i), "axe", timeout));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, SortedSet<String>> rules = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        for (int i = 0; i < sessions; i++) {
            collect(shares.get(i), ended.get(i), timeout, rules, failures);
        }
        String axe = peers.versions().getOrDefault("axe-core (@axe-core/cli)", "");
        Map<String, String> details = Map.of(
                "command",
                String.join(" ", first.subList(0, Math.min(first.size(), 8))) + " … (URLs elided)",
                "exit",
                ended.stream().map(e -> Integer.toString(e.exitCode())).toList().toString());
        return ScanRun.measured(ScanRun.AXE_CLI, sessions, pages.size(), seconds, rules, failures, axe, details);
    }

    static List<String> command(Path bin, List<URI> pages) {
        List<String> command = new ArrayList<>(List.of(bin.toString()));
        pages.forEach(p -> command.add(p.toString()));
        command.addAll(List.of(
                "--chromedriver-path",
                Chromium.driver().toString(),
                "--chrome-path",
                Chromium.binary().toString(),
                "--chrome-options="
                        + String.join(",", ScanPa11yCi.CHROMIUM_ARGS).replace("--", ""),
                "--timeout",
                "60",
                "--stdout"));
        return command;
    }

    /** HOME and TMPDIR in the folder, so that Chromium's profile and caches land there. */
    static Map<String, String> environment(Path dir) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return Map.of("HOME", dir.toString(), "TMPDIR", tmp.toString());
    }

    /**
     * Reads {@code axe --stdout}'s output, an array of axe results: per page path, its violations' and incomplete
     * results' rule ids. Anything but an array of results with URLs gives what could be read.
     */
    static Map<String, SortedSet<String>> parse(JsonNode results) {
        Map<String, SortedSet<String>> found = new HashMap<>();
        if (results == null || !results.isArray()) {
            return found;
        }
        for (JsonNode result : results) {
            URI url;
            try {
                url = URI.create(result.path("url").asText());
            } catch (IllegalArgumentException e) {
                continue;
            }
            SortedSet<String> ids = new TreeSet<>();
            result.path("violations").forEach(r -> ids.add(r.path("id").asText()));
            result.path("incomplete").forEach(r -> ids.add(r.path("id").asText()));
            found.put(url.getRawPath(), ids);
        }
        return found;
    }

    private static void collect(
            List<URI> share,
            ScanProcess.Ended ended,
            Duration timeout,
            Map<String, SortedSet<String>> rules,
            Map<String, String> failures) {
        Map<String, SortedSet<String>> found;
        try {
            found = parse(JSON.readTree(ended.stdout().toFile()));
        } catch (IOException e) {
            found = Map.of(); // no JSON: every page of the share is failed below
        }
        String why = ended.timedOut()
                ? "@axe-core/cli did not finish within " + timeout.toSeconds() + " s"
                : "no result: @axe-core/cli exited " + ended.exitCode() + ": " + ended.errorTail(2);
        for (URI page : share) {
            String path = page.getRawPath();
            if (found.containsKey(path)) {
                rules.put(path, found.get(path));
            } else {
                failures.put(path, why);
            }
        }
    }
}
