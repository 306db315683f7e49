package wales.councilaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import wales.councilaudit.browser.Chromium;

/**
 * A Selenium Grid standalone server (hub and node in one JVM) for the tests of the {@code --grid} path: {@code
 * org.openqa.selenium.grid.Main standalone} from {@code selenium-grid} 4.48.0, run as a child JVM on its own classpath
 * (the build writes it to {@value #CLASSPATH_FILE}; the Grid's Selenium is older than the product's, so the two never
 * share a class loader), with one Chromium slot per session pointing at Debian's ChromeDriver and Chromium. Selenium
 * Manager and driver detection are off: nothing is downloaded. It listens on 127.0.0.1 only, on a free port.
 *
 * <p>{@link #close()} stops the server and every process it started (ChromeDriver, Chromium). Not thread-safe.
 */
public final class GridStandalone implements AutoCloseable {

    /** Where the build writes the Grid's classpath (maven-antrun-plugin, phase pre-integration-test). */
    public static final String CLASSPATH_FILE = "target/selenium-grid/classpath.txt";

    private static final Pattern READY = Pattern.compile("\"ready\"\\s*:\\s*true");
    private static final Duration POLL = Duration.ofMillis(250);

    private final Process process;
    private final URI url;
    private final Path log;

    private GridStandalone(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts the server and waits until its {@code /status} says ready.
     *
     * @param dir a fresh folder for the configuration, the log and the node's HOME and TMPDIR
     * @param sessions the node's slots (sessions at once)
     * @param timeout how long to wait for readiness
     * @throws IllegalStateException when the classpath file is missing, or the server exits or is not ready in time
     *     (the message ends with the server's log)
     */
    public static GridStandalone start(Path dir, int sessions, Duration timeout) throws IOException {
        Path classpath = Path.of(System.getProperty("selenium.grid.classpath", CLASSPATH_FILE));
        if (!Files.isRegularFile(classpath)) {
            throw new IllegalStateException("no Selenium Grid classpath at " + classpath.toAbsolutePath()
                    + ": run the test through Maven (./mvnw verify -Dit.test=...), which writes it");
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path config = dir.resolve("grid.toml");
        Files.writeString(config, config(sessions), StandardCharsets.UTF_8);
        Path log = dir.resolve("grid.log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        Files.readString(classpath).trim(),
                        "org.openqa.selenium.grid.Main",
                        "standalone",
                        "--config",
                        config.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("TMPDIR", tmp.toString());
        GridStandalone grid = new GridStandalone(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        try {
            grid.awaitReady(timeout);
        } catch (RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    /**
     * The node's configuration: one Chromium driver with Debian's paths in its stereotype, as many slots as sessions.
     */
    static String config(int sessions) {
        return """
                [node]
                detect-drivers = false
                selenium-manager = false
                max-sessions = %1$d
                override-max-sessions = true

                [[node.driver-configuration]]
                display-name = "Chromium"
                webdriver-executable = "%2$s"
                max-sessions = %1$d
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "%3$s"}}'
                """.formatted(sessions, Chromium.driver(), Chromium.binary());
    }

    /** The server's address, for {@code --grid}. */
    public URI url() {
        return url;
    }

    /** The server's standard output and error. */
    public Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(url.resolve("/status"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = client.send(status, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && READY.matcher(answer.body()).find()) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the Grid", e);
            }
            if (exitedWithin(POLL)) {
                throw new IllegalStateException(
                        "the Grid exited with status " + process.exitValue() + " before it was ready\n" + logText());
            }
        }
        throw new IllegalStateException("the Grid was not ready within " + timeout + " (" + last + ")\n" + logText());
    }

    /** Waits at most {@code wait} for the server to exit: the pause between polls, cut short by an early exit. */
    private boolean exitedWithin(Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the Grid", e);
        }
    }

    /** The server's log, for failure messages. */
    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the server, then any of its descendants still running (ChromeDriver, Chromium), forcibly if need be. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle p : descendants) {
                p.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (TimeoutException e) {
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
