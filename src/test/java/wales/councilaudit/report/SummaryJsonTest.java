package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.mobile.Screenshot;

/** summary.json and councils/<id>.json read back equal to what was written, and refuse other schemas. */
class SummaryJsonTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWholeRunReadsBackEqual() throws IOException {
        RunSummary run = ReportFixtures.run("20261120-090000-benchmark", START);

        SummaryJson.writeSummary(dir, run);

        assertThat(SummaryJson.readSummary(dir.resolve("summary.json"))).isEqualTo(run);
        assertThat(Files.readString(dir.resolve("summary.json")))
                .startsWith("{\n  \"schema\" : \"council-audit/summary/v1\"");
    }

    @Test
    void everyCouncilsDetailReadsBackEqualWithFindingsMobilePagesAndCrawl() throws IOException {
        RunSummary run = ReportFixtures.run("r1", START);
        Map<String, CouncilDetail> details = ReportFixtures.details(run);
        assertThat(details.values()).anySatisfy(d -> assertThat(d.mobile())
                .anySatisfy(m -> assertThat(m.screenshot()).isInstanceOf(Screenshot.Saved.class)));

        for (CouncilDetail detail : details.values()) {
            SummaryJson.writeDetail(dir, detail);
            Path file = dir.resolve("councils").resolve(detail.id() + ".json");
            assertThat(SummaryJson.readDetail(file)).as(detail.id()).isEqualTo(detail);
        }
    }

    @Test
    void screenshotPathsStayRelativeToTheRunFolder() {
        CouncilDetail detail = ReportFixtures.details(ReportFixtures.run("r1", START)).values().stream()
                .filter(d -> d.mobile().stream().anyMatch(m -> m.screenshot() instanceof Screenshot.Saved))
                .findFirst()
                .orElseThrow();

        assertThat(SummaryJson.detailText(detail))
                .contains("\"file\" : \"councils/" + detail.id() + "/mobile/home.png\"")
                .contains("\"kind\" : \"saved\"")
                .doesNotContain("file:");
    }

    @Test
    void anotherSchemaIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, "{\"schema\": \"council-audit/summary/v2\", \"run\": {}, \"councils\": []}");

        assertThatThrownBy(() -> SummaryJson.readSummary(file))
                .isInstanceOf(SummaryFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("council-audit/summary/v2")
                .hasMessageContaining("council-audit/summary/v1");
    }

    @Test
    void aFileWithoutASchemaOrNotJsonIsRefused() throws IOException {
        Path noSchema = Files.writeString(dir.resolve("a.json"), "{\"run\": {}}");
        Path notJson = Files.writeString(dir.resolve("b.json"), "<html>");

        assertThatThrownBy(() -> SummaryJson.readSummary(noSchema)).hasMessageContaining("no \"schema\"");
        assertThatThrownBy(() -> SummaryJson.readSummary(notJson)).hasMessageContaining("not JSON");
    }

    @Test
    void unknownFieldsAreIgnoredSoAdditiveChangesKeepTheVersion() throws IOException {
        RunSummary run = ReportFixtures.run("r1", START);
        String text = SummaryJson.summaryText(run).replaceFirst("\\{", "{\"addedLater\": 1,");

        assertThat(SummaryJson.parseSummary(text, "test")).isEqualTo(run);
    }

    @Test
    void anInvalidValueIsAFormatErrorNotACrash() {
        String text = SummaryJson.summaryText(ReportFixtures.run("r1", START))
                .replaceFirst("\"tools\" : 3", "\"tools\" : 9")
                .replaceFirst("\"tools\" : 2", "\"tools\" : 9");

        assertThatThrownBy(() -> SummaryJson.parseSummary(text, "x.json"))
                .isInstanceOf(SummaryFormatException.class)
                .hasMessageStartingWith("x.json: not a valid RunSummary");
    }
}
