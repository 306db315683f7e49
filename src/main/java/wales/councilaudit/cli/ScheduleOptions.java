package wales.councilaudit.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Option;
import wales.councilaudit.schedule.ScheduleSettings;

/** The schedule's options (mixed in): the annual benchmark's cron expression and zone, and the node's threads. */
final class ScheduleOptions {

    @Option(
            names = "--cron",
            paramLabel = "EXPRESSION",
            defaultValue = "${env:COUNCIL_AUDIT_BENCHMARK_CRON:-" + ScheduleSettings.DEFAULT_BENCHMARK_CRON + "}",
            description = "When the annual benchmark runs: a Quartz cron expression, seconds first (env "
                    + "COUNCIL_AUDIT_BENCHMARK_CRON). Default: ${DEFAULT-VALUE} (02:00 on 1 October).")
    String cron;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "${env:COUNCIL_AUDIT_BENCHMARK_ZONE:-Europe/London}",
            description = "The zone the cron expression is read in (env COUNCIL_AUDIT_BENCHMARK_ZONE). "
                    + "Default: ${DEFAULT-VALUE}.")
    String zone;

    @Option(
            names = "--domains-cron",
            paramLabel = "EXPRESSION",
            defaultValue = "${env:COUNCIL_AUDIT_DOMAINS_CRON}",
            description = "Also check every council's domains (as the domains command) when this Quartz cron "
                    + "expression falls due, e.g. '0 0 3 ? * MON' for 03:00 every Monday (env "
                    + "COUNCIL_AUDIT_DOMAINS_CRON). Default: no periodic domain check (one installed before is "
                    + "removed).")
    String domainsCron;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "1",
            description = "Councils this node audits at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    /**
     * The periodic domain check's cron expression, when one is asked for.
     *
     * @throws UserInputException when it is not a Quartz cron expression
     */
    java.util.Optional<String> domainsCron() {
        if (domainsCron == null || domainsCron.isBlank()) {
            return java.util.Optional.empty();
        }
        if (!org.quartz.CronExpression.isValidExpression(domainsCron.trim())) {
            throw new UserInputException("--domains-cron: not a Quartz cron expression (seconds minutes hours "
                    + "day-of-month month day-of-week [year]): " + domainsCron);
        }
        return java.util.Optional.of(domainsCron.trim());
    }

    /** @throws UserInputException naming the option and the problem */
    ScheduleSettings settings() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserInputException("--zone: not a time zone: " + zone, e);
        }
        try {
            return ScheduleSettings.defaults().withBenchmark(cron, zoneId).withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(
                    (e.getMessage().startsWith("threads") ? "--" : "--cron: ") + e.getMessage(), e);
        }
    }
}
