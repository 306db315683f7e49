package wales.councilaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** The top-level command: global options and the list of subcommands. */
@Command(
        name = "council-audit",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Audits the websites of the Welsh principal councils: an automated, documented approximation "
                + "of Socitm's Better Connected method.",
        subcommands = {
            CouncilsCommand.class,
            DomainsCommand.class,
            CrawlCommand.class,
            ScanCommand.class,
            TasksCommand.class,
            AuditCommand.class,
            BenchmarkCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ScoreCommand.class,
            DiffCommand.class,
            ReportCommand.class,
            ScheduleCommand.class,
            RetestCommand.class,
            WorkerCommand.class,
            ServeCommand.class,
            HelpCommand.class
        },
        footer = {"", "Exit status: 0 done, 1 done with councils unreachable or blocked, 2 bad input, 3 internal error."
        })
public final class CouncilAuditCommand {

    @Mixin
    GlobalOptions global = new GlobalOptions();
}
