package wales.councilaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's page models for the live dashboard ({@code serve}), which renders them with the report's own
 * templates ({@code league-table}, {@code council-head}, {@code council-body}) so that its pages say what the static
 * report says. Values are text for an auto-escaping template; nothing is marked safe. Stateless, thread-safe.
 */
public final class LivePages {

    private LivePages() {}

    /**
     * A row of the league table as the report's index shows it.
     *
     * @param href where the council's name links to (the dashboard's council page)
     */
    public static Map<String, Object> leagueRow(LeagueTable.Row row, Messages t, String href) {
        Map<String, Object> m = IndexPage.row(row, t);
        m.put("href", href);
        return m;
    }

    /**
     * The model of a council's page, as the report's.
     *
     * @param runDir the folder the council's screenshots were recorded relative to
     * @param shotPrefix the address under which the dashboard serves {@code runDir}'s files, e.g. {@code
     *     /shots/RUN/COUNCIL/}; screenshots outside {@code runDir}, not PNG or missing are said to be not kept
     */
    public static Map<String, Object> council(
            LeagueTable.Row row, CouncilDetail detail, Messages t, Path runDir, String shotPrefix) throws IOException {
        return new CouncilPage(t, ReportAssets.linked(runDir, shotPrefix), "").model(row, detail);
    }

    /**
     * The model of what changed for a council between two results: {@code from} and {@code to} (its star or its
     * status), {@code unchanged}, {@code components} (label, from, to), {@code flipped} (scope, question, from, to,
     * evidence as a {@link Phrases.Said}), {@code newFindings} and {@code fixedFindings} (fingerprint, rule,
     * certainty, impact, selector, pages).
     */
    public static Map<String, Object> diff(CouncilDiff diff, Messages t) {
        CouncilPage labels = new CouncilPage(t, ReportAssets.linked(Path.of("."), ""), "");
        Phrases p = Phrases.of(t.lang());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fromRun", diff.fromRun());
        m.put("toRun", diff.toRun());
        m.put("from", state(diff.starsFrom(), diff.statusFrom(), t));
        m.put("to", state(diff.starsTo(), diff.statusTo(), t));
        m.put("unchanged", diff.unchanged());
        List<Map<String, Object>> components = new ArrayList<>();
        for (CouncilDiff.ComponentChange c : diff.components()) {
            components.add(Map.of("label", t.get("col." + c.component()), "from", c.from(), "to", c.to()));
        }
        m.put("components", components);
        List<Map<String, Object>> flipped = new ArrayList<>();
        for (CouncilDiff.AnswerFlip f : diff.flipped()) {
            Map<String, Object> flip = new LinkedHashMap<>();
            flip.put(
                    "scope",
                    t.find("task." + f.scope())
                            .or(() -> t.find("col." + f.scope()))
                            .orElse(f.scope()));
            flip.put("question", labels.questionLabel(f.question()));
            flip.put("from", t.get("answer." + f.from().name()));
            flip.put("to", t.get("answer." + f.to().name()));
            flip.put("evidence", p.say(f.evidence()));
            flipped.add(flip);
        }
        m.put("flipped", flipped);
        m.put("newFindings", findings(diff.newFindings(), t));
        m.put("fixedFindings", findings(diff.fixedFindings(), t));
        return m;
    }

    private static String state(Optional<Integer> stars, CouncilStatus status, Messages t) {
        return stars.map(s -> t.get("stars.of", s)).orElse(t.get("status." + status.name()));
    }

    private static List<Map<String, Object>> findings(List<CouncilDiff.FindingChange> changes, Messages t) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CouncilDiff.FindingChange f : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fingerprint", f.fingerprint());
            m.put("rule", f.rule());
            m.put("certainty", t.get("certainty." + f.certainty().name()));
            m.put("impact", t.get("impact." + f.impact().name()));
            m.put("selector", f.selector());
            m.put("pages", f.pages());
            list.add(m);
        }
        return list;
    }
}
