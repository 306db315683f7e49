package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench crawl} on a tiny site, with the product not yet wired: it runs the floor and says so. */
class BenchCommandIT {

    @TempDir
    Path out;

    @TempDir
    Path results;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
        return new Run(exit, stdout.toString(), stderr.toString());
    }

    @Test
    void runsTheFloorAndTheProductAndWritesCrawlJson() throws Exception {
        Run run = run(
                "--results",
                results.toString(),
                "bench",
                "crawl",
                "--pages",
                "200",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--warmup-pages",
                "50");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(run.out()).contains("floor", "product", "All targets: ");

        JsonNode json = new ObjectMapper().readTree(out.resolve("crawl.json").toFile());
        assertThat(json.path("schema").asText()).isEqualTo("council-audit/bench-crawl/v1");
        assertThat(json.path("settings").path("threads").asInt()).isEqualTo(1);
        JsonNode size = json.path("sizes").get(0);
        assertThat(size.path("pages").asInt()).isEqualTo(200);
        assertThat(size.path("floor").path("status").asText()).isEqualTo("ok");
        assertThat(size.path("floor").path("figures").path("pagesFetched").asLong())
                .isEqualTo(200);
        assertThat(size.path("floor")
                        .path("figures")
                        .path("heap")
                        .path("poolPeakBytes")
                        .asLong())
                .isPositive();
        // The product is the real engine: every page fetched (into a store in the work folder, not in results).
        assertThat(size.path("product").path("status").asText()).isEqualTo("ok");
        assertThat(size.path("product").path("figures").path("pagesFetched").asLong())
                .isEqualTo(200);
        assertThat(size.path("ratio").asDouble()).isPositive();
        assertThat(json.path("targetsMet").asText()).isIn("met", "not met");
        assertThat(results).isEmptyDirectory();
    }

    @Test
    void withoutOutItWritesUnderResultsBench() throws Exception {
        Run run = run(
                "--results",
                results.toString(),
                "bench",
                "crawl",
                "--pages",
                "20",
                "--threads",
                "1",
                "--warmup-pages",
                "0");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE);
        List<String> lines = run.out().lines().toList();
        Path folder = Path.of(lines.get(lines.size() - 1));
        assertThat(folder.getParent())
                .isEqualTo(results.resolve("bench").toAbsolutePath().normalize());
        assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}(-\\d+)?");
        assertThat(Files.exists(folder.resolve("crawl.json"))).isTrue();
    }

    @Test
    void badInputStopsItWithStatus2AndNothingWritten() throws Exception {
        for (String[] args : List.of(
                new String[] {
                    "bench", "crawl", "--pages", "0", "--out", out.resolve("a").toString()
                },
                new String[] {
                    "bench",
                    "crawl",
                    "--threads",
                    "0",
                    "--out",
                    out.resolve("b").toString()
                },
                new String[] {
                    "bench",
                    "crawl",
                    "--pages",
                    "many",
                    "--out",
                    out.resolve("c").toString()
                },
                new String[] {"bench"})) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("council-audit: ");
        }
        assertThat(out).isEmptyDirectory();
    }
}
