package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.sandbox.answers.AnswerKey;

/**
 * Issue 7's first criterion: {@code council-audit demo} runs every stage on all 22 Sandbox Wales councils and writes
 * the report, and each council's status, overall star and components in {@code summary.json} equal the sandbox's
 * answer key. Prints the run's stage times, the figures the closing note reports.
 */
class DemoIT {

    @TempDir
    Path tmp;

    @Test
    void theDemoBenchmarkRecoversTheAnswerKeyForEveryCouncil() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();

        int exit = Main.run(
                new String[] {"--results", tmp.resolve("results").toString(), "demo"},
                new PrintWriter(out),
                new PrintWriter(err));

        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.println("DemoIT: the demo took " + seconds + " s");
        err.toString().lines().filter(l -> l.startsWith("time by stage")).forEach(System.out::println);
        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString())
                .as(err.toString())
                .contains("Answer key: 22 of 22 councils equal to the planted status, stars and components");
        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.DONE);
        Path folder = Path.of(lines.get(lines.size() - 1));
        RunSummary summary =
                Json.mapper().readValue(folder.resolve("summary.json").toFile(), RunSummary.class);
        assertThat(summary.councils()).hasSize(22);
        AnswerKey key = AnswerKey.of(RegistryLoader.bundled());
        assertThat(DemoCommand.compare(key, summary)).isEmpty();
        JsonNode answers = Json.mapper().readTree(folder.resolve("answers.json").toFile());
        assertThat(answers.get("councils")).hasSize(22);
        assertThat(folder.resolve("report/index.html")).exists();
        assertThat(folder.resolve("report/cy/index.html")).exists();
        assertThat(Files.list(folder.resolve("councils")).count()).isGreaterThanOrEqualTo(22);
    }
}
