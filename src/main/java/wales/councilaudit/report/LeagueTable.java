package wales.councilaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The league table of a run: councils with stars first (most stars, then most task stars, then the other components,
 * then name), then the councils that were not scored, by name. Each row knows its previous result. Pure.
 */
public final class LeagueTable {

    private LeagueTable() {}

    /**
     * One row.
     *
     * @param rank 1-based; councils with equal stars and components share a rank; 0 for councils not scored
     * @param council the council's entry
     * @param previous its entry in the previous run that scored it
     */
    public record Row(int rank, CouncilSummary council, Optional<CouncilSummary> previous) {

        /** Stars now minus stars before; empty without both. */
        public Optional<Integer> change() {
            if (council.overall().isEmpty() || previous.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    council.overall().get() - previous.get().overall().orElseThrow());
        }

        /** {@code up}, {@code down}, {@code same} or {@code new} (no previous stars, or none now). */
        public String trend() {
            return change().map(c -> c > 0 ? "up" : c < 0 ? "down" : "same").orElse("new");
        }
    }

    /** The rows of {@code history.current()}, in league order. */
    public static List<Row> of(RunHistory history) {
        List<CouncilSummary> scored = new ArrayList<>();
        List<CouncilSummary> unscored = new ArrayList<>();
        for (CouncilSummary c : history.current().councils()) {
            (c.overall().isPresent() ? scored : unscored).add(c);
        }
        Comparator<CouncilSummary> byScore = Comparator.comparing(
                        (CouncilSummary c) -> c.overall().orElseThrow())
                .thenComparing(c -> c.components().orElseThrow().tasks())
                .thenComparing(c -> c.components().orElseThrow().tools())
                .thenComparing(c -> c.components().orElseThrow().mobile())
                .thenComparing(c -> c.components().orElseThrow().accessibility())
                .reversed();
        scored.sort(byScore.thenComparing(CouncilSummary::name));
        unscored.sort(Comparator.comparing(CouncilSummary::name));
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            if (i == 0 || byScore.compare(scored.get(i - 1), scored.get(i)) != 0) {
                rank = i + 1;
            }
            rows.add(new Row(rank, scored.get(i), history.previous(scored.get(i).id())));
        }
        unscored.forEach(c -> rows.add(new Row(0, c, history.previous(c.id()))));
        return rows;
    }
}
