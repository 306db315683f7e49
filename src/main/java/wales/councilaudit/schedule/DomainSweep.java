package wales.councilaudit.schedule;

/**
 * The periodic domain check as the scheduler sees it: checks every council's domains under one run. The product's
 * implementation lives with the command line (the {@code domains} command's run); tests give fakes.
 *
 * <p>Contract: idempotent per run (a recovered job calls it again with the same run id, and results are replaced,
 * not added); called from Quartz's worker threads, at most once at a time across every node.
 */
@FunctionalInterface
public interface DomainSweep {

    /** For nodes that are never given the domain check to run: fails the job, saying so. */
    DomainSweep NONE = runId -> {
        throw new IllegalStateException("this node does not run domain checks");
    };

    /**
     * Checks every council's domains and saves the results under {@code runId}.
     *
     * @throws InterruptedException when the node is shutting down
     * @throws Exception when the check could not be done; the job fails with it (the next firing tries again)
     */
    void check(String runId) throws Exception;
}
