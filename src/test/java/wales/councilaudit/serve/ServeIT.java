package wales.councilaudit.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import wales.councilaudit.accessibility.AxeOutcome;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.ScanContext;
import wales.councilaudit.accessibility.View;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.cli.Main;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.registry.RegistryWriter;
import wales.councilaudit.sandbox.SandboxWales;

/**
 * {@code council-audit serve} as a child process against Sandbox Wales, auditing for real (one task script, a short
 * crawl, to keep it quick): a POST without the token is refused and queues nothing; a first re-test through the API
 * gives cardiff a previous result; then, in headless Chromium, the council page's form (with the token) requests a
 * re-test, the run page shows its progress until it finishes, and the council page shows the new result and its
 * diff against the previous one. axe-core finds no violation on the dashboard's pages, English and Welsh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {

    private static final String TOKEN = "serve-it-token-0123456789abcdef";
    private static final String COUNCIL = "cardiff";
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration AUDIT = Duration.ofMinutes(6);

    private Path dir;

    private SandboxWales sandbox;
    private Process serve;
    private URI base;
    private Path home;
    private ChromeDriver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        dir = Files.createTempDirectory("serve-it");
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        Path registry = dir.resolve("sandbox-councils.yaml");
        Files.writeString(registry, RegistryWriter.toYaml(sandbox.registry()), StandardCharsets.UTF_8);
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        Files.copy(Path.of("task-scripts/missed-bin.yaml"), tasks.resolve("missed-bin.yaml"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--councils",
                registry.toString(),
                "--allow-private-addresses",
                "--results",
                dir.resolve("results").toString()));
        sandbox.hosts().forEach(h -> command.addAll(List.of("--resolve", h + "=127.0.0.1")));
        command.addAll(
                List.of("serve", "--port", "0", "--max-pages", "40", "--delay", "0ms", "--tasks", tasks.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("serve.out").toFile());
        builder.environment().put("COUNCIL_AUDIT_TOKEN", TOKEN);
        builder.environment().remove("COUNCIL_AUDIT_DB");
        serve = builder.start();
        base = URI.create(servingAddress(serve, dir.resolve("serve.err")).get(START.toSeconds(), TimeUnit.SECONDS));
        home = Files.createTempDirectory("serve-it-chromium");
        driver = Chromium.start(BrowserProfile.DESKTOP, List.of(), home, Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Copies the child's standard error to a file and completes with the address of its {@code serving} line. */
    private static CompletableFuture<String> servingAddress(Process child, Path log) {
        CompletableFuture<String> address = new CompletableFuture<>();
        Pattern serving = Pattern.compile("^serving (http://\\S+/)$");
        Thread copier = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                                    new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
                            Writer out = Files.newBufferedWriter(log)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            out.write(line + "\n");
                            out.flush();
                            Matcher m = serving.matcher(line);
                            if (m.matches()) {
                                address.complete(m.group(1));
                            }
                        }
                        address.completeExceptionally(new IllegalStateException("serve ended; see " + log));
                    } catch (IOException e) {
                        address.completeExceptionally(e);
                    }
                },
                "serve-it-stderr");
        copier.setDaemon(true);
        copier.start();
        return address;
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (serve != null) {
                serve.destroy();
                if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                    serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
            if (home != null) {
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void aRetestRequestedInTheBrowserRunsAndTheCouncilPageShowsTheNewResultAndItsDiff() throws Exception {
        // Without the token: 401, and nothing queued.
        HttpResponse<String> refused = post(null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json("/api/runs")).isEmpty();
        assertThat(scheduleStatus()).contains("0 audit(s) pending");

        // A first re-test through the API: cardiff's previous result.
        HttpResponse<String> first = post("Bearer " + TOKEN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        String firstRun = Json.mapper().readTree(first.body()).get("runId").asText();
        assertThat(Json.mapper().readTree(first.body()).get("outcome").asText()).isEqualTo("queued");
        open("/runs/" + firstRun);
        awaitRunFinished();

        // In the browser: the council page's form, with the token.
        open("/councils/" + COUNCIL);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cardiff");
        driver.findElement(By.id("retest-token")).sendKeys(TOKEN);
        driver.findElement(By.id("retest-reason")).sendKeys("relaunched");
        driver.findElement(By.id("retest-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("retest-run-link")));
        assertThat(driver.findElement(By.id("retest-outcome")).getText()).startsWith("Queued: a re-test");
        driver.findElement(By.id("retest-run-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/runs/"));
        String secondRun =
                driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(secondRun).isNotEqualTo(firstRun).endsWith("-retest-" + COUNCIL);
        awaitRunFinished();
        assertThat(driver.findElement(By.id("run-progress")).getText()).isEqualTo("1 of 1 councils done.");

        // Its result, and the diff against the first.
        driver.findElement(By.cssSelector("#run-results a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/councils/" + COUNCIL));
        awaitLoaded();
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Latest result: run " + secondRun);
        assertThat(driver.findElement(By.id("diff-summary")).getText())
                .startsWith("Run " + secondRun + " against run " + firstRun + ":");
        JsonNode diff = json("/api/councils/" + COUNCIL + "/diff");
        assertThat(diff.get("fromRun").asText()).isEqualTo(firstRun);
        assertThat(diff.get("toRun").asText()).isEqualTo(secondRun);
        assertThat(json("/api/councils/" + COUNCIL + "/latest").get("runId").asText())
                .isEqualTo(secondRun);
        // The re-test's node ends it with the same diff in the run's folder, just after the run is marked done.
        Path diffText = dir.resolve("results").resolve(secondRun).resolve("diff.txt");
        new FluentWait<>(diffText)
                .withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(200))
                .until(Files::isRegularFile);
        assertThat(Files.readString(diffText)).contains(firstRun).contains(secondRun);

        // axe-core on the dashboard's pages, in English and Welsh.
        AxeScanner axe = new AxeScanner(Duration.ofSeconds(60));
        List<String> violations = new ArrayList<>();
        List<String> paths = List.of("", "councils/" + COUNCIL, "councils/gwynedd", "runs", "runs/" + secondRun);
        for (String lang : List.of("/", "/cy/")) {
            for (String path : paths) {
                open(lang + path);
                AxeOutcome outcome =
                        axe.analyse(driver, new ScanContext(base.resolve(lang + path), "desktop", View.PAGE));
                assertThat(outcome).as(lang + path).isInstanceOf(AxeOutcome.Analysed.class);
                for (Finding f : ((AxeOutcome.Analysed) outcome).violations()) {
                    violations.add(lang + path + ": " + f.rule() + " " + f.selector() + " " + f.html());
                }
            }
        }
        assertThat(violations).isEmpty();
        open("/cy/councils/" + COUNCIL);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Caerdydd");
        assertThat(driver.findElement(By.id("retest-submit")).getText()).isEqualTo("Gofyn am ail-brawf");
    }

    private void awaitRunFinished() {
        new WebDriverWait(driver, AUDIT)
                .until(ExpectedConditions.textToBe(By.id("run-state"), "The run has finished."));
    }

    private void open(String path) {
        driver.get(base.resolve(path).toString());
        awaitLoaded();
    }

    private void awaitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until((WebDriver d) -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private HttpResponse<String> post(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/councils/" + COUNCIL + "/retest"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"serve IT\"}"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /** {@code schedule status} on the same store, in this JVM: what the job store holds. */
    private String scheduleStatus() {
        StringWriter out = new StringWriter();
        int exit = Main.run(
                new String[] {"--results", dir.resolve("results").toString(), "schedule", "status"},
                new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        return out.toString();
    }
}
