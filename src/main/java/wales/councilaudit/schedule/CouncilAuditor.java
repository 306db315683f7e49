package wales.councilaudit.schedule;

/**
 * The audit engine as the scheduler sees it: audits one council for one run. The product's implementation lives
 * with the command line, which wires the stages; tests give fakes.
 *
 * <p>Contract: idempotent per run and council (a recovered job calls it again for the same pair, and the second
 * call must replace, never add to, what the first saved); records the run in the store when it is not there yet
 * (the scheduler names runs but does not write them); may block for minutes; called from Quartz's worker threads,
 * at most once at a time per council across every node, possibly at once for different councils.
 */
@FunctionalInterface
public interface CouncilAuditor {

    /**
     * Audits the council and saves its result for the run.
     *
     * @throws InterruptedException when the node is shutting down
     * @throws Exception when the audit could not be done; the job fails with it (and is not fired again)
     */
    void audit(AuditRequest request) throws Exception;
}
