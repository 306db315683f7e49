package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's pages, read back with jsoup: every page, both languages, linked to each other, escaped. */
class HtmlReportTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void writesAnIndexAndAPagePerCouncilInBothLanguagesEachLinkingToItsTwin() throws IOException {
        RunSummary run = ReportFixtures.run("now", START);
        RunHistory history = new RunHistory(run, List.of(ReportFixtures.previousYear(run)));

        List<Path> pages = HtmlReport.write(dir, history, ReportFixtures.details(run));

        assertThat(pages).hasSize(2 * 23);
        Path report = dir.resolve("report");
        assertThat(report.resolve("style.css")).exists();
        assertThat(report.resolve("charts/stars-en.svg")).isNotEmptyFile();
        assertThat(report.resolve("charts/trend-cy.svg")).isNotEmptyFile();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element twin = doc.selectFirst("header a[hreflang]");
            assertThat(twin).as(page.toString()).isNotNull();
            Path target = page.getParent().resolve(twin.attr("href")).normalize();
            assertThat(target).as("twin of " + page).exists();
            assertThat(Jsoup.parse(target.toFile(), "UTF-8").selectFirst("html").attr("lang"))
                    .isNotEqualTo(doc.selectFirst("html").attr("lang"));
            for (Element img : doc.select("img")) {
                assertThat(page.getParent().resolve(img.attr("src")).normalize())
                        .as(img.attr("src"))
                        .exists();
            }
        }
        Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("tbody tr").size()).isGreaterThanOrEqualTo(22);
        assertThat(index.text()).contains("Up from").contains("automated approximation");
    }

    @Test
    void aCouncilPageShowsWhyItsStarsWithEveryQuestionAndTheFindingsByRuleAndFingerprint() throws IOException {
        RunSummary run = ReportFixtures.run("now", START);
        Map<String, CouncilDetail> details = ReportFixtures.details(run);
        CouncilSummary c = run.councils().stream()
                .filter(x -> x.overall().isPresent())
                .findFirst()
                .orElseThrow();

        HtmlReport.write(dir, new RunHistory(run, List.of()), details);

        Document en =
                Jsoup.parse(dir.resolve("report/councils/" + c.id() + ".html").toFile(), "UTF-8");
        assertThat(en.select("h2#why").text()).isEqualTo("Why " + c.overall().get() + " stars");
        int questions = c.tasks().stream().mapToInt(t -> t.answers().size()).sum();
        assertThat(en.select("#tasks ~ table tbody tr, h3[id^=task-] ~ table tbody tr")
                        .size())
                .isGreaterThanOrEqualTo(questions);
        assertThat(en.text())
                .contains("image-alt")
                .contains("header > .logo > img")
                .contains("<img src=\"/logo.png\">");
        Document cy = Jsoup.parse(
                dir.resolve("report/cy/councils/" + c.id() + ".html").toFile(), "UTF-8");
        assertThat(cy.selectFirst("h1").text()).isEqualTo(c.nameCy());
        assertThat(cy.select("h2#why").text()).startsWith("Pam");
    }

    @Test
    void siteTextIsEscapedAndJavascriptAddressesAreNeverLinks() throws IOException {
        RunSummary run = ReportFixtures.hostileRun(START);

        List<Path> pages = HtmlReport.write(dir, new RunHistory(run, List.of()), ReportFixtures.hostileDetails(run));

        for (Path page : pages) {
            String html = Files.readString(page);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, iframe, svg")).as(page.toString()).isEmpty();
            assertThat(doc.select("img[onerror], [onload]")).isEmpty();
            assertThat(doc.select("[href]"))
                    .allSatisfy(a ->
                            assertThat(a.attr("href").strip().toLowerCase()).doesNotStartWith("javascript:"));
            assertThat(doc.select("img"))
                    .allSatisfy(i -> assertThat(i.attr("src")).doesNotContain("passwd"));
        }
        String council = Files.readString(
                dir.resolve("report/councils/" + run.councils().get(0).id() + ".html"));
        assertThat(council).contains("&lt;script&gt;window.__pwned=1");
        assertThat(dir.resolve("report/shots")).doesNotExist();
    }

    /** Writes the report of the answer key's run to target/report-preview, for a person to look at. */
    @Test
    void writesAPreview() throws IOException {
        Path preview = Path.of("target", "report-preview", "20261120-090000-benchmark");
        Files.createDirectories(preview);
        RunSummary run = ReportFixtures.run("20261120-090000-benchmark", START);
        RunReport.write(preview, run, ReportFixtures.details(run), List.of(ReportFixtures.previousYear(run)));
        assertThat(preview.resolve("report/index.html")).exists();
    }
}
