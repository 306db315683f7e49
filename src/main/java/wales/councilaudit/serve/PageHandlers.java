package wales.councilaudit.serve;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.report.LeagueTable;
import wales.councilaudit.schedule.AuditScheduler;

/**
 * The dashboard's HTML pages, in English at {@code /...} and in Welsh at {@code /cy/...}, and their assets (the
 * report's stylesheet with a few rules of the dashboard's, the page script, runs' screenshots). Thread-safe.
 */
final class PageHandlers {

    private final LiveResults live;
    private final AuditScheduler scheduler;
    private final PageModels models;
    private final Pages pages = new Pages();
    private final Path resultsDir;

    PageHandlers(LiveResults live, AuditScheduler scheduler, ServeSettings settings) {
        this.live = live;
        this.scheduler = scheduler;
        this.models = new PageModels(live, settings.toolVersion());
        this.resultsDir = settings.resultsDir().toAbsolutePath().normalize();
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (String lang : List.of("en", "cy")) {
            String root = lang.equals("en") ? "/" : "/cy/";
            routes.add(new Route("GET", root, ctx -> index(ctx, lang)));
            routes.add(new Route("GET", root + "councils/{id}", ctx -> council(ctx, lang)));
            routes.add(new Route("GET", root + "runs", ctx -> runs(ctx, lang)));
            routes.add(new Route("GET", root + "runs/{id}", ctx -> run(ctx, lang)));
        }
        routes.add(new Route("GET", "/assets/style.css", this::style));
        routes.add(new Route("GET", "/assets/dashboard.js", this::script));
        routes.add(new Route("GET", "/shots/{run}/{council}/<file>", this::screenshot));
        return routes;
    }

    private void index(Context ctx, String lang) {
        html(ctx, HttpStatus.OK, "index", models.index(DashboardText.of(lang)));
    }

    private void council(Context ctx, String lang) throws IOException {
        DashboardText t = DashboardText.of(lang);
        Optional<CouncilState> council = live.council(ctx.pathParam("id"));
        if (council.isEmpty()) {
            notFound(ctx, lang);
            return;
        }
        List<CouncilState> all = live.councils();
        int rank = LiveResults.league(all).stream()
                .filter(r -> r.council().id().equals(council.get().council().id()))
                .mapToInt(LeagueTable.Row::rank)
                .findFirst()
                .orElse(0);
        html(ctx, HttpStatus.OK, "council", models.council(t, council.get(), rank));
    }

    private void runs(Context ctx, String lang) {
        html(ctx, HttpStatus.OK, "runs", models.runs(DashboardText.of(lang)));
    }

    private void run(Context ctx, String lang) {
        String id = ctx.pathParam("id");
        Optional<RunProgress> run =
                ApiHandlers.RUN_ID.matcher(id).matches() ? live.run(id, scheduler.status()) : Optional.empty();
        if (run.isEmpty()) {
            notFound(ctx, lang);
            return;
        }
        html(ctx, HttpStatus.OK, "run", models.run(DashboardText.of(lang), run.get()));
    }

    /** 404 as a page of the dashboard, in the language of the path asked for. */
    void notFound(Context ctx, String lang) {
        html(ctx, HttpStatus.NOT_FOUND, "notfound", models.notFound(DashboardText.of(lang), ctx.path()));
    }

    private void style(Context ctx) {
        ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(resource("/wales/councilaudit/report/report.css") + resource("dashboard.css"));
    }

    private void script(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(resource("dashboard.js"));
    }

    /**
     * A screenshot a stage recorded: a PNG file inside the council's folder of the run, as the report would have
     * copied it; anything else is not found.
     */
    private void screenshot(Context ctx) throws IOException {
        String run = ctx.pathParam("run");
        String council = ctx.pathParam("council");
        if (!ApiHandlers.RUN_ID.matcher(run).matches()
                || live.registry().find(council).isEmpty()) {
            ctx.attribute(DashboardServer.ANSWERED, true);
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        Path folder = live.folder(run, council);
        Path file = folder.resolve(ctx.pathParam("file")).normalize();
        if (!folder.startsWith(resultsDir)
                || !file.startsWith(folder)
                || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                || !Files.isRegularFile(file)) {
            ctx.attribute(DashboardServer.ANSWERED, true);
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.contentType("image/png").result(Files.readAllBytes(file));
    }

    private void html(Context ctx, HttpStatus status, String template, Map<String, Object> model) {
        ctx.attribute(DashboardServer.ANSWERED, true);
        ctx.status(status).contentType("text/html; charset=utf-8").result(pages.render(template, model));
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(PageHandlers.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
    }
}
