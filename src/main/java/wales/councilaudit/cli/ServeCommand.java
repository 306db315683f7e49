package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.schedule.ScheduleSettings;
import wales.councilaudit.serve.ApiToken;
import wales.councilaudit.serve.DashboardServer;
import wales.councilaudit.serve.ServeBindException;
import wales.councilaudit.serve.ServeSettings;
import wales.councilaudit.store.ResultStore;

/**
 * {@code council-audit serve}: the web dashboard and the JSON API until stopped; by default also a node that runs
 * queued audits, as {@code worker} does.
 */
@Command(
        name = "serve",
        description = {
            "Serve the web dashboard and the JSON API (documented at /api/openapi.yaml) until Ctrl-C, on 127.0.0.1 "
                    + "unless --bind says otherwise; by default this process also runs queued audits, as a worker.",
            "Re-test requests need the token: environment COUNCIL_AUDIT_TOKEN or --token-file FILE (at least 16 "
                    + "characters); without one they are refused (403). Reads need no token."
        })
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "COUNCIL_AUDIT_TOKEN";

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port; 0 for any free one (the address is printed). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = ServeSettings.DEFAULT_BIND,
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "Read the token that re-test requests must carry from FILE (instead of the environment "
                    + "variable " + TOKEN_ENV + ").")
    Path tokenFile;

    @Option(names = "--no-audits", description = "Serve only: queued audits are left to worker or schedule nodes.")
    boolean noAudits;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "1",
            description = "Councils this node audits at once (not with --no-audits). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Mixin
    AuditOptions options;

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings serve;
        ScheduleSettings schedule;
        try {
            serve = new ServeSettings(bind, port, token(), root.global.resultsDir(), Version.current());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--bind/--port: " + e.getMessage(), e);
        }
        try {
            schedule = ScheduleSettings.defaults().withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage(), e);
        }
        CouncilAuditor auditor = noAudits
                ? ScheduleNodes.NEVER_RUNS
                : new ScheduledAudit(root.global, options, tasks, err, Clock.systemUTC());
        AuditScheduler node = ScheduleNodes.open(root.global, schedule, auditor, err);
        ResultStore store = ResultStore.open(root.global.storeConfig());
        DashboardServer server;
        try {
            server = DashboardServer.start(serve, store, root.global.registry(), node);
        } catch (ServeBindException e) {
            node.stop(false);
            store.close();
            throw new UserInputException(e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            node.stop(false);
                            store.close();
                            stopped.countDown();
                        },
                        "council-audit-serve-stop"));
        if (!noAudits) {
            node.start();
        }
        if (serve.token().isEmpty()) {
            err.println("no token configured (" + TOKEN_ENV + " or --token-file): re-test requests will be refused");
        }
        err.println("serving " + server.uri());
        err.flush();
        stopped.await();
        return ExitCode.DONE;
    }

    private Optional<ApiToken> token() {
        Optional<String> secret;
        String source;
        if (tokenFile != null) {
            source = "--token-file " + tokenFile;
            try {
                secret = Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserInputException(source + ": cannot read it: " + e.getMessage(), e);
            }
        } else {
            source = TOKEN_ENV;
            secret = Optional.ofNullable(System.getenv(TOKEN_ENV)).filter(s -> !s.isBlank());
        }
        try {
            return secret.map(ApiToken::of);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(source + ": " + e.getMessage(), e);
        }
    }
}
