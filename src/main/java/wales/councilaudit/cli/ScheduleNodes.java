package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import wales.councilaudit.registry.Council;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.schedule.DomainSweep;
import wales.councilaudit.schedule.ScheduleSettings;

/** Opens scheduler nodes for the commands, and runs one in the foreground until the process is stopped. */
final class ScheduleNodes {

    /** For commands that only read or change the job store: their node never starts, so never audits. */
    static final CouncilAuditor NEVER_RUNS = request -> {
        throw new IllegalStateException("this node does not run audits");
    };

    private ScheduleNodes() {}

    /** A node that never runs audits, for the commands that only read or change the job store. */
    static AuditScheduler open(GlobalOptions global, ScheduleSettings settings, CouncilAuditor auditor) {
        if (auditor != NEVER_RUNS) {
            throw new IllegalArgumentException("a node that runs audits is opened with somewhere to print to");
        }
        return open(global, settings, auditor, new PrintWriter(System.err, true));
    }

    /**
     * A node on the store of the global options. One that runs audits ({@code auditor} not {@link #NEVER_RUNS}) also
     * runs the periodic domain check when it falls due, printing its progress to {@code err}.
     */
    static AuditScheduler open(
            GlobalOptions global, ScheduleSettings settings, CouncilAuditor auditor, PrintWriter err) {
        DomainSweep sweep =
                auditor == NEVER_RUNS ? DomainSweep.NONE : new ScheduledDomainCheck(global, err, Clock.systemUTC());
        return AuditScheduler.open(
                global.storeConfig(),
                settings,
                global.registry().councils().stream().map(Council::id).toList(),
                auditor,
                sweep,
                Clock.systemUTC());
    }

    /**
     * Starts the node and blocks until the process is told to stop (Ctrl-C, SIGTERM). Audits running then are left
     * to recovery: another node, or this one's next start, runs them again (their results are upserted).
     */
    static void runUntilStopped(AuditScheduler node, String what, PrintWriter err) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            node.stop(false);
                            stopped.countDown();
                        },
                        "council-audit-stop"));
        node.start();
        err.println(what + " " + node.instanceId() + " running; Ctrl-C stops it");
        err.flush();
        stopped.await();
    }
}
