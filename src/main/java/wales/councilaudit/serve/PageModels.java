package wales.councilaudit.serve;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CouncilStatus;
import wales.councilaudit.report.LeagueTable;
import wales.councilaudit.report.LivePages;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.store.RunRecord;

/**
 * The dashboard pages' models: text for auto-escaping templates, in the page's language. The council page's content
 * is the report's ({@link LivePages}). Thread-safe.
 */
final class PageModels {

    /** The scoring rules the dashboard names in its note; runs record theirs in their summary.json. */
    private static final String RULES = "annex-b";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final LiveResults live;
    private final String toolVersion;

    PageModels(LiveResults live, String toolVersion) {
        this.live = live;
        this.toolVersion = toolVersion;
    }

    Map<String, Object> index(DashboardText t) {
        String root = root(t);
        Map<String, Object> m = common(t, t.get("league.heading"), "");
        List<CouncilState> councils = live.councils();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeagueTable.Row row : LiveResults.league(councils)) {
            rows.add(LivePages.leagueRow(
                    row, t.report(), root + "councils/" + row.council().id()));
        }
        m.put("rows", rows);
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (CouncilState c : councils) {
            if (c.latest().isEmpty()) {
                waiting.add(Map.of(
                        "name",
                        name(t, c.council()),
                        "href",
                        root + "councils/" + c.council().id()));
            }
        }
        m.put("notAudited", waiting);
        return m;
    }

    Map<String, Object> council(DashboardText t, CouncilState council, int rank) throws IOException {
        String id = council.council().id();
        Map<String, Object> m = common(t, name(t, council.council()), "councils/" + id);
        m.put("hasResult", council.latest().isPresent());
        m.put("councilName", name(t, council.council()));
        if (council.latest().isPresent()) {
            StoredResult latest = council.latest().get();
            LeagueTable.Row row = council.row(rank).orElseThrow();
            m.putAll(LivePages.council(
                    row,
                    latest.detail(),
                    t.report(),
                    live.folder(latest.runId(), id),
                    "/shots/" + latest.runId() + "/" + id + "/"));
            m.put("latestLine", t.get("dash.council.latest", latest.runId(), time(latest.finished())));
            m.put("latestHref", root(t) + "runs/" + latest.runId());
            m.put("latestRun", latest.runId());
        }
        m.put("hasDiff", council.diff().isPresent());
        council.diff().ifPresent(d -> {
            Map<String, Object> diff = LivePages.diff(d, t.report());
            diff.put("summary", t.get("dash.diff.runs", d.toRun(), d.fromRun(), diff.get("from"), diff.get("to")));
            diff.put("newHeading", t.get("dash.diff.new", d.newFindings().size()));
            diff.put("fixedHeading", t.get("dash.diff.fixed", d.fixedFindings().size()));
            m.put("diff", diff);
        });
        m.put("retestApi", "/api/councils/" + id + "/retest");
        m.put("runsBase", root(t) + "runs/");
        return m;
    }

    Map<String, Object> runs(DashboardText t) {
        Map<String, Object> m = common(t, t.get("dash.runs.heading"), "runs");
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunRecord r : live.runs()) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", r.id());
            run.put("href", root(t) + "runs/" + r.id());
            run.put("kind", r.kind());
            run.put("status", t.get("dash.runstatus." + r.status().name()));
            run.put("started", time(r.started()));
            run.put("finished", r.finished().map(PageModels::time).orElse(t.get("run.end.none")));
            runs.add(run);
        }
        m.put("runs", runs);
        return m;
    }

    Map<String, Object> run(DashboardText t, RunProgress run) {
        Map<String, Object> m = common(t, t.get("dash.run.heading", run.id()), "runs/" + run.id());
        m.put("heading", t.get("dash.run.heading", run.id()));
        m.put("runId", run.id());
        m.put("kind", run.kind());
        m.put(
                "status",
                t.get("dash.runstatus." + run.run().map(r -> r.status().name()).orElse("QUEUED")));
        m.put("started", run.run().map(r -> time(r.started())).orElse("—"));
        m.put(
                "finished",
                run.run().flatMap(RunRecord::finished).map(PageModels::time).orElse(t.get("run.end.none")));
        m.put("complete", run.complete());
        m.put("progress", t.get("dash.run.progress", run.done(), run.expected()));
        m.put("api", "/api/runs/" + run.id());
        m.put("councilsBase", root(t) + "councils/");
        m.put("statuses", json(labels(t, "status.", CouncilStatus.values())));
        m.put("states", json(labels(t, "dash.state.", PendingAudit.State.values())));
        List<Map<String, Object>> results = new ArrayList<>();
        for (RunProgress.Result r : run.results()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("name", t.lang().equals("cy") ? r.nameCy() : r.name());
            result.put("href", root(t) + "councils/" + r.council());
            result.put(
                    "outcome",
                    r.stars()
                            .map(s -> t.get("stars.of", s))
                            .orElse(t.get("status." + r.status().name())));
            results.add(result);
        }
        m.put("results", results);
        List<Map<String, Object>> pending = new ArrayList<>();
        for (PendingAudit p : run.pending()) {
            String name =
                    live.registry().find(p.councilId()).map(c -> name(t, c)).orElse(p.councilId());
            pending.add(Map.of(
                    "name", name, "state", t.get("dash.state." + p.state().name())));
        }
        m.put("pending", pending);
        return m;
    }

    Map<String, Object> notFound(DashboardText t, String path) {
        Map<String, Object> m = common(t, t.get("dash.notfound.heading"), "");
        m.put("path", path);
        return m;
    }

    /** What every page's layout needs; {@code relative} is the page's path below the language's root. */
    private Map<String, Object> common(DashboardText t, String title, String relative) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean english = t.lang().equals("en");
        m.put("lang", t.lang());
        m.put("otherLang", english ? "cy" : "en");
        m.put("t", t.all());
        m.put("pageTitle", title);
        m.put("home", root(t));
        m.put("langRoot", root(t));
        m.put("otherLangHref", (english ? "/cy/" : "/") + relative);
        m.put("approximation", t.get("approximation", RULES));
        m.put("footer", t.get("dash.footer", toolVersion));
        return m;
    }

    private static String root(DashboardText t) {
        return t.lang().equals("en") ? "/" : "/cy/";
    }

    private static String name(DashboardText t, Council c) {
        return t.lang().equals("cy") ? c.name().cy() : c.name().en();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<String, String> labels(DashboardText t, String prefix, Enum<?>[] values) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            labels.put(v.name(), t.get(prefix + v.name()));
        }
        return labels;
    }

    private static String json(Object value) {
        try {
            return Json.mapper()
                    .writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("labels could not be written as JSON", e);
        }
    }
}
