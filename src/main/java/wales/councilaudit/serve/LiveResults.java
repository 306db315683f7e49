package wales.councilaudit.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.LeagueTable;
import wales.councilaudit.report.RunHistory;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.schedule.AuditKind;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.schedule.ScheduleStatus;
import wales.councilaudit.store.CouncilResultRow;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/**
 * What the dashboard and the API read, from the results store, at the time of asking: each council's results across
 * runs, the league of latest results, runs and their progress. Thread-safe (the store is).
 */
final class LiveResults {

    private final ResultStore store;
    private final Registry registry;
    private final Path resultsDir;

    LiveResults(ResultStore store, Registry registry, Path resultsDir) {
        this.store = store;
        this.registry = registry;
        this.resultsDir = resultsDir.toAbsolutePath().normalize();
    }

    Registry registry() {
        return registry;
    }

    /** The council and its results; empty for an id the registry does not know. */
    Optional<CouncilState> council(String id) {
        return registry.find(id).map(c -> state(c, runKinds()));
    }

    /** Every council of the registry, in its order, with its results. */
    List<CouncilState> councils() {
        Map<String, String> kinds = runKinds();
        return registry.councils().stream().map(c -> state(c, kinds)).toList();
    }

    /**
     * The league table of the councils' latest results, ranked as the report ranks a run, each row's trend measured
     * from the council's previous scored result. Councils with no result yet are not in it.
     */
    static List<LeagueTable.Row> league(List<CouncilState> councils) {
        List<CouncilSummary> latest = councils.stream()
                .flatMap(c -> c.latest().stream())
                .map(StoredResult::summary)
                .toList();
        Map<String, CouncilState> byId = new HashMap<>();
        councils.forEach(c -> byId.put(c.council().id(), c));
        RunSummary live = RunSummary.of(
                new RunSummary.RunInfo(
                        "live", Instant.EPOCH, Optional.empty(), "live", Optional.empty(), Optional.empty(), "", ""),
                latest);
        return LeagueTable.of(new RunHistory(live, List.of())).stream()
                .map(r -> byId.get(r.council().id()).row(r.rank()).orElseThrow())
                .toList();
    }

    /** Every run, the latest started first. */
    List<RunRecord> runs() {
        return store.runs();
    }

    /**
     * A run's progress: its record (absent while its first audit is still queued), the results saved so far, and the
     * audits of it still pending in {@code schedule}; empty when neither the store nor the schedule knows the run.
     */
    Optional<RunProgress> run(String runId, ScheduleStatus schedule) {
        Optional<RunRecord> run = store.run(runId);
        List<PendingAudit> pending =
                schedule.pending().stream().filter(p -> p.runId().equals(runId)).toList();
        if (run.isEmpty() && pending.isEmpty()) {
            return Optional.empty();
        }
        List<RunProgress.Result> results = new ArrayList<>();
        for (CouncilResultRow row : store.councilResults(runId)) {
            CouncilSummary s =
                    StoredResult.of(row, run.map(RunRecord::kind).orElse("")).summary();
            results.add(new RunProgress.Result(s.id(), s.name(), s.nameCy(), s.status(), s.overall(), row.finished()));
        }
        String kind = run.map(RunRecord::kind)
                .orElse(pending.isEmpty() ? "" : pending.get(0).kind().label());
        int expected = kind.equals(AuditKind.RETEST.label())
                ? 1
                : kind.equals(AuditKind.BENCHMARK.label())
                        ? registry.councils().size()
                        : results.size() + pending.size();
        boolean complete = pending.isEmpty() && run.isPresent() && run.get().status() != RunStatus.RUNNING;
        return Optional.of(new RunProgress(
                runId, kind, run, results, results.size(), Math.max(expected, results.size()), pending, complete));
    }

    /**
     * The folder a council's files of a run were written to (screenshots are recorded relative to it): {@code
     * <results>/<run>/}, for a scheduled benchmark's councils too (they all write into the run's folder).
     */
    Path folder(String runId, String councilId) {
        return resultsDir.resolve(runId).normalize();
    }

    private CouncilState state(Council council, Map<String, String> kinds) {
        List<StoredResult> history = new ArrayList<>();
        for (CouncilResultRow row : store.councilHistory(council.id())) {
            history.add(StoredResult.of(row, kinds.getOrDefault(row.runId(), "")));
        }
        return new CouncilState(council, history);
    }

    private Map<String, String> runKinds() {
        Map<String, String> kinds = new HashMap<>();
        store.runs().forEach(r -> kinds.put(r.id(), r.kind()));
        return kinds;
    }
}
