package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import wales.councilaudit.registry.Council;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.schedule.ScheduleSettings;

/** Opens scheduler nodes for the commands, and runs one in the foreground until the process is stopped. */
final class ScheduleNodes {

    /** For commands that only read or change the job store: their node never starts, so never audits. */
    static final CouncilAuditor NEVER_RUNS = request -> {
        throw new IllegalStateException("this node does not run audits");
    };

    private ScheduleNodes() {}

    static AuditScheduler open(GlobalOptions global, ScheduleSettings settings, CouncilAuditor auditor) {
        return AuditScheduler.open(
                global.storeConfig(),
                settings,
                global.registry().councils().stream().map(Council::id).toList(),
                auditor,
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
