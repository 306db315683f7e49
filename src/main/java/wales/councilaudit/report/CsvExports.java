package wales.councilaudit.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;

/**
 * The run's spreadsheets: {@code councils.csv} (the league table) and {@code accessibility.csv} (every council's
 * findings de-duplicated by template fingerprint, one row each, with the pages it is on). UTF-8, a header row; text
 * that came from sites is defused for spreadsheets ({@link Cells#defuse}).
 */
public final class CsvExports {

    /** {@code councils.csv}'s columns, in order. */
    public static final List<String> COUNCIL_COLUMNS = List.of(
            "rank",
            "id",
            "name",
            "name_cy",
            "status",
            "reason",
            "overall",
            "tasks",
            "tools",
            "mobile",
            "accessibility",
            "domain",
            "welsh_coverage",
            "findings_total",
            "findings_distinct",
            "violations_distinct",
            "previous_overall",
            "trend");

    /** {@code accessibility.csv}'s columns, in order. */
    public static final List<String> FINDING_COLUMNS = List.of(
            "council",
            "fingerprint",
            "rule",
            "certainty",
            "impact",
            "wcag",
            "source",
            "selector",
            "html",
            "help",
            "help_url",
            "page_count",
            "occurrences",
            "template_level",
            "pages");

    private CsvExports() {}

    /** Writes {@code councils.csv} into {@code runDir}. */
    public static void writeCouncils(Path runDir, List<LeagueTable.Row> rows) throws IOException {
        write(
                runDir.resolve("councils.csv"),
                COUNCIL_COLUMNS,
                rows.stream().map(CsvExports::councilRow).toList());
    }

    /** Writes {@code accessibility.csv} into {@code runDir}: every council's groups, councils in the order given. */
    public static void writeFindings(Path runDir, Map<String, CouncilDetail> details) throws IOException {
        write(
                runDir.resolve("accessibility.csv"),
                FINDING_COLUMNS,
                details.values().stream()
                        .flatMap(d -> d.findings().stream().map(g -> findingRow(d.id(), g)))
                        .toList());
    }

    static Map<String, String> councilRow(LeagueTable.Row row) {
        CouncilSummary c = row.council();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rank", row.rank() == 0 ? "" : Integer.toString(row.rank()));
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("name_cy", c.nameCy());
        m.put("status", c.status().name());
        m.put("reason", c.reason());
        m.put("overall", c.overall().map(String::valueOf).orElse(""));
        m.put("tasks", c.components().map(x -> String.valueOf(x.tasks())).orElse(""));
        m.put("tools", c.components().map(x -> String.valueOf(x.tools())).orElse(""));
        m.put("mobile", c.components().map(x -> String.valueOf(x.mobile())).orElse(""));
        m.put(
                "accessibility",
                c.components().map(x -> String.valueOf(x.accessibility())).orElse(""));
        m.put("domain", c.domain().map(d -> d.status().name()).orElse(""));
        m.put(
                "welsh_coverage",
                c.welsh()
                        .map(w -> String.format(Locale.ROOT, "%.3f", w.coverage()))
                        .orElse(""));
        m.put("findings_total", String.valueOf(c.findings().total()));
        m.put("findings_distinct", String.valueOf(c.findings().distinct()));
        m.put("violations_distinct", String.valueOf(c.findings().violations()));
        m.put(
                "previous_overall",
                row.previous()
                        .flatMap(CouncilSummary::overall)
                        .map(String::valueOf)
                        .orElse(""));
        m.put("trend", row.trend());
        m.replaceAll((column, value) -> Cells.defuse(value));
        return m;
    }

    static Map<String, String> findingRow(String council, FindingGroup g) {
        Finding f = g.example();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("council", council);
        m.put("fingerprint", g.fingerprint().id());
        m.put("rule", f.rule());
        m.put("certainty", g.certainty().name());
        m.put("impact", f.impact().name());
        m.put("wcag", String.join(" ", f.criteria()));
        m.put("source", f.source().name());
        m.put("selector", f.selector());
        m.put("html", f.html());
        m.put("help", f.help());
        m.put("help_url", f.helpUrl());
        m.put("page_count", String.valueOf(g.pages().size()));
        m.put("occurrences", String.valueOf(g.occurrences()));
        m.put("template_level", String.valueOf(g.templateLevel()));
        m.put("pages", g.pages().stream().map(URI::toString).collect(Collectors.joining(" ")));
        m.replaceAll((column, value) -> Cells.defuse(value));
        return m;
    }

    private static void write(Path file, List<String> columns, List<Map<String, String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter writer = new CsvMapper().writer(schema.build()).writeValues(out)) {
            for (Map<String, String> row : rows) {
                writer.write(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
