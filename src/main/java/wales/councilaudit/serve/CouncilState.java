package wales.councilaudit.serve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CouncilDiff;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.LeagueTable;

/**
 * A council of the registry with its stored results, oldest first.
 *
 * @param council the registry's entry
 * @param history its results across runs, by the runs' start
 */
record CouncilState(Council council, List<StoredResult> history) {

    CouncilState {
        Objects.requireNonNull(council, "council");
        history = List.copyOf(history);
    }

    Optional<StoredResult> latest() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The result before the latest, whatever its status: what the latest is compared with. */
    Optional<StoredResult> previous() {
        return history.size() < 2 ? Optional.empty() : Optional.of(history.get(history.size() - 2));
    }

    /** The latest result before the latest that gave stars: what the trend is measured from, as in the report. */
    Optional<CouncilSummary> previousScored() {
        for (int i = history.size() - 2; i >= 0; i--) {
            CouncilSummary s = history.get(i).summary();
            if (s.overall().isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The latest result against the one before it; empty with fewer than two results. */
    Optional<CouncilDiff> diff() {
        if (previous().isEmpty()) {
            return Optional.empty();
        }
        StoredResult from = previous().get();
        StoredResult to = latest().orElseThrow();
        return Optional.of(
                CouncilDiff.of(from.runId(), from.summary(), from.detail(), to.runId(), to.summary(), to.detail()));
    }

    /** The council's league-table row (rank as given), its latest result against its previous scored one. */
    Optional<LeagueTable.Row> row(int rank) {
        return latest().map(l -> new LeagueTable.Row(rank, l.summary(), previousScored()));
    }
}
