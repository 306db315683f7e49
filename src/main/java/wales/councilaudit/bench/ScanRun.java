package wales.councilaudit.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One contender's run in the scan benchmark: how many of the pages it scanned, how long it took, the axe rule ids it
 * reported per page and the peak memory of its Chromium sessions. A contender that could not run has a status and a
 * reason and no figures.
 *
 * @param contender {@code product}, {@code pa11y-ci} or {@code @axe-core/cli}
 * @param sessions browser sessions (the product), pa11y-ci's concurrency, or @axe-core/cli processes run at once
 * @param pages pages asked for
 * @param seconds the timed part: for the product, from the first page to the last after a warm-up; for a peer, from
 *     starting its processes to their end (browser start included)
 * @param failedPages pages asked for with no result
 * @param rules per page path, the rule ids reported (violations and incomplete), for pages with a result
 * @param failures per page path, why there is no result
 * @param axeCoreVersion the axe-core the contender ran, or empty when unknown
 * @param memory its Chromium processes' memory during the run, when sampled
 * @param details what else the contender reported (versions, the command run), by name
 */
public record ScanRun(
        String contender,
        int sessions,
        Status status,
        Optional<String> reason,
        int pages,
        double seconds,
        int failedPages,
        SortedMap<String, SortedSet<String>> rules,
        SortedMap<String, String> failures,
        String axeCoreVersion,
        Optional<ScanChromiumMemory.Peak> memory,
        SortedMap<String, String> details) {

    public static final String PRODUCT = "product";
    public static final String PA11Y_CI = "pa11y-ci";
    public static final String AXE_CLI = "@axe-core/cli";

    /** Whether a contender ran; {@code unavailable} when it could not be installed or started. */
    public enum Status {
        OK("ok"),
        UNAVAILABLE("unavailable"),
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    public ScanRun {
        Objects.requireNonNull(contender, "contender");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        rules = new TreeMap<>(rules);
        failures = new TreeMap<>(failures);
        Objects.requireNonNull(axeCoreVersion, "axeCoreVersion");
        Objects.requireNonNull(memory, "memory");
        details = new TreeMap<>(details);
        if (sessions < 1 || pages < 0 || failedPages < 0 || seconds < 0) {
            throw new IllegalArgumentException("sessions, pages, failed pages and seconds cannot be negative");
        }
    }

    /** A run that happened: the pages with rules scanned, the others failed. */
    static ScanRun measured(
            String contender,
            int sessions,
            int pages,
            double seconds,
            Map<String, SortedSet<String>> rules,
            Map<String, String> failures,
            String axeCoreVersion,
            Map<String, String> details) {
        return new ScanRun(
                contender,
                sessions,
                Status.OK,
                Optional.empty(),
                pages,
                seconds,
                pages - rules.size(),
                new TreeMap<>(rules),
                new TreeMap<>(failures),
                axeCoreVersion,
                Optional.empty(),
                new TreeMap<>(details));
    }

    /** A contender that could not run at all. */
    static ScanRun notRun(String contender, int sessions, int pages, Status status, String reason) {
        return new ScanRun(
                contender,
                sessions,
                status,
                Optional.of(reason),
                pages,
                0,
                pages,
                new TreeMap<>(),
                new TreeMap<>(),
                "",
                Optional.empty(),
                new TreeMap<>());
    }

    ScanRun withMemory(ScanChromiumMemory.Peak peak) {
        return new ScanRun(
                contender,
                sessions,
                status,
                reason,
                pages,
                seconds,
                failedPages,
                rules,
                failures,
                axeCoreVersion,
                Optional.of(peak),
                details);
    }

    /** Pages with a result per minute of the timed part; 0 when nothing ran. */
    @JsonProperty("pagesPerMinute")
    public double pagesPerMinute() {
        return seconds <= 0 ? 0 : (pages - failedPages) * 60.0 / seconds;
    }

    /** Whether it ran and every page has a result. */
    public boolean complete() {
        return status == Status.OK && failedPages == 0;
    }
}
