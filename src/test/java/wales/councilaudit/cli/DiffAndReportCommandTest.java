package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.accessibility.Fingerprint;
import wales.councilaudit.json.Json;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.ReportFixtures;
import wales.councilaudit.report.RunReport;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.report.TaskSummary;
import wales.councilaudit.scoring.Answer;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.QuestionAnswer;

/** {@code diff} between two runs of a results folder, and {@code report} regenerating a run's files. */
class DiffAndReportCommandTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path results;

    private String council;

    /** A re-test: the later run fixed the colour contrast, broke a form label, and found the task by search. */
    @BeforeEach
    void twoRuns() throws IOException {
        RunSummary later = ReportFixtures.run("20261120-090000-benchmark", START);
        Map<String, CouncilDetail> laterDetails = ReportFixtures.details(later);
        CouncilSummary c = later.councils().stream()
                .filter(x -> x.overall().isPresent() && x.components().get().accessibility() < 3)
                .findFirst()
                .orElseThrow();
        council = c.id();
        CouncilSummary before = ReportFixtures.shifted(flipFirstAnswer(c), -1);
        RunSummary earlier = new RunSummary(
                RunSummary.SCHEMA,
                ReportFixtures.info("20261101-090000-benchmark", START.minus(Duration.ofDays(19))),
                List.of(before));
        CouncilDetail laterDetail = laterDetails.get(council);
        List<FindingGroup> earlierFindings = new ArrayList<>(laterDetail.findings());
        earlierFindings.removeIf(g -> g.example().rule().equals("color-contrast"));
        Finding label = ReportFixtures.finding(
                laterDetail.findings().get(0).pages().get(0),
                "label",
                Impact.CRITICAL,
                Certainty.VIOLATION,
                List.of("4.1.2"),
                "Form elements must have labels",
                "#postcode",
                "<input id=\"postcode\">");
        earlierFindings.add(
                new FindingGroup(Fingerprint.of(label), label.certainty(), label, List.of(label.page()), 1));
        Path earlierDir = Files.createDirectories(results.resolve("20261101-090000-benchmark"));
        RunReport.write(
                earlierDir,
                earlier,
                Map.of(
                        council,
                        new CouncilDetail(
                                council, earlierFindings, List.of(), List.of(), laterDetail.crawl(), List.of())),
                List.of());
        Path laterDir = Files.createDirectories(results.resolve("20261120-090000-benchmark"));
        RunReport.write(laterDir, later, laterDetails, List.of(earlier));
    }

    @Test
    void diffsTheCouncilsTwoMostRecentRuns() {
        ScoreCommandTest.Run run = run("diff", "--council", council);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(council + ": ")
                .contains("(run 20261101-090000-benchmark -> 20261120-090000-benchmark)");
        assertThat(run.out()).contains("Components: tools");
        assertThat(run.out()).contains("Answers flipped: 1");
        assertThat(run.out()).containsPattern("New findings: 1\\n  \\w{12} FAIL   serious  color-contrast");
        assertThat(run.out()).containsPattern("Fixed findings: 1\\n  \\w{12} FAIL   critical label");
    }

    @Test
    void diffAsJson() throws IOException {
        ScoreCommandTest.Run run = run(
                "diff",
                "--council",
                council,
                "--from",
                "20261101-090000-benchmark",
                "--to",
                "20261120-090000-benchmark",
                "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode diff = Json.mapper().readTree(run.out());
        assertThat(diff.get("starsTo").asInt() - diff.get("starsFrom").asInt()).isIn(0, 1);
        assertThat(diff.get("flipped")).hasSize(1);
        assertThat(diff.at("/newFindings/0/rule").asText()).isEqualTo("color-contrast");
        assertThat(diff.at("/fixedFindings/0/rule").asText()).isEqualTo("label");
    }

    @Test
    void diffWithFewerThanTwoRunsOrAnUnknownRunIsBadInput() {
        ScoreCommandTest.Run unknownCouncil = run("diff", "--council", "atlantis");
        ScoreCommandTest.Run unknownRun = run("diff", "--council", council, "--from", "20250101-000000-x");

        assertThat(unknownCouncil.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknownCouncil.err()).contains("diff needs two runs").contains("found 0");
        assertThat(unknownRun.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknownRun.err()).contains("no run 20250101-000000-x");
    }

    @Test
    void reportRegeneratesARunsFilesWithTheTrendFromTheRunBeside() throws IOException {
        Path laterDir = results.resolve("20261120-090000-benchmark");
        Files.delete(laterDir.resolve("report/index.html"));
        Files.delete(laterDir.resolve("councils.csv"));

        ScoreCommandTest.Run run = run("report", "--run", "20261120-090000-benchmark");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(laterDir.toString());
        assertThat(laterDir.resolve("report/index.html")).exists();
        assertThat(Files.readString(laterDir.resolve("councils.csv")))
                .contains(",up")
                .contains(council);
        assertThat(laterDir.resolve("councils/" + council + "/sarif.json")).exists();
        assertThat(run("report", "--run", "nothing-here").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    private ScoreCommandTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--results", results.toString()));
        all.addAll(List.of(args));
        return ScoreCommandTest.run(all.toArray(String[]::new));
    }

    private static CouncilSummary flipFirstAnswer(CouncilSummary c) {
        List<TaskSummary> tasks = new ArrayList<>(c.tasks());
        TaskSummary first = tasks.get(0);
        List<QuestionAnswer> answers = new ArrayList<>(first.answers());
        QuestionAnswer q = answers.get(0);
        answers.set(
                0,
                new QuestionAnswer(
                        q.questionId(), q.answer() == Answer.YES ? Answer.NO : Answer.YES, q.essential(), "before"));
        tasks.set(0, new TaskSummary(first.id(), first.stars(), answers, first.why()));
        return new CouncilSummary(
                c.id(),
                c.name(),
                c.nameCy(),
                c.status(),
                c.reason(),
                c.overall(),
                c.overallWhy(),
                c.components(),
                tasks,
                c.tools(),
                c.mobile(),
                c.accessibility(),
                c.domain(),
                c.welsh(),
                c.findings(),
                c.timings());
    }
}
