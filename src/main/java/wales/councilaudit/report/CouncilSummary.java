package wales.councilaudit.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Components;

/**
 * One council's result in {@code summary.json} (schema {@value RunSummary#SCHEMA}): its status, its stars and the
 * component scores with the sentences that decided them, the domain check, Welsh-twin coverage and finding counts.
 * The long evidence (findings by fingerprint, journeys, mobile screenshots) is in the council's {@link
 * CouncilDetail}.
 *
 * @param id the registry id
 * @param name the English name
 * @param nameCy the Welsh name
 * @param status what became of the council
 * @param reason why, in one sentence, when not {@code AUDITED}; else an empty string
 * @param overall the Annex B star, 1 to 4, when audited
 * @param overallWhy the sentences that decided {@code overall}; empty when not audited
 * @param components the four component scores, when audited
 * @param tasks each top task's stars and answers, when audited; else empty
 * @param tools tools for accessing content, with its checks, when audited
 * @param mobile the mobile score, with its checks, when audited
 * @param accessibility the accessibility score, with its checks, when audited
 * @param domain the Annex F domain check, when it ran
 * @param welsh Welsh-twin coverage from the crawl, when the crawl ran
 * @param findings accessibility finding counts ({@link FindingCounts#NONE} when the browser stage did not run)
 * @param timings wall time per stage ({@code domains}, {@code crawl}, {@code browser}, {@code tasks}, {@code
 *     scoring}); timings are never compared between runs
 */
public record CouncilSummary(
        String id,
        String name,
        String nameCy,
        CouncilStatus status,
        String reason,
        Optional<Integer> overall,
        List<String> overallWhy,
        Optional<Components> components,
        List<TaskSummary> tasks,
        Optional<ComponentScore> tools,
        Optional<ComponentScore> mobile,
        Optional<ComponentScore> accessibility,
        Optional<DomainResult> domain,
        Optional<WelshCoverage> welsh,
        FindingCounts findings,
        Map<String, Duration> timings) {

    public CouncilSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameCy, "nameCy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(welsh, "welsh");
        Objects.requireNonNull(findings, "findings");
        overallWhy = List.copyOf(overallWhy);
        tasks = List.copyOf(tasks);
        timings = Map.copyOf(timings);
        if (status == CouncilStatus.AUDITED && (overall.isEmpty() || components.isEmpty())) {
            throw new IllegalArgumentException("an audited council needs its overall star and components");
        }
        if (status != CouncilStatus.AUDITED && overall.isPresent()) {
            throw new IllegalArgumentException("a council that was not audited has no stars");
        }
    }

    /** A council recorded without scores: blocked, unreachable or failed, with why. */
    public static CouncilSummary unscored(
            String id,
            String name,
            String nameCy,
            CouncilStatus status,
            String reason,
            Optional<DomainResult> domain,
            Optional<WelshCoverage> welsh,
            Map<String, Duration> timings) {
        if (status == CouncilStatus.AUDITED) {
            throw new IllegalArgumentException("an audited council has scores");
        }
        return new CouncilSummary(
                id,
                name,
                nameCy,
                status,
                reason,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                domain,
                welsh,
                FindingCounts.NONE,
                timings);
    }
}
