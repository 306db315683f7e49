package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import wales.councilaudit.schedule.DomainSweep;

/**
 * The product's periodic domain check for scheduled jobs: the {@code domains} command's run over every council in
 * the registry, under the run the job names, written to {@code <results>/<run-id>/} ({@code domains.json} and
 * {@code domains.csv}). The options are those of the node's global options; checked when the check runs.
 */
final class ScheduledDomainCheck implements DomainSweep {

    /** Councils checked at once, as {@code domains} does by default. */
    private static final int PARALLEL = 4;

    private final GlobalOptions global;
    private final PrintWriter err;
    private final Clock clock;

    ScheduledDomainCheck(GlobalOptions global, PrintWriter err, Clock clock) {
        this.global = global;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void check(String runId) throws Exception {
        DomainsRun.Settings settings = DomainsCommand.settings(
                global, global.registry(), List.of(), global.hostResolver(), null, PARALLEL, "domains");
        DomainsRun.Outcome outcome =
                new DomainsRun(settings, clock).named(runId).execute(err, err);
        err.println("domain check " + runId + ": " + outcome.folder());
        err.flush();
    }
}
