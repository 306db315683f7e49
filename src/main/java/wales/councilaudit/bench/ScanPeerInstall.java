package wales.councilaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The peers' scratch install: {@code pa11y-ci} and {@code @axe-core/cli} at pinned versions, installed from the npm
 * registry with {@code npm install --prefix <work>/peers --ignore-scripts} (so neither puppeteer nor the chromedriver
 * package downloads a browser or a driver: both peers are pointed at Debian's), never into the project. An install
 * already there at the pinned versions is reused.
 *
 * @param folder the npm prefix, holding {@code node_modules}
 * @param unavailable why the peers cannot run (no node, npm failed), or empty when they can
 * @param versions the installed packages' versions and node's, by name
 */
public record ScanPeerInstall(Path folder, Optional<String> unavailable, SortedMap<String, String> versions) {

    public static final String PA11Y_CI_VERSION = "4.1.1";
    public static final String AXE_CLI_VERSION = "4.13.0";

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    public ScanPeerInstall {
        versions = new TreeMap<>(versions);
    }

    /** Installs the peers under {@code work/peers} unless they are there already; never throws for a failure. */
    static ScanPeerInstall prepare(Path work, PrintWriter progress) throws InterruptedException {
        Path folder = work.resolve("peers").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            Optional<String> node = version(List.of("node", "--version"), folder, "node-version");
            if (node.isEmpty()) {
                return failed(folder, "node is not installed (`node --version` did not run)");
            }
            if (!installed(folder)) {
                progress.printf(
                        "bench scan: npm install pa11y-ci@%s @axe-core/cli@%s into %s%n",
                        PA11Y_CI_VERSION, AXE_CLI_VERSION, folder);
                progress.flush();
                Optional<String> failure = install(folder);
                if (failure.isPresent()) {
                    return failed(folder, failure.get());
                }
            } else {
                progress.printf("bench scan: peers already installed in %s%n", folder);
            }
            SortedMap<String, String> versions = new TreeMap<>();
            versions.put("node", node.get().replaceFirst("^v", ""));
            for (String name : List.of("pa11y-ci", "pa11y", "puppeteer", "@axe-core/cli", "selenium-webdriver")) {
                versions.put(
                        name, packageVersion(folder, "node_modules/" + name).orElse("?"));
            }
            versions.put("axe-core (pa11y)", pa11yAxe(folder).orElse("?"));
            versions.put("axe-core (@axe-core/cli)", axeCliAxe(folder).orElse("?"));
            return new ScanPeerInstall(folder, Optional.empty(), versions);
        } catch (IOException e) {
            return failed(folder, "cannot prepare " + folder + ": " + e.getMessage());
        }
    }

    /** The axe-core pa11y loads: its own copy when npm nested one, else the top-level one. */
    static Optional<String> pa11yAxe(Path folder) throws IOException {
        return packageVersion(folder, "node_modules/pa11y/node_modules/axe-core")
                .or(() -> quiet(folder, "node_modules/axe-core"));
    }

    /** The axe-core @axe-core/cli loads. */
    static Optional<String> axeCliAxe(Path folder) throws IOException {
        return packageVersion(folder, "node_modules/@axe-core/cli/node_modules/axe-core")
                .or(() -> quiet(folder, "node_modules/axe-core"));
    }

    private static boolean installed(Path folder) throws IOException {
        return packageVersion(folder, "node_modules/pa11y-ci").equals(Optional.of(PA11Y_CI_VERSION))
                && packageVersion(folder, "node_modules/@axe-core/cli").equals(Optional.of(AXE_CLI_VERSION));
    }

    private static Optional<String> install(Path folder) throws IOException, InterruptedException {
        Files.writeString(
                folder.resolve("package.json"),
                "{\"name\": \"council-audit-bench-scan-peers\", \"private\": true}\n",
                StandardCharsets.UTF_8);
        ScanProcess.Ended npm = ScanProcess.run(
                List.of(
                        "npm",
                        "install",
                        "--prefix",
                        folder.toString(),
                        "--no-audit",
                        "--no-fund",
                        "--ignore-scripts",
                        "--save-exact",
                        "pa11y-ci@" + PA11Y_CI_VERSION,
                        "@axe-core/cli@" + AXE_CLI_VERSION),
                Map.of("PUPPETEER_SKIP_DOWNLOAD", "1", "CHROMEDRIVER_SKIP_DOWNLOAD", "true"),
                folder,
                "npm-install",
                INSTALL_TIMEOUT);
        if (npm.timedOut()) {
            return Optional.of("npm install did not finish within " + INSTALL_TIMEOUT.toMinutes() + " minutes");
        }
        if (npm.exitCode() != 0 || !installed(folder)) {
            return Optional.of("npm install failed (exit " + npm.exitCode() + "): " + npm.errorTail(3));
        }
        return Optional.empty();
    }

    private static Optional<String> version(List<String> command, Path folder, String name)
            throws InterruptedException {
        try {
            ScanProcess.Ended ended = ScanProcess.run(command, Map.of(), folder, name, VERSION_TIMEOUT);
            if (ended.exitCode() != 0) {
                return Optional.empty();
            }
            return Optional.of(
                    Files.readString(ended.stdout(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> packageVersion(Path folder, String module) throws IOException {
        Path file = folder.resolve(module).resolve("package.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode version = JSON.readTree(file.toFile()).path("version");
        return version.isTextual() ? Optional.of(version.asText()) : Optional.empty();
    }

    private static Optional<String> quiet(Path folder, String module) {
        try {
            return packageVersion(folder, module);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ScanPeerInstall failed(Path folder, String reason) {
        return new ScanPeerInstall(folder, Optional.of(reason), new TreeMap<>());
    }
}
