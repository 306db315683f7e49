package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;

/** {@code council-audit domains [--council ID ...]}: the Annex F domain check. */
@Command(
        name = "domains",
        description = "Check each council's domains: .gov.wales / .llyw.cymru migration (Annex F), "
                + "redirects, TLS certificate and HSTS. Writes domains.json and domains.csv.")
final class DomainsCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--council",
            paramLabel = "ID",
            split = ",",
            description = "Check only these councils (repeatable or comma-separated). Default: all.")
    List<String> councilIds = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "4",
            description =
                    "Councils checked at once (each council's requests stay sequential). Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Override
    public Integer call() throws Exception {
        DomainsRun.Settings settings = settings(root.global, councilIds, out, parallel);
        DomainsRun.Outcome outcome = new DomainsRun(settings, Clock.systemUTC())
                .execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.folder());
        spec.commandLine().getOut().flush();
        return outcome.exitCode();
    }

    /** Validates every input before anything is written. */
    static DomainsRun.Settings settings(GlobalOptions global, List<String> councilIds, Path out, int parallel) {
        return settings(global, global.registry(), councilIds, global.hostResolver(), out, parallel, "domains");
    }

    static DomainsRun.Settings settings(
            GlobalOptions global,
            Registry registry,
            List<String> councilIds,
            HostResolver resolver,
            Path out,
            int parallel,
            String kind) {
        if (parallel < 1 || parallel > 64) {
            throw new UserInputException("--parallel must be between 1 and 64, got " + parallel);
        }
        RunFolder.checkUsable(out);
        List<Council> councils = registry.select(councilIds);
        HttpSettings http = global.httpSettings();
        TrustMaterial trust;
        try {
            trust = TrustMaterial.load(http.extraTrustStore());
        } catch (IOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new DomainsRun.Settings(
                registry,
                councils,
                resolver,
                http,
                trust,
                global.storeConfig(),
                global.resultsDir(),
                out,
                parallel,
                kind);
    }
}
