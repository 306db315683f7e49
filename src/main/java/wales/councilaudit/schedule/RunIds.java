package wales.councilaudit.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Run ids for scheduled runs, in the style of the command line's ({@code 20261001-010000-benchmark}): the time in
 * UTC, then the kind, and for a re-test the council. A benchmark's id comes from the time its trigger was due, so a
 * benchmark firing that runs again after its node died names the same run.
 */
final class RunIds {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String benchmark(Instant due) {
        return STAMP.format(due) + "-" + AuditKind.BENCHMARK.label();
    }

    static String domains(Instant due) {
        return STAMP.format(due) + "-domains";
    }

    static String retest(Instant requested, String councilId) {
        return STAMP.format(requested) + "-" + AuditKind.RETEST.label() + "-" + councilId;
    }
}
