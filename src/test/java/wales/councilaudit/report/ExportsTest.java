package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.accessibility.Fingerprint;
import wales.councilaudit.json.Json;
import wales.councilaudit.scoring.Impact;

/** councils.csv, accessibility.csv, junit.xml and sarif.json: parsed back and checked for their structure. */
class ExportsTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private static final URI HOME = URI.create("https://www.example.gov.wales/");
    private static final URI BINS = HOME.resolve("/bins");

    @TempDir
    Path dir;

    @Test
    void councilsCsvIsTheLeagueTableWithTrend() throws IOException {
        RunSummary run = ReportFixtures.run("now", START);
        RunHistory history = new RunHistory(run, List.of(ReportFixtures.previousYear(run)));

        CsvExports.writeCouncils(dir, LeagueTable.of(history));

        List<Map<String, String>> rows = csv(dir.resolve("councils.csv"));
        assertThat(rows).hasSize(22);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(CsvExports.COUNCIL_COLUMNS);
        assertThat(rows.get(0).get("rank")).isEqualTo("1");
        List<Integer> stars = rows.stream()
                .filter(r -> !r.get("overall").isEmpty())
                .map(r -> Integer.parseInt(r.get("overall")))
                .toList();
        assertThat(stars).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rows).extracting(r -> r.get("trend")).contains("up", "down", "same");
        assertThat(rows.get(21).get("status")).isNotEqualTo("AUDITED");
    }

    @Test
    void accessibilityCsvHasOneRowPerDistinctFindingWithItsPagesAndDefusedCells() throws IOException {
        FindingGroup formula = group(ReportFixtures.finding(
                HOME,
                "link-name",
                Impact.SERIOUS,
                Certainty.VIOLATION,
                List.of("2.4.4", "4.1.2"),
                "=HYPERLINK(\"http://evil\")",
                "a.more",
                "<a class=\"more\">"));
        CouncilDetail detail = detail(List.of(templateGroup(), formula));

        CsvExports.writeFindings(dir, Map.of("example", detail));

        List<Map<String, String>> rows = csv(dir.resolve("accessibility.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("rule", "image-alt")
                .containsEntry("page_count", "2")
                .containsEntry("template_level", "true")
                .containsEntry("pages", HOME + " " + BINS)
                .containsEntry("wcag", "1.1.1");
        assertThat(rows.get(1).get("help")).startsWith("'=HYPERLINK");
        assertThat(rows.get(1).get("wcag")).isEqualTo("2.4.4 4.1.2");
    }

    @Test
    void junitXmlHasATestCasePerPageAndRuleAndParses() throws Exception {
        FindingGroup review = group(ReportFixtures.finding(
                HOME,
                "region",
                Impact.MODERATE,
                Certainty.NEEDS_REVIEW,
                List.of(),
                "Content in landmarks \u0001 <b>&",
                "#x",
                "<div id=\"x\">"));
        CouncilDetail detail = detail(List.of(templateGroup(), review));

        Path file = JunitExport.write(dir, detail);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element home = (Element) suites.item(0);
        assertThat(home.getAttribute("name")).isEqualTo(HOME.toString());
        NodeList cases = home.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element imageAlt = (Element) cases.item(0);
        assertThat(imageAlt.getAttribute("name")).isEqualTo("image-alt");
        Element failure = (Element) imageAlt.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("critical");
        assertThat(failure.getTextContent()).contains("<img src=\"/logo.png\">").contains("1.1.1");
        Element skipped = (Element)
                ((Element) cases.item(1)).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("needs review: Content in landmarks ? <b>&");
    }

    @Test
    void aPageWithoutFindingsIsOnePassingTestCase() throws Exception {
        RunSummary run = ReportFixtures.run("now", START);
        CouncilDetail detail = ReportFixtures.details(run).values().stream()
                .filter(d -> !d.mobile().isEmpty())
                .findFirst()
                .orElseThrow();
        CouncilDetail clean = new CouncilDetail(
                detail.id(), List.of(), detail.journeys(), detail.mobile(), detail.crawl(), List.of());

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(JunitExport.write(dir, clean).toFile());

        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo(JunitExport.NO_FINDINGS);
        assertThat(testcase.getChildNodes().getLength()).isZero();
    }

    @Test
    void sarifFollowsTheAxeSarifConverterMapping() throws IOException {
        FindingGroup review = group(ReportFixtures.finding(
                HOME, "region", Impact.MODERATE, Certainty.NEEDS_REVIEW, List.of(), "Landmarks", "#x", "<div id=x>"));
        CouncilDetail detail = detail(List.of(templateGroup(), review));

        Path file = SarifExport.write(dir, detail, ReportFixtures.info("now", START));

        JsonNode log = Json.mapper().readTree(file.toFile());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("axe-core");
        assertThat(driver.get("version").asText()).isEqualTo("4.11.1");
        assertThat(driver.get("rules")).hasSize(2);
        JsonNode imageAlt = driver.get("rules").get(0);
        assertThat(imageAlt.get("id").asText()).isEqualTo("image-alt");
        assertThat(imageAlt.get("helpUri").asText()).startsWith("https://dequeuniversity.com/rules/axe/");
        assertThat(imageAlt.at("/relationships/0/target/id").asText()).isEqualTo("wcag111");
        assertThat(run.get("artifacts")).hasSize(2);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("image-alt");
        assertThat(first.get("ruleIndex").asInt()).isZero();
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("kind").asText()).isEqualTo("fail");
        assertThat(first.at("/message/text").asText()).contains("Images must have alternative text");
        JsonNode location = first.get("locations").get(0);
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(HOME.toString());
        assertThat(location.at("/physicalLocation/region/snippet/text").asText())
                .isEqualTo("<img src=\"/logo.png\">");
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("header > .logo > img");
        assertThat(results.get(1)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo(BINS.toString());
        assertThat(first.get("partialFingerprints")
                        .path(SarifExport.FINGERPRINT_KEY)
                        .asText())
                .isEqualTo(templateGroup().fingerprint().id());
        JsonNode third = results.get(2);
        assertThat(third.get("level").asText()).isEqualTo("note");
        assertThat(third.get("kind").asText()).isEqualTo("review");
        for (JsonNode r : results) {
            int index =
                    r.at("/locations/0/physicalLocation/artifactLocation/index").asInt();
            assertThat(run.at("/artifacts/" + index + "/location/uri").asText())
                    .isEqualTo(r.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asText());
        }
        assertThat(run.at("/taxonomies/0/taxa/0/id").asText()).isEqualTo("wcag111");
    }

    static FindingGroup templateGroup() {
        Finding f = ReportFixtures.finding(
                HOME,
                "image-alt",
                Impact.CRITICAL,
                Certainty.VIOLATION,
                List.of("1.1.1"),
                "Images must have alternative text",
                "header > .logo > img",
                "<img src=\"/logo.png\">");
        return new FindingGroup(Fingerprint.of(f), f.certainty(), f, List.of(HOME, BINS), 4);
    }

    static FindingGroup group(Finding f) {
        return new FindingGroup(Fingerprint.of(f), f.certainty(), f, List.of(f.page()), 1);
    }

    static CouncilDetail detail(List<FindingGroup> groups) {
        return new CouncilDetail("example", groups, List.of(), List.of(), Optional.empty(), List.of());
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
