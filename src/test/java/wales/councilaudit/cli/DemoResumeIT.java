package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.json.Json;

/**
 * Issue 7's resume criterion: a demo benchmark in a child JVM is killed with SIGKILL ({@code kill -9}) after its
 * first audited council is stored, continued with {@code --resume}, and must give the same {@code summary.json} as
 * an uninterrupted run on the same sandbox (apart from timings), with no council audited twice: the councils the
 * killed run finished are kept, and the resumed run audits only the others.
 *
 * <p>Three sandbox councils keep it short: two audited (each a crawl, a browser scan and the journeys) and one
 * unreachable. One council at a time ({@code --parallel 1}), so the kill lands while a council is in progress.
 */
class DemoResumeIT {

    private static final List<String> COUNCILS = List.of("blaenau-gwent", "merthyr-tydfil", "wrexham");
    private static final Duration DEADLINE = Duration.ofMinutes(8);
    /** A progress line: {@code [ 1/3] blaenau-gwent          AUDITED: ...}. */
    private static final Pattern SAVED =
            Pattern.compile("^\\[\\s*\\d+/\\d+] (\\S+)\\s+(AUDITED|BLOCKED|UNREACHABLE|FAILED)", Pattern.MULTILINE);
    /** Fields that hold times or durations: the only ones allowed to differ between the runs. */
    private static final Set<String> TIMES = Set.of("timings", "checkedAt", "elapsed", "start", "end", "id");

    @TempDir
    Path tmp;

    @Test
    void killedAndResumedEqualsUninterrupted() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        int port = freePort();

        Process whole = start(port, tmp.resolve("whole"), List.of(), "whole");
        awaitExit(whole, "whole");
        assertThat(whole.exitValue()).as(output("whole")).isEqualTo(ExitCode.DONE);
        Path wholeFolder = lastLine("whole");

        Path results = tmp.resolve("killed");
        Process killed = start(port, results, List.of(), "killed");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!saved("killed").containsValue("AUDITED")) {
            if (killed.waitFor(100, TimeUnit.MILLISECONDS)) {
                fail("the run ended before it could be killed\n" + output("killed"));
            }
            if (System.nanoTime() > deadline) {
                fail("no council audited within " + DEADLINE + "\n" + output("killed"));
            }
        }
        List<ProcessHandle> browsers = killed.descendants().toList();
        killed.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
        killed.waitFor(30, TimeUnit.SECONDS);
        browsers.forEach(ProcessHandle::destroyForcibly); // the orphaned ChromeDriver and Chromium of the child
        Map<String, String> before = saved("killed");
        assertThat(before.size()).as("councils stored before the kill").isLessThan(COUNCILS.size());
        String runId;
        try (var folders = Files.list(results)) {
            runId = folders.filter(f -> f.getFileName().toString().endsWith("-demo"))
                    .findFirst()
                    .orElseThrow()
                    .getFileName()
                    .toString();
        }

        Process resumed = start(-1, results, List.of("--resume", runId), "resumed");
        awaitExit(resumed, "resumed");
        assertThat(resumed.exitValue()).as(output("resumed")).isEqualTo(ExitCode.DONE);
        Map<String, String> after = saved("resumed");
        assertThat(output("resumed")).contains(before.size() + " already done in this run and kept");
        Set<String> twice = new HashSet<>(before.keySet());
        twice.retainAll(after.keySet());
        assertThat(twice).as("councils audited twice").isEmpty();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        assertThat(all).containsExactlyInAnyOrderElementsOf(COUNCILS);

        JsonNode expected = withoutTimes(
                Json.mapper().readTree(wholeFolder.resolve("summary.json").toFile()));
        JsonNode found = withoutTimes(Json.mapper()
                .readTree(lastLine("resumed").resolve("summary.json").toFile()));
        assertThat(found).isEqualTo(expected);
    }

    /** Councils stored by a run, from its progress lines: id to status. */
    private Map<String, String> saved(String name) throws IOException {
        Matcher m = SAVED.matcher(read(tmp.resolve(name + ".err")));
        Map<String, String> saved = new java.util.LinkedHashMap<>();
        while (m.find()) {
            saved.put(m.group(1), m.group(2));
        }
        return saved;
    }

    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (TIMES.contains(names.next())) {
                    names.remove();
                }
            }
        }
        node.forEach(DemoResumeIT::withoutTimes);
        return node;
    }

    private Process start(int port, Path results, List<String> extra, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--results",
                results.toString(),
                "demo",
                "--parallel",
                "1",
                "--council",
                String.join(",", COUNCILS)));
        if (port > 0) {
            command.addAll(List.of("--port", Integer.toString(port)));
        }
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        builder.environment().remove("COUNCIL_AUDIT_DB");
        return builder.start();
    }

    private void awaitExit(Process process, String name) throws InterruptedException {
        if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the " + name + " run did not end within " + DEADLINE + "\n" + output(name));
        }
    }

    private Path lastLine(String name) throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve(name + ".out"));
        return Path.of(lines.get(lines.size() - 1));
    }

    private String output(String name) {
        return "stdout:\n" + read(tmp.resolve(name + ".out")) + "\nstderr:\n" + read(tmp.resolve(name + ".err"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
