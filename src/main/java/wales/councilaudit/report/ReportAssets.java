package wales.councilaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report's own copy of the screenshots it shows, so the {@code report/} folder can be published on its own:
 * PNG files inside the run folder are copied to {@code report/shots/<council>/}. A path that leaves the run folder,
 * is not a PNG, or does not exist is not copied (the page says the screenshot was not kept). The live dashboard's
 * assets ({@link #linked}) copy nothing: they give the screenshot's address under a prefix the dashboard serves.
 */
final class ReportAssets {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Path runDir;
    private final Path reportDir;
    private final Optional<String> linkPrefix;

    ReportAssets(Path runDir, Path reportDir) {
        this(runDir, reportDir, Optional.empty());
    }

    private ReportAssets(Path runDir, Path reportDir, Optional<String> linkPrefix) {
        this.runDir = runDir.toAbsolutePath().normalize();
        this.reportDir = reportDir;
        this.linkPrefix = linkPrefix;
    }

    /**
     * Assets that copy nothing: a screenshot inside {@code runDir} is given as {@code prefix} followed by its path
     * relative to {@code runDir} (with {@code /} separators), for a server that serves that folder.
     */
    static ReportAssets linked(Path runDir, String prefix) {
        return new ReportAssets(runDir, runDir, Optional.of(prefix));
    }

    /** A council id fit to be a file name, or an exception: ids come from {@code summary.json}. */
    static String requireSlug(String id) {
        if (!SLUG.matcher(id).matches()) {
            throw new SummaryFormatException("council id " + id + " is not a lower-case slug");
        }
        return id;
    }

    /**
     * Copies a screenshot recorded by a stage.
     *
     * @param recorded the path as recorded: relative to the run folder, or absolute inside it
     * @return its path relative to the report folder, with {@code /} separators; empty when not copied
     */
    Optional<String> screenshot(String council, Path recorded) throws IOException {
        Path source = runDir.resolve(recorded).normalize();
        String name = source.getFileName() == null ? "" : source.getFileName().toString();
        if (!source.startsWith(runDir)
                || !name.toLowerCase(Locale.ROOT).endsWith(".png")
                || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        Path relative = runDir.relativize(source);
        if (linkPrefix.isPresent()) {
            return Optional.of(linkPrefix.get() + relative.toString().replace('\\', '/'));
        }
        Path target = reportDir.resolve("shots").resolve(requireSlug(council));
        for (Path part : relative) {
            target = target.resolve(part.toString().replaceAll("[^A-Za-z0-9._-]", "_"));
        }
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(reportDir.relativize(target).toString().replace('\\', '/'));
    }
}
