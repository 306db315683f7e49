package wales.councilaudit.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static HTML report of a run, in {@code <run>/report/}: {@code index.html} (the league table, the charts, the
 * run) and {@code councils/<id>.html} (why each council got its stars, its findings, mobile pages, domain chain and
 * Welsh coverage) in English, the same pages in Welsh under {@code cy/}, each page linking to its twin; {@code
 * style.css}, {@code charts/*.svg} and {@code shots/} (the screenshots shown). Rendered with Pebble with
 * auto-escaping on; nothing from a site is marked safe; addresses from sites are linked only when they are http or
 * https ({@link SafeLink}); a Content-Security-Policy forbids scripts. Pebble stays inside this class.
 */
public final class HtmlReport {

    /** The report's folder name inside the run folder. */
    public static final String FOLDER = "report";

    private static final PebbleEngine ENGINE = engine();

    private HtmlReport() {}

    /**
     * Writes the report, replacing the pages of an earlier one.
     *
     * @param runDir the run folder; screenshots are read from it
     * @param details the evidence of each council by id; a council without one gets a page without evidence
     * @return the pages written
     */
    public static List<Path> write(Path runDir, RunHistory history, Map<String, CouncilDetail> details)
            throws IOException {
        Path reportDir = Files.createDirectories(runDir.resolve(FOLDER));
        copyResource("report.css", reportDir.resolve("style.css"));
        Files.createDirectories(reportDir.resolve("charts"));
        ReportAssets assets = new ReportAssets(runDir, reportDir);
        List<LeagueTable.Row> rows = LeagueTable.of(history);
        List<Charts.TrendStep> trend = Charts.trendSteps(history);
        List<Path> pages = new ArrayList<>();
        for (String lang : Messages.LANGUAGES) {
            Messages t = Messages.of(lang);
            String langRoot = lang.equals("en") ? "" : lang + "/";
            String otherRoot = lang.equals("en") ? "cy/" : "";
            List<Charts.StarBar> bars = Charts.starBars(history.current(), t);
            Charts.writeStars(reportDir.resolve("charts/stars-" + lang + ".svg"), bars, t);
            if (!trend.isEmpty()) {
                Charts.writeTrend(reportDir.resolve("charts/trend-" + lang + ".svg"), trend, t);
            }
            String indexRoot = lang.equals("en") ? "" : "../";
            Map<String, Object> index = IndexPage.model(
                    history,
                    rows,
                    t,
                    bars,
                    trend,
                    indexRoot + "charts/stars-" + lang + ".svg",
                    indexRoot + "charts/trend-" + lang + ".svg");
            Path indexFile = reportDir.resolve(langRoot + "index.html");
            render(
                    "index",
                    common(history, t, t.get("league.heading"), indexRoot, langRoot, otherRoot, "index.html"),
                    index,
                    indexFile);
            pages.add(indexFile);
            String councilRoot = indexRoot + "../";
            CouncilPage councilPage = new CouncilPage(t, assets, councilRoot);
            for (LeagueTable.Row row : rows) {
                CouncilSummary c = row.council();
                String id = ReportAssets.requireSlug(c.id());
                CouncilDetail detail = details.getOrDefault(id, CouncilDetail.empty(id, java.util.Optional.empty()));
                String relative = "councils/" + id + ".html";
                Map<String, Object> model = councilPage.model(row, detail);
                Path file = reportDir.resolve(langRoot + relative);
                String title = (String) model.get("name");
                render("council", common(history, t, title, councilRoot, langRoot, otherRoot, relative), model, file);
                pages.add(file);
            }
        }
        return pages;
    }

    private static Map<String, Object> common(
            RunHistory history,
            Messages t,
            String pageTitle,
            String root,
            String langRoot,
            String otherRoot,
            String relative) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", t.lang());
        m.put("otherLang", t.lang().equals("en") ? "cy" : "en");
        m.put("t", t.all());
        m.put("pageTitle", pageTitle);
        m.put("root", root);
        m.put("langRoot", langRoot);
        m.put("otherLangHref", root + otherRoot + relative);
        RunSummary.RunInfo run = history.current().run();
        m.put("approximation", t.get("approximation", run.rules()));
        m.put("footer", t.get("footer.generated", run.tool(), run.id()));
        return m;
    }

    private static void render(String template, Map<String, Object> common, Map<String, Object> model, Path file)
            throws IOException {
        Map<String, Object> context = new LinkedHashMap<>(common);
        context.putAll(model);
        PebbleTemplate compiled = ENGINE.getTemplate(template);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            compiled.evaluate(out, context);
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = Objects.requireNonNull(HtmlReport.class.getResourceAsStream(name), name)) {
            Files.write(target, in.readAllBytes());
        }
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("wales/councilaudit/report/templates");
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .cacheActive(true)
                .build();
    }
}
