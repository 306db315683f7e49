package wales.councilaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command (npm, a peer's CLI) for the scan benchmark with its output in files, and stops it and
 * its descendants, by process id, when it overruns. Stateless.
 */
final class ScanProcess {

    /**
     * How a command ended.
     *
     * @param exitCode its exit status; -1 when it was stopped for overrunning
     * @param timedOut whether it overran and was stopped
     */
    record Ended(int exitCode, boolean timedOut, Path stdout, Path stderr) {

        /** Standard error's last non-blank lines, at most {@code lines}, joined with " | ". */
        String errorTail(int lines) {
            List<String> all;
            try {
                all = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
            } catch (IOException e) {
                return "(standard error unreadable: " + e.getMessage() + ")";
            }
            return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    private ScanProcess() {}

    /**
     * Starts the command in {@code dir} with the environment added to this process's.
     *
     * @param name names the output files, {@code dir/<name>.out} and {@code dir/<name>.err}
     */
    static Process start(List<String> command, Map<String, String> environment, Path dir, String name)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits for a process {@link #start}ed with {@code name} in {@code dir}, stopping it after {@code timeout}. */
    static Ended await(Process process, Path dir, String name, Duration timeout) throws InterruptedException {
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return new Ended(
                finished ? process.exitValue() : -1, !finished, dir.resolve(name + ".out"), dir.resolve(name + ".err"));
    }

    /** Starts the command and waits for it. */
    static Ended run(List<String> command, Map<String, String> environment, Path dir, String name, Duration timeout)
            throws IOException, InterruptedException {
        return await(start(command, environment, dir, name), dir, name, timeout);
    }
}
