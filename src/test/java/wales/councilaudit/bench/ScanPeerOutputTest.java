package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the peers' JSON and writing pa11y-ci's config, without node: shapes as the pinned versions write them. */
class ScanPeerOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI HOME = URI.create("http://127.0.0.1:4000/");
    private static final URI ONE = URI.create("http://127.0.0.1:4000/p/1.html");
    private static final URI TWO = URI.create("http://127.0.0.1:4000/p/2.html");

    @Test
    void pa11yCiIssuesGiveRuleIdsAndAnErrorEntryIsAFailedPage() throws Exception {
        JsonNode results = JSON.readTree("""
                {"http://127.0.0.1:4000/": [],
                 "http://127.0.0.1:4000/p/1.html": [
                   {"code": "image-alt", "type": "error", "runner": "axe"},
                   {"code": "frame-tested", "type": "warning", "runner": "axe"},
                   {"code": "image-alt", "type": "error", "runner": "axe"}],
                 "http://127.0.0.1:4000/p/2.html": [
                   {"message": "Protocol error (Target.closeTarget): No target with given id found\\nat x"}]}
                """);

        ScanPa11yCi.Parsed parsed = ScanPa11yCi.parse(results, List.of(HOME, ONE, TWO));

        assertThat(parsed.rules()).containsOnlyKeys("/", "/p/1.html");
        assertThat(parsed.rules().get("/")).isEmpty();
        assertThat(parsed.rules().get("/p/1.html")).containsExactly("frame-tested", "image-alt");
        assertThat(parsed.failures())
                .containsExactly(java.util.Map.entry(
                        "/p/2.html", "Protocol error (Target.closeTarget): No target with given id found"));
    }

    @Test
    void aPageMissingFromPa11yCisReportIsFailed() throws Exception {
        ScanPa11yCi.Parsed parsed = ScanPa11yCi.parse(JSON.readTree("{}"), List.of(ONE));

        assertThat(parsed.rules()).isEmpty();
        assertThat(parsed.failures()).containsKey("/p/1.html");
    }

    @Test
    void pa11yCiRunsAxeWithEveryLevelOnDebiansChromium() {
        JsonNode config = ScanPa11yCi.config(List.of(HOME, ONE), 2);

        JsonNode defaults = config.path("defaults");
        assertThat(defaults.path("runners").get(0).asText()).isEqualTo("axe");
        assertThat(defaults.path("includeWarnings").asBoolean()).isTrue();
        assertThat(defaults.path("includeNotices").asBoolean()).isTrue();
        assertThat(defaults.path("concurrency").asInt()).isEqualTo(2);
        assertThat(defaults.path("viewport").path("width").asInt()).isEqualTo(1366);
        assertThat(defaults.path("chromeLaunchConfig").path("executablePath").asText())
                .isEqualTo(wales.councilaudit.browser.Chromium.binary().toString());
        assertThat(defaults.path("chromeLaunchConfig").path("args").toString()).contains("--no-sandbox");
        assertThat(config.path("urls")).hasSize(2);
    }

    @Test
    void axeCliResultsGiveViolationAndIncompleteIdsPerPath() throws Exception {
        JsonNode results = JSON.readTree("""
                [{"url": "http://127.0.0.1:4000/p/1.html", "testEngine": {"version": "4.13.0"},
                  "violations": [{"id": "image-alt"}, {"id": "region"}], "incomplete": [{"id": "color-contrast"}],
                  "passes": [{"id": "document-title"}]},
                 {"url": "http://127.0.0.1:4000/", "violations": [], "incomplete": []}]
                """);

        assertThat(ScanAxeCli.parse(results))
                .containsOnlyKeys("/p/1.html", "/")
                .satisfies(m -> assertThat(m.get("/p/1.html")).containsExactly("color-contrast", "image-alt", "region"))
                .satisfies(m -> assertThat(m.get("/")).isEmpty());
        assertThat(ScanAxeCli.parse(JSON.readTree("{\"error\": 1}"))).isEmpty();
        assertThat(ScanAxeCli.parse(null)).isEmpty();
    }

    @Test
    void axeCliIsPointedAtDebiansDriverAndChromiumHeadless() {
        List<String> command = ScanAxeCli.command(Path.of("/w/node_modules/.bin/axe"), List.of(HOME, ONE));

        assertThat(command)
                .startsWith("/w/node_modules/.bin/axe", HOME.toString(), ONE.toString())
                .contains("--chromedriver-path", "--chrome-path", "--stdout")
                .anySatisfy(arg -> assertThat(arg).startsWith("--chrome-options=no-sandbox,disable-gpu,"));
    }
}
