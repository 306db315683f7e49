package wales.councilaudit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import wales.councilaudit.registry.UnknownCouncilException;
import wales.councilaudit.schedule.ScheduleException;
import wales.councilaudit.store.StoreException;

/** The entry point: parses the command line, runs the command, maps failures to exit statuses. */
public final class Main {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given output streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CouncilAuditCommand());
        commandLine.setExecutionStrategy(Main::executeWithLogging);
        commandLine.setParameterExceptionHandler(badOptions());
        commandLine.setExecutionExceptionHandler(failures());
        return commandLine;
    }

    private static int executeWithLogging(ParseResult parseResult) {
        CouncilAuditCommand root = parseResult.commandSpec().commandLine().getCommand();
        Logger logger = (Logger) LoggerFactory.getLogger("wales.councilaudit");
        logger.setLevel(root.global.verbose() ? Level.DEBUG : Level.INFO);
        boolean helpOnly = parseResult.isUsageHelpRequested()
                || parseResult.isVersionHelpRequested()
                || parseResult.subcommands().stream().anyMatch(ParseResult::isUsageHelpRequested);
        if (!helpOnly && parseResult.hasSubcommand()) {
            try {
                root.global.validate();
            } catch (UserInputException e) {
                CommandLine commandLine = parseResult.commandSpec().commandLine();
                commandLine.getErr().println("council-audit: " + e.getMessage());
                commandLine.getErr().flush();
                return ExitCode.BAD_INPUT;
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static IParameterExceptionHandler badOptions() {
        return (ParameterException e, String[] args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("council-audit: " + e.getMessage());
            err.println("Try 'council-audit "
                    + (e.getCommandLine().getCommandName().equals("council-audit")
                            ? ""
                            : e.getCommandLine().getCommandName() + " ")
                    + "--help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler failures() {
        return (Exception e, CommandLine commandLine, ParseResult parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UserInputException || e instanceof UnknownCouncilException) {
                err.println("council-audit: " + e.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof InterruptedException) {
                err.println("council-audit: interrupted; results saved so far are kept");
                err.flush();
                return ExitCode.INTERNAL_ERROR;
            }
            String what = e instanceof StoreException || e instanceof ScheduleException
                    ? "results store failed: "
                    : "internal error: ";
            err.println("council-audit: " + what + e.getMessage());
            err.flush();
            LOG.debug("internal error", e);
            if (!(e instanceof StoreException || e instanceof ScheduleException)) {
                LOG.error("internal error (run with --verbose for details)", e);
            }
            return ExitCode.INTERNAL_ERROR;
        };
    }
}
