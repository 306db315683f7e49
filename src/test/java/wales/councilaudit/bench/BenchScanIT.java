package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.cli.Main;

/**
 * {@code bench scan --pages 12 --skip-peers} end to end through the command line and the product's path (the browser
 * pool and axe-core on Debian's Chromium), with 1 and 2 sessions: what it reports, never how fast. No npm, no node.
 */
class BenchScanIT {

    private static final int PAGES = 12;
    private static final ScanCorpus CORPUS = new ScanCorpus(PAGES);

    @TempDir
    static Path out;

    @TempDir
    static Path results;

    @TempDir
    static Path work;

    private static int exit;
    private static String stdout;
    private static String stderr;
    private static JsonNode json;

    @BeforeAll
    static void runTheBenchmark() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and ChromeDriver are not installed");
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        exit = Main.run(
                new String[] {
                    "--results",
                    results.toString(),
                    "bench",
                    "scan",
                    "--pages",
                    Integer.toString(PAGES),
                    "--warmup-pages",
                    "3",
                    "--skip-peers",
                    "--work",
                    work.toString(),
                    "--out",
                    out.toString()
                },
                new PrintWriter(outText),
                new PrintWriter(errText));
        stdout = outText.toString();
        stderr = errText.toString();
        json = new ObjectMapper().readTree(out.resolve("scan.json").toFile());
    }

    @Test
    void itPrintsTheTableAndTheTargetAndTheFolderLast() {
        assertThat(exit).as(stderr).isZero();
        List<String> lines = stdout.lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(stdout)
                .contains("Scan benchmark: 12 pages on 127.0.0.1")
                .contains("axe-core: product " + json.path("productAxeCore").asText() + "; peers skipped")
                .containsPattern("(?m)^product +1 +12 +[0-9.]+ +[0-9.]+ +0 ")
                .containsPattern("(?m)^product +2 +12 +[0-9.]+ +[0-9.]+ +0 ")
                .contains("product >= 3x faster peer pages/min: not measured (no peer run scanned every page)");
        assertThat(results).isEmptyDirectory();
    }

    @Test
    void bothProductRunsScanEveryPageAndFindEveryPlantedRule() {
        assertThat(json.path("schema").asText()).isEqualTo(ScanBench.SCHEMA);
        assertThat(json.path("settings").path("skipPeers").asBoolean()).isTrue();
        JsonNode runs = json.path("runs");
        assertThat(runs).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode run = runs.get(i);
            assertThat(run.path("contender").asText()).isEqualTo("product");
            assertThat(run.path("sessions").asInt()).isEqualTo(i + 1);
            assertThat(run.path("status").asText()).isEqualTo("ok");
            assertThat(run.path("pages").asInt()).isEqualTo(PAGES);
            assertThat(run.path("failedPages").asInt()).isZero();
            assertThat(run.path("pagesPerMinute").asDouble()).isPositive();
            assertThat(run.path("axeCoreVersion").asText())
                    .isEqualTo(json.path("productAxeCore").asText());
            assertThat(run.path("memory").path("samples").asInt()).isPositive();
            for (int n = 0; n < PAGES; n++) {
                Set<String> found = ids(run.path("rules").path(ScanCorpus.path(n)));
                assertThat(found).as("page %d, %d sessions", n, i + 1).containsAll(CORPUS.plantedRules(n));
                if (CORPUS.faults(n).isEmpty()) {
                    assertThat(found).as("clean page %d", n).isEmpty();
                }
            }
        }
        assertThat(json.path("runs").get(1).path("rules")).isEqualTo(runs.get(0).path("rules"));
        assertThat(json.path("agreements")).isEmpty();
    }

    private static Set<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return new TreeSet<>(ids);
    }
}
