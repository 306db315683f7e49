package wales.councilaudit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.json.Json;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/** {@code council-audit domains} end to end: a registry file, --resolve, a local server, the files and the store. */
class DomainsCommandIT {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path registry() throws Exception {
        int port = site.getPort();
        String yaml = """
                councils:
                  - id: migrated
                    gss: W06000101
                    name: {en: Migrated, cy: Wedi symud}
                    homepage:
                      en: http://www.migrated.gov.uk:%1$d/
                  - id: partial
                    gss: W06000102
                    name: {en: Partial, cy: Rhannol}
                    homepage:
                      en: http://www.partial.gov.uk:%1$d/
                      cy: http://www.rhannol.llyw.cymru:%1$d/
                  - id: blocked
                    gss: W06000103
                    name: {en: Blocked, cy: Wedi blocio}
                    homepage:
                      en: http://www.blocked.gov.uk:%1$d/
                """.formatted(port);
        Path file = tmp.resolve("councils.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private void stubSites() {
        site.stubFor(get("/").withHost(equalTo("www.migrated.gov.uk"))
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader("Location", "http://www.migrated.gov.wales:" + site.getPort() + "/")));
        site.stubFor(get("/").withHost(equalTo("www.migrated.gov.wales"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.partial.gov.uk"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.rhannol.llyw.cymru"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/").withHost(equalTo("www.blocked.gov.uk"))
                .willReturn(aResponse().withStatus(403)));
    }

    @Test
    void writesJsonCsvAndTheStoreAndPrintsTheFolderLast() throws Exception {
        stubSites();
        Path out = tmp.resolve("out");

        Run run = run(
                "--councils",
                registry().toString(),
                "--resolve",
                "*.gov.uk=127.0.0.1",
                "domains",
                "--resolve",
                "*.gov.wales=127.0.0.1",
                "--resolve",
                "*.llyw.cymru=127.0.0.1",
                "--results",
                tmp.resolve("results").toString(),
                "--out",
                out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE_WITH_UNREACHABLE); // one council blocked
        assertThat(run.lines()).last().isEqualTo(out.toAbsolutePath().toString());
        assertThat(run.out()).contains("migrated").contains("MIGRATED").contains("BLOCKED");

        JsonNode json = Json.mapper().readTree(out.resolve("domains.json").toFile());
        assertThat(json).hasSize(3);
        assertThat(json.findValuesAsText("status")).contains("MIGRATED", "PARTIAL", "BLOCKED");
        JsonNode migrated = json.get(0);
        assertThat(migrated.get("council").asText()).isEqualTo("migrated");
        assertThat(migrated.get("finalUrl").asText())
                .isEqualTo("http://www.migrated.gov.wales:" + site.getPort() + "/");
        assertThat(migrated.get("chain")).hasSize(2);
        assertThat(migrated.has("tls")).isFalse(); // plain http: no certificate

        List<String> csv = Files.readAllLines(out.resolve("domains.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("council,name,status,reason");
        assertThat(csv.get(3)).startsWith("blocked,Blocked,BLOCKED,");

        Matcher id = Pattern.compile("run (\\S+) stored").matcher(run.err());
        assertThat(id.find()).as(run.err()).isTrue();
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(tmp.resolve("results")))) {
            assertThat(store.run(id.group(1))).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
                assertThat(r.kind()).isEqualTo("domains");
                assertThat(r.finished()).isPresent();
            });
            assertThat(store.domainResults(id.group(1)))
                    .extracting(DomainResult::status)
                    .containsExactlyInAnyOrder(DomainStatus.MIGRATED, DomainStatus.PARTIAL, DomainStatus.BLOCKED);
        }
    }

    @Test
    void checksOnlyTheCouncilsAskedForAndWritesUnderResultsByDefault() throws Exception {
        stubSites();
        Path results = tmp.resolve("results");

        Run run = run(
                "domains",
                "--councils",
                registry().toString(),
                "--resolve",
                "*.gov.uk=127.0.0.1",
                "--resolve",
                "*.gov.wales=127.0.0.1",
                "--council",
                "migrated",
                "--results",
                results.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DONE);
        Path folder = Path.of(run.lines().get(run.lines().size() - 1));
        assertThat(folder.getParent()).isEqualTo(results.toAbsolutePath());
        assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}-domains(-\\d+)?");
        assertThat(Json.mapper().readTree(folder.resolve("domains.json").toFile()))
                .hasSize(1);
    }

    @Test
    void withoutResolveTheLoopbackServerIsNeverContacted() throws Exception {
        stubSites();
        Path file = tmp.resolve("local.yaml");
        Files.writeString(file, """
                councils:
                  - id: local
                    gss: W06000104
                    name: {en: Local, cy: Lleol}
                    homepage: {en: "http://127.0.0.1:%d/"}
                """.formatted(site.getPort()));

        Run run = run(
                "domains",
                "--councils",
                file.toString(),
                "--results",
                tmp.resolve("r").toString(),
                "--out",
                tmp.resolve("o").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DONE_WITH_UNREACHABLE);
        assertThat(site.getAllServeEvents()).isEmpty();
        JsonNode result =
                Json.mapper().readTree(tmp.resolve("o/domains.json").toFile()).get(0);
        assertThat(result.get("status").asText()).isEqualTo("UNREACHABLE");
        assertThat(result.get("reason").asText()).contains("non-public address");
        assertThat(Optional.ofNullable(result.get("tls"))).isEmpty();
    }
}
