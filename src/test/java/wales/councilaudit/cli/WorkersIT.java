package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.registry.RegistryWriter;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.store.PostgresTestDatabase;

/**
 * Issue 8's scale-out on one machine: two {@code worker} processes on one PostgreSQL database share a benchmark of
 * the 22 Sandbox Wales councils queued by {@code schedule run}; one is killed with SIGKILL in the middle, and the
 * other finishes its jobs (the killed one's running audit included, recovered from the job store). Each council is
 * audited exactly once, and the run's {@code summary.json} equals that of a single-node {@code benchmark} with the
 * same options (times aside).
 *
 * <p>Both benchmarks use lighter options than the demo (no politeness delay of our own on the local sandbox, a
 * browser sample of 2 pages and one task script), the same for both, so
 * that the two benchmarks fit in a few minutes: the equality is about how the work is shared, not about the stages.
 * The crawl is whole (no page cap): a capped crawl with two fetching threads fetches a different subset of pages
 * from run to run, which changes the browser sample (seen once: Pembrokeshire's 30 pages).
 * {@code -Dworkers.councils=a,b,c} narrows the registry while working on this test.
 */
@ExtendWith(PostgresTestDatabase.class)
class WorkersIT {

    private static final Duration DEADLINE = Duration.ofMinutes(15);
    /** A council saved by an audit: {@code [ 1/1] blaenau-gwent          AUDITED: ...}. */
    private static final Pattern SAVED =
            Pattern.compile("^\\[\\s*\\d+/\\d+] (\\S+)\\s+(AUDITED|BLOCKED|UNREACHABLE|FAILED)", Pattern.MULTILINE);
    /** Fields that hold times or durations, or the run's id: the only ones allowed to differ between the runs. */
    private static final Set<String> TIMES = Set.of("timings", "checkedAt", "elapsed", "start", "end", "id");

    private final String schema =
            "ca_workers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path tmp;

    @AfterEach
    void tearDown() throws SQLException {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        try (Connection c = PostgresTestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void twoWorkersShareABenchmarkAndOneSurvivesTheOthersKill() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        try (SandboxWales sandbox = SandboxWales.start(RegistryLoader.bundled(), 0)) {
            Registry registry = registry(sandbox);
            List<String> ids = registry.councils().stream().map(Council::id).toList();
            Path registryFile = tmp.resolve("sandbox-councils.yaml");
            Files.writeString(registryFile, RegistryWriter.toYaml(registry), StandardCharsets.UTF_8);
            Path args = tmp.resolve("sandbox.args");
            Files.writeString(args, SandboxArguments.argumentFile(sandbox, registryFile), StandardCharsets.UTF_8);
            Path script = tmp.resolve("scripts");
            Files.createDirectories(script);
            Files.copy(Path.of("task-scripts", "missed-bin.yaml"), script.resolve("missed-bin.yaml"));
            List<String> light = List.of("--delay", "0", "--sample", "2", "--tasks", script.toString());

            // One node: the benchmark command, on the embedded store.
            long t0 = System.nanoTime();
            Path single = tmp.resolve("single");
            Process whole = start("single", args, single, Optional.empty(), concat(List.of("benchmark"), light));
            awaitExit(whole, "single");
            assertThat(whole.exitValue()).as(output("single")).isIn(ExitCode.DONE, ExitCode.DONE_WITH_UNREACHABLE);
            Path singleSummary = lastLine("single").resolve("summary.json");
            long t1 = System.nanoTime();

            // Two workers on PostgreSQL, then the benchmark queued for them.
            try (Connection c = PostgresTestDatabase.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            String db = PostgresTestDatabase.URL + "?currentSchema=" + schema;
            Path shared = tmp.resolve("shared");
            List<String> worker = concat(List.of("worker", "--threads", "2"), light);
            Process a = start("worker-a", args, shared, Optional.of(db), worker);
            Process b = start("worker-b", args, shared, Optional.of(db), worker);
            awaitLine(a, "worker-a", "running; Ctrl-C stops it");
            awaitLine(b, "worker-b", "running; Ctrl-C stops it");
            Process queue = start("queue", args, shared, Optional.of(db), List.of("schedule", "run"));
            awaitExit(queue, "queue");
            assertThat(queue.exitValue()).as(output("queue")).isEqualTo(ExitCode.DONE);
            String runId = Files.readAllLines(tmp.resolve("queue.out")).get(0).trim();

            // Kill one worker in the middle of the benchmark (both have saved councils, a third of them in all),
            // while it audits its next one.
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (saved("worker-a").isEmpty()
                    || saved("worker-b").isEmpty()
                    || saved("worker-a").size() + saved("worker-b").size() < ids.size() / 3) {
                if (System.nanoTime() > deadline) {
                    fail("the workers did not both save a council within " + DEADLINE + "\n" + output("worker-a")
                            + output("worker-b"));
                }
                assertThat(a.isAlive()).as(output("worker-a")).isTrue();
                assertThat(b.isAlive()).as(output("worker-b")).isTrue();
                a.waitFor(200, TimeUnit.MILLISECONDS);
            }
            long killedAt = System.nanoTime();
            List<ProcessHandle> browsers = a.descendants().toList();
            a.destroyForcibly(); // SIGKILL: no shutdown hook, its running job is left to recovery
            a.waitFor(30, TimeUnit.SECONDS);
            browsers.forEach(ProcessHandle::destroyForcibly);
            Map<String, String> byA = saved("worker-a");

            while (!runStatus(runId).equals(Optional.of("COMPLETED"))) {
                if (System.nanoTime() > deadline) {
                    fail("the benchmark " + runId + " did not complete within " + DEADLINE + "; run " + runStatus(runId)
                            + "\n" + output("worker-b"));
                }
                assertThat(b.isAlive()).as(output("worker-b")).isTrue();
                b.waitFor(500, TimeUnit.MILLISECONDS);
            }
            Map<String, String> byB = saved("worker-b");
            long t2 = System.nanoTime();

            Set<String> twice = new HashSet<>(byA.keySet());
            twice.retainAll(byB.keySet());
            assertThat(twice).as("councils audited by both workers").isEmpty();
            assertThat(lines("worker-b", SAVED))
                    .as("councils saved more than once by worker b")
                    .hasSameSizeAs(byB.keySet());
            Set<String> all = new HashSet<>(byA.keySet());
            all.addAll(byB.keySet());
            assertThat(all).as("councils audited").containsExactlyInAnyOrderElementsOf(ids);
            assertThat(councilRows(runId)).as("result rows of the run").isEqualTo(ids.size());

            JsonNode expected = withoutTimes(Json.mapper().readTree(singleSummary.toFile()));
            JsonNode found = withoutTimes(Json.mapper()
                    .readTree(shared.resolve(runId).resolve("summary.json").toFile()));
            assertThat(found).isEqualTo(expected);
            assertThat(shared.resolve(runId).resolve("report").resolve("index.html"))
                    .isRegularFile();
            System.out.printf(
                    "WorkersIT: %d councils; worker a saved %d before its kill, worker b %d; single node %.1f s,"
                            + " two workers %.1f s (%.1f s of it after the kill)%n",
                    ids.size(), byA.size(), byB.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - killedAt) / 1e9);
        }
    }

    private static Registry registry(SandboxWales sandbox) {
        String only = System.getProperty("workers.councils", "");
        if (only.isBlank()) {
            return sandbox.registry();
        }
        List<String> ids = Arrays.asList(only.split(","));
        return new Registry(
                sandbox.registry().source(),
                sandbox.registry().councils().stream()
                        .filter(c -> ids.contains(c.id()))
                        .toList());
    }

    private Optional<String> runStatus(String runId) throws SQLException {
        try (Connection c = PostgresTestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT status FROM " + schema + ".audit_run WHERE id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // the workers have not made the tables yet
        }
    }

    private int councilRows(String runId) throws SQLException {
        try (Connection c = PostgresTestDatabase.connect();
                PreparedStatement s =
                        c.prepareStatement("SELECT count(*) FROM " + schema + ".council_result WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Process start(String name, Path args, Path results, Optional<String> db, List<String> command)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "@" + args,
                "--allow-private-addresses",
                "--results",
                results.toString()));
        db.ifPresent(url -> line.addAll(List.of("--db", url, "--db-user", PostgresTestDatabase.USER)));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        builder.environment().remove("COUNCIL_AUDIT_DB");
        builder.environment().remove("COUNCIL_AUDIT_DB_PASSWORD");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void awaitExit(Process process, String name) throws InterruptedException {
        if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the " + name + " process did not end within " + DEADLINE + "\n" + output(name));
        }
    }

    private void awaitLine(Process process, String name, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!read(tmp.resolve(name + ".err")).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("the " + name + " process did not say \"" + text + "\"\n" + output(name));
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }

    /** Councils saved by a process, from its progress lines: id to status. */
    private Map<String, String> saved(String name) {
        Map<String, String> saved = new LinkedHashMap<>();
        Matcher m = SAVED.matcher(read(tmp.resolve(name + ".err")));
        while (m.find()) {
            saved.put(m.group(1), m.group(2));
        }
        return saved;
    }

    private List<String> lines(String name, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(read(tmp.resolve(name + ".err")));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                if (TIMES.contains(names.next())) {
                    names.remove();
                }
            }
        }
        node.forEach(WorkersIT::withoutTimes);
        return node;
    }

    private Path lastLine(String name) throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve(name + ".out"));
        return Path.of(lines.get(lines.size() - 1));
    }

    private String output(String name) {
        return "\n--- " + name + " stdout:\n" + read(tmp.resolve(name + ".out")) + "\n--- " + name + " stderr:\n"
                + read(tmp.resolve(name + ".err"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
