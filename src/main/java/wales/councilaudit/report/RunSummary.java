package wales.councilaudit.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of {@code summary.json}: the run and one entry per council, in registry order.
 *
 * @param schema {@value #SCHEMA}
 * @param run the run
 * @param councils one per council asked for
 */
public record RunSummary(String schema, RunInfo run, List<CouncilSummary> councils) {

    public static final String SCHEMA = "council-audit/summary/v1";

    public RunSummary {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(run, "run");
        councils = List.copyOf(councils);
    }

    public static RunSummary of(RunInfo run, List<CouncilSummary> councils) {
        return new RunSummary(SCHEMA, run, councils);
    }

    /** One council's entry, by id. */
    public Optional<CouncilSummary> council(String id) {
        return councils.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The run a summary describes.
     *
     * @param id the run id (the folder's name under {@code results/})
     * @param start when it started
     * @param end when it finished; empty while it runs or when it was interrupted
     * @param tool council-audit's version
     * @param axeCore axe-core's version, when the browser stage ran
     * @param chromium Chromium's version, when the browser stage ran
     * @param rules the scoring rules profile ({@code annex-b})
     * @param rulesLabel the profile's label, as the report shows it
     */
    public record RunInfo(
            String id,
            Instant start,
            Optional<Instant> end,
            String tool,
            Optional<String> axeCore,
            Optional<String> chromium,
            String rules,
            String rulesLabel) {

        public RunInfo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(axeCore, "axeCore");
            Objects.requireNonNull(chromium, "chromium");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(rulesLabel, "rulesLabel");
        }
    }
}
