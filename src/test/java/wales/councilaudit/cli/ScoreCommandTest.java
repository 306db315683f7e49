package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.report.ReportFixtures;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.report.SummaryJson;

/**
 * {@code council-audit score}: Annex B through the command, every band boundary and each demotion (the scorer's own
 * boundaries are in {@code OverallScorerTest}); input and rules files with mistakes stop it with exit status 2.
 */
class ScoreCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        /** The table row of {@code id}, split on white space. */
        String[] row(String id) {
            return out.lines()
                    .filter(l -> l.startsWith(id + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + id + " in\n" + out))
                    .trim()
                    .split("\\s+");
        }
    }

    @ParameterizedTest(name = "{0}: tasks {1}/{5}, tools {2}, mobile {3}, accessibility {4}: {6} then {7}")
    @CsvSource(delimiter = '|', textBlock = """
            four-at-every-minimum      | 12 | 3 | 3 | 2 | 4 | 4 | 4
            four-at-the-top            | 16 | 4 | 4 | 3 | 4 | 4 | 4
            tasks-one-short-of-four    | 11 | 3 | 3 | 2 | 4 | 3 | 3
            tools-one-short-of-four    | 12 | 2 | 3 | 2 | 4 | 3 | 3
            mobile-one-short-of-four   | 12 | 3 | 2 | 2 | 4 | 3 | 3
            access-one-short-of-four   | 12 | 3 | 3 | 1 | 4 | 3 | 3
            three-at-every-minimum     |  9 | 2 | 2 | 1 | 4 | 3 | 3
            mobile-four-keeps-three    |  9 | 2 | 4 | 1 | 4 | 3 | 3
            tasks-one-short-of-three   |  8 | 2 | 2 | 1 | 4 | 2 | 2
            tools-one-short-of-three   |  9 | 1 | 2 | 1 | 4 | 2 | 2
            mobile-one-short-of-three  |  9 | 2 | 1 | 1 | 4 | 2 | 2
            two-at-every-minimum       |  6 | 1 | 1 | 1 | 4 | 2 | 2
            tasks-one-short-of-two     |  5 | 1 | 1 | 1 | 4 | 1 | 1
            the-fewest-stars           |  4 | 1 | 0 | 0 | 4 | 1 | 1
            access-zero-drops-three    |  9 | 2 | 2 | 0 | 4 | 3 | 2
            access-zero-drops-two      |  6 | 1 | 1 | 0 | 4 | 2 | 1
            access-zero-blocks-four    | 16 | 4 | 4 | 0 | 4 | 3 | 2
            mobile-zero-blocks-bands   | 16 | 4 | 0 | 3 | 4 | 1 | 1
            five-tasks-four            | 15 | 3 | 3 | 2 | 5 | 4 | 4
            five-tasks-one-short       | 14 | 3 | 3 | 2 | 5 | 3 | 3
            three-tasks-four           |  9 | 3 | 3 | 2 | 3 | 4 | 4
            three-tasks-one-short      |  8 | 3 | 3 | 2 | 3 | 3 | 3
            """)
    void annexBThroughTheCommand(
            String id, int tasks, int tools, int mobile, int accessibility, int taskCount, int before, int stars)
            throws IOException {
        Path input = Files.writeString(
                dir.resolve("in.json"), """
                [{"id": "%s", "taskCount": %d,
                  "components": {"tasks": %d, "tools": %d, "mobile": %d, "accessibility": %d}}]
                """.formatted(id, taskCount, tasks, tools, mobile, accessibility));

        Run run = run("score", "--input", input.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String[] row = run.row(id);
        assertThat(row[7]).as("before demotion").isEqualTo(Integer.toString(before));
        assertThat(row[8]).as("stars").isEqualTo(Integer.toString(stars));
        if (before != stars) {
            assertThat(run.out()).contains("accessibility scored 0: drops 1 star");
        }
    }

    @Test
    void theMobileDemotionUnderRulesWhoseBandsLetMobileZeroThrough() throws IOException {
        Path rules = Files.writeString(
                dir.resolve("lenient.yaml"),
                bundledRules().replace("      mobile: 1         # \"1, 2 or 3 stars\"", "      mobile: 0         #"));
        Path input = Files.writeString(dir.resolve("in.json"), """
                [{"id": "no-mobile", "components": {"tasks": 6, "tools": 1, "mobile": 0, "accessibility": 1}},
                 {"id": "neither", "components": {"tasks": 6, "tools": 1, "mobile": 0, "accessibility": 0}}]
                """);

        Run run = run("score", "--input", input.toString(), "--rules", rules.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.row("no-mobile")).containsSubsequence("2", "1", "mobile");
        assertThat(run.out()).contains("mobile scored 0: drops 1 star (2 stars to 1 star)");
        assertThat(run.out()).contains("accessibility scored 0, which drops 1 star, but 1 star is the floor");
    }

    @Test
    void aRulesFileWithATypoStopsWithItsLineAndExitStatusTwo() throws IOException {
        Path rules = Files.writeString(dir.resolve("typo.yaml"), bundledRules().replace("mobile-zero:", "mobil-zero:"));
        Path input = Files.writeString(dir.resolve("in.json"), "[]");

        Run run = run("score", "--input", input.toString(), "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err())
                .matches("(?s)council-audit: " + java.util.regex.Pattern.quote(rules.toString())
                        + ":\\d+: .*mobil-zero.*");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadEntryNamesTheFileLineAndProblem() throws IOException {
        Path input = Files.writeString(dir.resolve("in.json"), """
                [
                  {"components": {"tasks": 6, "tools": 1, "mobile": 1, "accessibility": 1}},
                  {"components": {"tasks": 6, "tools": 9, "mobile": 1, "accessibility": 1}}
                ]
                """);
        Path unknown = Files.writeString(dir.resolve("unknown.json"), """
                [{"components": {"tasks": 6, "tool": 1, "mobile": 1, "accessibility": 1}}]
                """);

        Run bad = run("score", "--input", input.toString());
        Run typo = run("score", "--input", unknown.toString());
        Run missing = run("score", "--input", dir.resolve("nothing.json").toString());
        Run inconsistent = run(
                "score",
                "--input",
                Files.writeString(dir.resolve("n.json"), """
                [{"id": "x", "taskCount": 2, "components": {"tasks": 12, "tools": 1, "mobile": 1, "accessibility": 1}}]
                """).toString());

        assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains(input + ":3: entry 2: tools must be from 1 to 4, not 9");
        assertThat(typo.err()).contains(unknown + ":1: entry 1: unknown key \"tool\"");
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no such file");
        assertThat(inconsistent.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(inconsistent.err()).contains("x: task stars 12 cannot be the sum of 2 tasks' stars");
    }

    @Test
    void aPastRunIsRescoredAndAgreesWithTheStarsItRecorded() throws IOException {
        RunSummary summary = ReportFixtures.run("20261120-090000-benchmark", Instant.parse("2026-11-20T09:00:00Z"));
        Path runDir = Files.createDirectories(dir.resolve("results/20261120-090000-benchmark"));
        SummaryJson.writeSummary(runDir, summary);

        Run byRun = run("--results", dir.resolve("results").toString(), "score", "--run", "20261120-090000-benchmark");
        Run byFile = run("score", "--input", runDir.resolve("summary.json").toString());
        Run escape = run("--results", dir.resolve("results").toString(), "score", "--run", "../x");

        assertThat(byRun.exit()).as(byRun.err()).isZero();
        assertThat(byRun.out()).isEqualTo(byFile.out());
        long scored =
                summary.councils().stream().filter(c -> c.overall().isPresent()).count();
        List<String[]> rows = summary.councils().stream()
                .filter(c -> c.overall().isPresent())
                .map(c -> byRun.row(c.id()))
                .toList();
        assertThat(rows).hasSize((int) scored).allSatisfy(r -> assertThat(r[8]).isEqualTo(r[6]));
        assertThat(escape.exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    private static String bundledRules() throws IOException {
        try (InputStream in = ScoreCommandTest.class
                .getClassLoader()
                .getResourceAsStream("wales/councilaudit/scoring/annex-b.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }
}
