package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.sandbox.SandboxWales;

/**
 * {@code council-audit demo}: starts Sandbox Wales locally and runs the product against it, then compares what
 * the audit found with the answers planted in the sandbox, and writes the full answer key beside the results.
 * Needs no network. The stages run are those that exist: at present the domain check.
 */
@Command(
        name = "demo",
        description = "Run the domain check on Sandbox Wales (22 simulated councils on this machine, "
                + "no network needed) and compare the findings with the sandbox's planted answers.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "0",
            description = "Port for the sandbox (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be between 0 and 65535, got " + port);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SandboxWales sandbox = SandboxWales.start(root.global.registry(), port)) {
            List<ResolveRule> rules = new ArrayList<>();
            for (String host : sandbox.hosts()) {
                rules.add(new ResolveRule(host, InetAddress.getLoopbackAddress()));
            }
            HostResolver resolver =
                    new HostResolver(rules, root.global.hostResolver().policy());
            err.printf(
                    "Sandbox Wales is serving %d councils on 127.0.0.1:%d%n",
                    sandbox.registry().councils().size(), sandbox.port());
            DomainsRun.Settings settings =
                    DomainsCommand.settings(root.global, sandbox.registry(), List.of(), resolver, out, 4, "demo");
            DomainsRun.Outcome outcome = new DomainsRun(settings, Clock.systemUTC()).execute(stdout, err);
            SandboxArguments.writeAnswers(sandbox, outcome.folder().resolve("answers.json"));
            Map<String, DomainStatus> planted = new java.util.LinkedHashMap<>();
            sandbox.profiles()
                    .forEach((id, profile) -> planted.put(id, profile.domain().expectedStatus()));
            List<String> wrong = compare(planted, outcome.results());
            stdout.printf(
                    "Answer key: %d of %d councils in their planted domain status%s%n",
                    outcome.results().size() - wrong.size(),
                    outcome.results().size(),
                    wrong.isEmpty() ? "" : "; wrong: " + String.join(", ", wrong));
            stdout.println(outcome.folder());
            stdout.flush();
            return wrong.isEmpty() ? ExitCode.DONE : ExitCode.INTERNAL_ERROR;
        }
    }

    private static List<String> compare(Map<String, DomainStatus> answers, List<DomainResult> results) {
        List<String> wrong = new ArrayList<>();
        for (DomainResult r : results) {
            DomainStatus expected = answers.get(r.council());
            if (r.status() != expected) {
                wrong.add(r.council() + " (found " + r.status() + ", planted " + expected + ")");
            }
        }
        return wrong;
    }
}
