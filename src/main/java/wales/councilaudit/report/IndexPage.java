package wales.councilaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model of the report's index page (the league table, the charts, the run) in one language. */
final class IndexPage {

    private IndexPage() {}

    static Map<String, Object> model(
            RunHistory history,
            List<LeagueTable.Row> rows,
            Messages t,
            List<Charts.StarBar> starBars,
            List<Charts.TrendStep> trendSteps,
            String starsChart,
            String trendChart) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (LeagueTable.Row row : rows) {
            table.add(row(row, t));
        }
        m.put("rows", table);
        m.put("starBars", starBars);
        m.put("starsChart", starsChart);
        m.put("hasTrend", !trendSteps.isEmpty());
        m.put("trendSteps", trendSteps);
        m.put("trendChart", trendChart);
        m.put("runFacts", facts(history.current(), t));
        return m;
    }

    static Map<String, Object> row(LeagueTable.Row row, Messages t) {
        CouncilSummary c = row.council();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", row.rank() == 0 ? "" : Integer.toString(row.rank()));
        m.put("name", t.lang().equals("cy") ? c.nameCy() : c.name());
        m.put("href", "councils/" + ReportAssets.requireSlug(c.id()) + ".html");
        m.put("scored", c.overall().isPresent());
        m.put("stars", c.overall().map(s -> t.get("stars.of", s)).orElse(""));
        m.put("starGlyphs", c.overall().map(IndexPage::glyphs).orElse(""));
        m.put("tasks", c.components().map(x -> Integer.toString(x.tasks())).orElse(""));
        m.put("tools", c.components().map(x -> Integer.toString(x.tools())).orElse(""));
        m.put("mobile", c.components().map(x -> Integer.toString(x.mobile())).orElse(""));
        m.put(
                "accessibility",
                c.components().map(x -> Integer.toString(x.accessibility())).orElse(""));
        m.put("status", t.get("status." + c.status().name()));
        m.put("reason", Phrases.of(t.lang()).say(c.reason()));
        m.put(
                "domain",
                c.domain().map(d -> t.get("domain." + d.status().name())).orElse(t.get("domain.none")));
        m.put(
                "welsh",
                c.welsh()
                        .map(w -> String.format(Locale.ROOT, "%.0f%%", w.coverage() * 100))
                        .orElse("—"));
        m.put("trend", trend(row, t));
        m.put(
                "trendGlyph",
                switch (row.trend()) {
                    case "up" -> "▲";
                    case "down" -> "▼";
                    case "same" -> "=";
                    default -> "";
                });
        return m;
    }

    /** "Up from 2 stars", "No previous run". */
    static String trend(LeagueTable.Row row, Messages t) {
        String trend = row.trend();
        if (trend.equals("new")) {
            return t.get("trend.new");
        }
        return t.get("trend." + trend, row.previous().orElseThrow().overall().orElseThrow());
    }

    static String glyphs(int stars) {
        return "★".repeat(stars) + "☆".repeat(4 - stars);
    }

    private static List<Map<String, String>> facts(RunSummary run, Messages t) {
        RunSummary.RunInfo info = run.run();
        List<Map<String, String>> facts = new ArrayList<>();
        facts.add(Map.of("label", t.get("run.id"), "value", info.id()));
        facts.add(Map.of("label", t.get("run.start"), "value", info.start().toString()));
        facts.add(Map.of(
                "label",
                t.get("run.end"),
                "value",
                info.end().map(Object::toString).orElse(t.get("run.end.none"))));
        facts.add(Map.of("label", t.get("run.tool"), "value", info.tool()));
        info.axeCore().ifPresent(v -> facts.add(Map.of("label", t.get("run.axe"), "value", v)));
        info.chromium().ifPresent(v -> facts.add(Map.of("label", t.get("run.chromium"), "value", v)));
        facts.add(Map.of("label", t.get("run.rules"), "value", info.rules()));
        long audited = run.councils().stream()
                .filter(c -> c.status() == CouncilStatus.AUDITED)
                .count();
        facts.add(Map.of(
                "label",
                t.get("run.councils"),
                "value",
                audited + " / " + run.councils().size()));
        return facts;
    }
}
