package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.UnknownCouncilException;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.RetestOutcome;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit retest ID [--reason TEXT]}: queues a re-test, or joins the council's pending audit. */
@Command(
        name = "retest",
        description = "Queue a re-test of one council for a worker or scheduler node to run; when the council has an "
                + "audit queued or running already, join it instead. Prints which, and the run id.")
final class RetestCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The council's id (council-audit councils lists them).")
    String councilId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept with the request (e.g. relaunched).")
    String reason;

    @Override
    public Integer call() {
        Registry registry = root.global.registry();
        if (registry.find(councilId).isEmpty()) {
            throw new UnknownCouncilException(registry.source(), List.of(councilId));
        }
        if (reason != null && reason.length() > 500) {
            throw new UserInputException("--reason is at most 500 characters, got " + reason.length());
        }
        RetestOutcome outcome;
        try (AuditScheduler node =
                ScheduleNodes.open(root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            outcome = node.retest(councilId, Optional.ofNullable(reason).filter(r -> !r.isBlank()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.joined()) {
            out.printf(
                    "joined: %s already has an audit %s (%s run %s)%n",
                    councilId,
                    outcome.state().name().toLowerCase(java.util.Locale.ROOT),
                    outcome.joinedKind().label(),
                    outcome.runId());
        } else {
            out.printf("queued: a re-test of %s, run %s%n", councilId, outcome.runId());
        }
        out.println(outcome.runId());
        out.flush();
        return ExitCode.DONE;
    }
}
