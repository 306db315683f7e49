package wales.councilaudit.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Deduplication;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.accessibility.Fingerprint;
import wales.councilaudit.json.Json;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.Screenshot;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Impact;

/**
 * What {@code council-audit scan} writes: {@code scan.json} (schema {@value #SCHEMA}), {@code findings.csv} (one
 * row per finding) and a table for the terminal. Everything that came from a page is data here; the CSV defuses
 * spreadsheet formulas.
 */
public final class ScanReport {

    /** The JSON's schema name and version. */
    public static final String SCHEMA = "council-audit/scan/v1";

    /** The CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of(
            "page",
            "profile",
            "view",
            "source",
            "certainty",
            "rule",
            "impact",
            "wcag",
            "selector",
            "html",
            "help",
            "help_url",
            "fingerprint");

    /**
     * A scan's results and what it ran on.
     *
     * @param started when the scan started
     * @param finished when it ended
     * @param tool this tool's version
     * @param axeVersion the axe-core version injected
     * @param chromium the Chromium version of the sessions; empty when none started
     * @param pages every page on every profile, in the order asked
     * @param accessibility the accessibility score of the pages (the first page of a host as its home page); empty
     *     when the home page was not scanned on the desktop profile
     * @param mobile the mobile page checks' score; empty when no page was scanned on a mobile profile
     */
    public record Scan(
            Instant started,
            Instant finished,
            String tool,
            String axeVersion,
            Optional<String> chromium,
            List<ScannedPage> pages,
            Optional<ComponentScore> accessibility,
            Optional<ComponentScore> mobile) {
        public Scan {
            Objects.requireNonNull(started, "started");
            Objects.requireNonNull(finished, "finished");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(axeVersion, "axeVersion");
            Objects.requireNonNull(chromium, "chromium");
            Objects.requireNonNull(accessibility, "accessibility");
            Objects.requireNonNull(mobile, "mobile");
            pages = List.copyOf(pages);
        }

        /** Every finding of every page, in page order. */
        public List<Finding> findings() {
            return pages.stream().flatMap(p -> p.findings().stream()).toList();
        }
    }

    private ScanReport() {}

    /** Writes {@code scan.json} and {@code findings.csv} into {@code folder}, which must exist. */
    public static void write(Path folder, Scan scan) throws IOException {
        Json.mapper().writeValue(folder.resolve("scan.json").toFile(), json(scan));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        try (Writer out = Files.newBufferedWriter(folder.resolve("findings.csv"), StandardCharsets.UTF_8);
                SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out)) {
            for (Finding f : scan.findings()) {
                rows.write(row(f));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The JSON document, as maps and lists in a fixed order. */
    public static Map<String, Object> json(Scan scan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("started", scan.started().toString());
        doc.put("finished", scan.finished().toString());
        doc.put("tool", scan.tool());
        doc.put("axeCore", scan.axeVersion());
        doc.put("chromium", scan.chromium().orElse(""));
        List<Object> pages = new ArrayList<>();
        scan.pages().forEach(p -> pages.add(page(p)));
        doc.put("pages", pages);
        Deduplication dedup = Deduplication.of(scan.findings());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("findings", dedup.findings());
        counts.put("distinct", dedup.groups().size());
        counts.put("templateLevel", dedup.templateLevel().size());
        doc.put("counts", counts);
        List<Object> groups = new ArrayList<>();
        dedup.groups().forEach(g -> groups.add(group(g)));
        doc.put("distinctFindings", groups);
        Map<String, Object> scores = new LinkedHashMap<>();
        scan.accessibility().ifPresent(s -> scores.put("accessibility", score(s)));
        scan.mobile().ifPresent(s -> scores.put("mobilePageChecks", score(s)));
        doc.put("scores", scores);
        return doc;
    }

    private static Map<String, Object> page(ScannedPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p.page().toString());
        m.put("profile", p.profile());
        m.put("home", p.home());
        m.put("scanned", p.scanned());
        p.failure().ifPresent(f -> m.put("failure", f));
        m.put("attempts", p.attempts());
        p.banner().ifPresent(b -> m.put("cookieBanner", b));
        m.put("violations", count(p.findings(), Certainty.VIOLATION));
        m.put("needsReview", count(p.findings(), Certainty.NEEDS_REVIEW));
        m.put("worstImpact", worst(p.findings()).name());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("failing", p.targets().failing());
        targets.put("passing", p.targets().passing());
        m.put("targetSize", targets);
        p.mobile().ifPresent(mobile -> m.put("mobile", mobile(mobile)));
        List<Object> findings = new ArrayList<>();
        p.findings().forEach(f -> findings.add(finding(f)));
        m.put("findings", findings);
        return m;
    }

    private static Map<String, Object> mobile(MobilePage page) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> viewport = new LinkedHashMap<>();
        viewport.put("deviceWidth", page.viewport().mobileViewport());
        viewport.put("zoomDisabled", page.viewport().zoomDisabled());
        viewport.put("evidence", page.viewport().evidence());
        m.put("viewport", viewport);
        Map<String, Object> overflow = new LinkedHashMap<>();
        overflow.put("overflows", page.overflow().overflows());
        overflow.put("scrollWidth", page.overflow().scrollWidth());
        overflow.put("viewportWidth", page.overflow().viewportWidth());
        overflow.put("evidence", page.overflow().evidence());
        m.put("overflow", overflow);
        m.put("legibleTextShare", Math.round(page.legibleTextShare() * 1000) / 1000.0);
        if (page.screenshot() instanceof Screenshot.Saved saved) {
            m.put("screenshot", saved.file().toString());
        }
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", f.view().name());
        m.put("source", f.source().name());
        m.put("certainty", f.certainty().name());
        m.put("rule", f.rule());
        m.put("impact", f.impact().name());
        m.put("wcag", f.criteria());
        m.put("selector", f.selector());
        m.put("html", f.html());
        m.put("help", f.help());
        m.put("helpUrl", f.helpUrl());
        m.put("fingerprint", Fingerprint.of(f).id());
        return m;
    }

    private static Map<String, Object> group(FindingGroup g) {
        Finding f = g.example();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", g.fingerprint().id());
        m.put("rule", f.rule());
        m.put("certainty", g.certainty().name());
        m.put("impact", f.impact().name());
        m.put("wcag", f.criteria());
        m.put("templateLevel", g.templateLevel());
        m.put("pages", g.pages().stream().map(URI::toString).toList());
        m.put("occurrences", g.occurrences());
        m.put("selector", f.selector());
        m.put("html", f.html());
        m.put("help", f.help());
        m.put("helpUrl", f.helpUrl());
        return m;
    }

    private static Map<String, Object> score(ComponentScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", s.score());
        m.put("why", s.why());
        return m;
    }

    static Map<String, String> row(Finding f) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("page", f.page().toString());
        row.put("profile", f.profile());
        row.put("view", f.view().name());
        row.put("source", f.source().name());
        row.put("certainty", f.certainty().name());
        row.put("rule", f.rule());
        row.put("impact", f.impact().name());
        row.put("wcag", String.join(" ", f.criteria()));
        row.put("selector", f.selector());
        row.put("html", f.html());
        row.put("help", f.help());
        row.put("help_url", f.helpUrl());
        row.put("fingerprint", Fingerprint.of(f).id());
        row.replaceAll((column, value) -> Cells.defuse(value));
        return row;
    }

    /** A line per page and profile, then the distinct findings (a template fault once, with its page count). */
    public static void printTable(PrintWriter out, Scan scan) {
        out.printf(
                Locale.ROOT, "%-8s %-60s %5s %6s %-9s %s%n", "profile", "page", "viol.", "review", "worst", "mobile");
        for (ScannedPage p : scan.pages()) {
            String mobile = p.mobile()
                    .map(m -> (m.viewport().mobileViewport() ? "viewport ok" : "no viewport")
                            + (m.viewport().zoomDisabled() ? ", zoom disabled" : "")
                            + (m.overflow().overflows() ? ", overflows" : "")
                            + String.format(Locale.ROOT, ", legible %.0f%%", m.legibleTextShare() * 100))
                    .orElse("");
            if (!p.scanned()) {
                mobile = "NOT SCANNED: " + p.failure().orElse("");
            }
            out.printf(
                    Locale.ROOT,
                    "%-8s %-60s %5d %6d %-9s %s%n",
                    p.profile(),
                    shorten(p.page().toString(), 60),
                    count(p.findings(), Certainty.VIOLATION),
                    count(p.findings(), Certainty.NEEDS_REVIEW),
                    worst(p.findings()).name().toLowerCase(Locale.ROOT),
                    mobile);
        }
        Deduplication dedup = Deduplication.of(scan.findings());
        out.printf(
                Locale.ROOT,
                "%nFindings: %d, distinct %d (%d on more than one page: fix the template once)%n",
                dedup.findings(),
                dedup.groups().size(),
                dedup.templateLevel().size());
        for (FindingGroup g : dedup.groups()) {
            Finding f = g.example();
            out.printf(
                    Locale.ROOT,
                    "  %-6s %-9s %-22s %-12s %3d page(s)  %s%n",
                    g.certainty() == Certainty.VIOLATION ? "FAIL" : "REVIEW",
                    f.impact().name().toLowerCase(Locale.ROOT),
                    f.rule(),
                    String.join(",", f.criteria()),
                    g.pages().size(),
                    shorten(f.selector(), 60));
        }
        scan.accessibility()
                .ifPresent(s -> out.printf(Locale.ROOT, "Accessibility score: %d of 3 (%s)%n", s.score(), reasons(s)));
        scan.mobile()
                .ifPresent(s -> out.printf(Locale.ROOT, "Mobile page checks: %d of 4 (%s)%n", s.score(), reasons(s)));
        out.flush();
    }

    private static String reasons(ComponentScore s) {
        return s.why().isEmpty() ? "no reason given" : String.join("; ", s.why());
    }

    private static long count(List<Finding> findings, Certainty certainty) {
        return findings.stream().filter(f -> f.certainty() == certainty).count();
    }

    private static Impact worst(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.certainty() == Certainty.VIOLATION)
                .map(Finding::impact)
                .max(Impact::compareTo)
                .orElse(Impact.NONE);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
