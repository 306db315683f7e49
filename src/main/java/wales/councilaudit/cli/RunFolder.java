package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names runs and makes the folder each one writes to: {@code results/<run-id>/}, or {@code --out DIR}. */
final class RunFolder {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunFolder() {}

    /** A run id such as {@code 20261121-235012-domains}, unique among the folders under {@code resultsDir}. */
    static String newRunId(String kind, Instant now, Path resultsDir) {
        String base = STAMP.format(now) + "-" + kind;
        String id = base;
        for (int n = 2; Files.exists(resultsDir.resolve(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Creates (if needed) and returns the folder a run writes to. */
    static Path create(Path out, Path resultsDir, String runId) {
        Path folder = out != null ? out : resultsDir.resolve(runId);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserInputException("cannot create the output folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Checks that {@code --out} can be a folder, before anything is written. */
    static void checkUsable(Path out) {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " exists and is not a folder");
        }
    }
}
