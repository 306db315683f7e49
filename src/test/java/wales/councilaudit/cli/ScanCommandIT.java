package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code council-audit scan} end to end: the planted-fault fixtures of the accessibility stage and Lighthouse's mobile
 * smoke pages, served on 127.0.0.1, scanned in Chromium through the command line, read back from its JSON.
 */
class ScanCommandIT {

    private static HttpServer server;
    private static String base;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            // The accessibility fixtures are served at the root (their frames are linked so), the rest as they lie.
            InputStream found = ScanCommandIT.class.getResourceAsStream("/accessibility" + path);
            try (InputStream in = found != null ? found : ScanCommandIT.class.getResourceAsStream(path)) {
                if (in == null || path.contains("..")) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] body = in.readAllBytes();
                String html = new String(body, java.nio.charset.StandardCharsets.UTF_8)
                        .replace(
                                "{{OTHER_ORIGIN}}",
                                "http://localhost:" + server.getAddress().getPort());
                body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                String type = path.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private record Run(int exit, String out, String err) {}

    private Run scan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--allow-private-addresses", "--results", tmp.toString(), "scan"));
        all.addAll(List.of(args));
        int exit = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode page(JsonNode scan, String suffix, String profile) {
        for (JsonNode p : scan.get("pages")) {
            if (p.get("page").asText().endsWith(suffix)
                    && p.get("profile").asText().equals(profile)) {
                return p;
            }
        }
        throw new AssertionError("no " + profile + " result for " + suffix + " in " + scan);
    }

    private static Set<String> rules(JsonNode page, String certainty) {
        Set<String> rules = new TreeSet<>();
        page.get("findings").forEach(f -> {
            if (f.get("certainty").asText().equals(certainty)) {
                rules.add(f.get("rule").asText());
            }
        });
        return rules;
    }

    @Test
    void eachPlantedFaultIsFoundAndNothingElseOnDesktop() throws IOException {
        Map<String, Set<String>> planted = Map.ofEntries(
                Map.entry("clean.html", Set.of()),
                Map.entry("image-alt.html", Set.of("image-alt")),
                Map.entry("label.html", Set.of("label")),
                Map.entry("button-name.html", Set.of("button-name")),
                Map.entry("link-name.html", Set.of("link-name")),
                Map.entry("color-contrast.html", Set.of("color-contrast")),
                Map.entry("frame-title.html", Set.of("frame-title")),
                Map.entry("list.html", Set.of("list")),
                Map.entry("html-has-lang.html", Set.of("html-has-lang")),
                Map.entry("document-title.html", Set.of("document-title")),
                Map.entry("meta-viewport.html", Set.of("meta-viewport")),
                Map.entry("iframe-fault.html", Set.of("image-alt")),
                Map.entry("keyboard-trap.html", Set.of("keyboard-trap")),
                Map.entry("keyboard-trap-cycle.html", Set.of("keyboard-trap")),
                Map.entry("invisible-focus.html", Set.of("focus-invisible")),
                Map.entry("focus-styles.html", Set.of()));
        List<String> urls = new ArrayList<>();
        urls.add(base + "/clean.html"); // the host's first page: scanned as its home page
        planted.keySet().stream()
                .filter(name -> !name.equals("clean.html"))
                .sorted()
                .forEach(name -> urls.add(base + "/" + name));
        Path out = tmp.resolve("a11y");
        List<String> args = new ArrayList<>(urls);
        args.addAll(List.of("--profile", "desktop", "--json", "--out", out.toString()));

        Run run = scan(args.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isZero();
        String json = run.out().substring(0, run.out().lastIndexOf('}') + 1);
        JsonNode scan = new ObjectMapper().readTree(json);
        assertThat(scan.get("schema").asText()).isEqualTo("council-audit/scan/v1");
        assertThat(scan.get("axeCore").asText()).isEqualTo("4.11.1");
        assertThat(scan.get("chromium").asText()).matches("\\d+\\.\\d+.*");
        planted.forEach((name, rules) -> {
            JsonNode page = page(scan, "/" + name, "desktop");
            assertThat(page.get("scanned").asBoolean()).as(name).isTrue();
            assertThat(rules(page, "VIOLATION")).as(name).isEqualTo(rules);
        });
        JsonNode frame =
                page(scan, "/iframe-fault.html", "desktop").get("findings").get(0);
        assertThat(frame.get("selector").asText()).contains(" >> ");
        assertThat(Files.readString(out.resolve("findings.csv")))
                .startsWith("page,profile,view,source,certainty,rule")
                .contains("keyboard-trap", "focus-invisible", "image-alt");
        assertThat(Files.exists(out.resolve("scan.json"))).isTrue();
    }

    @Test
    void theCookieBannerViewsAreToldApart() throws IOException {
        String other = "http://localhost:" + server.getAddress().getPort();
        Path out = tmp.resolve("banner");
        Run run = scan(
                other + "/cookie-banner-cy.html",
                "--profile",
                "desktop",
                "--keyboard",
                "home",
                "--out",
                out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode scan = new ObjectMapper().readTree(out.resolve("scan.json").toFile());
        JsonNode home = page(scan, "/cookie-banner-cy.html", "desktop");
        assertThat(home.get("home").asBoolean()).isTrue();
        assertThat(home.get("cookieBanner").asText()).startsWith("dismissed");
        Set<String> firstVisit = new TreeSet<>();
        Set<String> dismissed = new TreeSet<>();
        home.get("findings").forEach(f -> {
            if (f.get("certainty").asText().equals("VIOLATION")) {
                (f.get("view").asText().equals("FIRST_VISIT") ? firstVisit : dismissed)
                        .add(f.get("rule").asText());
            }
        });
        assertThat(firstVisit).containsExactly("color-contrast", "image-alt");
        assertThat(dismissed).containsExactly("image-alt");
        assertThat(run.out()).contains("Accessibility score:");
    }

    @Test
    void lighthousesMobilePagesGiveTheirKnownOutcomesAndTheTapTargetPageSmallTargets() throws IOException {
        Path out = tmp.resolve("mobile");
        String pages = base + "/mobile/lighthouse/";
        Run run = scan(
                pages + "seo-tester.html",
                pages + "seo-failure-cases.html",
                pages + "seo-tap-targets.html",
                base + "/mobile/lighthouse/missing.html",
                "--profile",
                "mobile",
                "--out",
                out.toString());

        assertThat(run.exit()).as("a page not scanned: exit 1. " + run.err()).isEqualTo(ExitCode.DONE_WITH_UNREACHABLE);
        JsonNode scan = new ObjectMapper().readTree(out.resolve("scan.json").toFile());
        // EXPECTED.md: seo-tester passes viewport and legible font sizes, seo-failure-cases fails both (no usable
        // viewport, so all text is illegible), seo-tap-targets passes both and has small targets.
        JsonNode tester = page(scan, "seo-tester.html", "mobile").get("mobile");
        JsonNode failure = page(scan, "seo-failure-cases.html", "mobile").get("mobile");
        JsonNode taps = page(scan, "seo-tap-targets.html", "mobile");
        assertThat(tester.at("/viewport/deviceWidth").asBoolean()).isTrue();
        assertThat(tester.get("legibleTextShare").asDouble()).isGreaterThanOrEqualTo(0.6); // Lighthouse's pass mark
        assertThat(failure.at("/viewport/deviceWidth").asBoolean()).isFalse();
        assertThat(failure.at("/viewport/evidence").asText()).contains("invalid-content");
        assertThat(failure.get("legibleTextShare").asDouble()).isLessThan(0.6);
        assertThat(taps.at("/mobile/viewport/deviceWidth").asBoolean()).isTrue();
        assertThat(taps.at("/mobile/legibleTextShare").asDouble()).isGreaterThanOrEqualTo(0.6);
        assertThat(taps.at("/targetSize/failing").asInt()).isPositive();
        assertThat(rules(taps, "VIOLATION")).contains("target-size");
        JsonNode missing = page(scan, "missing.html", "mobile");
        assertThat(missing.get("scanned").asBoolean()).isFalse();
        assertThat(missing.get("failure").asText()).contains("404");
        assertThat(scan.at("/scores/mobilePageChecks/score").isInt()).isTrue();
    }

    @Test
    void badInputIsRefusedBeforeABrowserStarts() {
        assertThat(scan("file:///etc/passwd").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(scan("http://127.0.0.1:1/", "--profile", "tablet-of-nowhere").exit())
                .isEqualTo(ExitCode.BAD_INPUT);
        StringWriter err = new StringWriter();
        int exit = Main.run(
                new String[] {"--results", tmp.toString(), "scan", "http://10.0.0.1/"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--allow-private-addresses");
    }
}
