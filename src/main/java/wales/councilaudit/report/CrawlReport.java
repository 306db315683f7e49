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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.PageRecord;
import wales.councilaudit.crawl.PageTwin;
import wales.councilaudit.crawl.StoredPage;
import wales.councilaudit.json.Json;

/**
 * The crawl's files: {@code crawl/<council>.csv} (one row per URL met, streamed from the ledger) and {@code
 * crawl/<council>.json} (the summary with the sample), and the terminal table. Text that came from crawled pages
 * is defused for spreadsheets (CSV) and stripped of control characters (terminal).
 */
public final class CrawlReport {

    /** The per-URL CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of(
            "url",
            "final_url",
            "state",
            "reason",
            "status",
            "content_type",
            "format",
            "bytes",
            "truncated",
            "response_ms",
            "depth",
            "source",
            "title",
            "lang",
            "canonical",
            "in_links",
            "referrers",
            "outlinks",
            "outlinks_external",
            "twin_url",
            "twin_method",
            "twin_status",
            "twin_lang",
            "twin_links_back",
            "twin_ok",
            "error_kind",
            "error_detail",
            "fetched_at");

    private CrawlReport() {}

    /** Writes {@code <council>.csv} and {@code <council>.json} into {@code folder}, which must exist. */
    public static void write(Path folder, CrawlSummary summary, CrawlLedger ledger) throws IOException {
        Json.mapper().writeValue(folder.resolve(summary.council() + ".json").toFile(), summary);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        try (Writer out = Files.newBufferedWriter(folder.resolve(summary.council() + ".csv"), StandardCharsets.UTF_8);
                SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out)) {
            ledger.forEach(stored -> {
                try {
                    rows.write(row(stored));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Map<String, String> row(StoredPage stored) {
        PageRecord p = stored.record();
        boolean fetched = p.state() == wales.councilaudit.crawl.UrlState.DONE;
        String twinLanguage = p.twin().map(PageTwin::language).orElse("");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("url", p.url().toString());
        row.put("final_url", p.finalUrl().map(URI::toString).orElse(""));
        row.put("state", p.state().name());
        row.put("reason", p.reason());
        row.put("status", fetched && p.failure().isEmpty() ? Integer.toString(p.status()) : "");
        row.put("content_type", p.contentType());
        row.put("format", p.format().map(Enum::name).orElse(""));
        row.put("bytes", fetched ? Long.toString(p.bytes()) : "");
        row.put("truncated", fetched ? Boolean.toString(p.truncated()) : "");
        row.put("response_ms", fetched ? Long.toString(p.responseTime().toMillis()) : "");
        row.put("depth", Integer.toString(stored.depth()));
        row.put("source", stored.source().name());
        row.put("title", p.title());
        row.put("lang", p.lang());
        row.put("canonical", p.canonical().map(URI::toString).orElse(""));
        row.put("in_links", Integer.toString(stored.inLinks()));
        row.put("referrers", stored.referrers().stream().map(URI::toString).collect(Collectors.joining(" ")));
        row.put("outlinks", fetched ? Integer.toString(p.outlinks()) : "");
        row.put("outlinks_external", fetched ? Integer.toString(p.outlinksExternal()) : "");
        row.put("twin_url", p.twin().map(t -> t.url().toString()).orElse(""));
        row.put("twin_method", p.twin().map(t -> t.method().name()).orElse(""));
        row.put(
                "twin_status",
                stored.twinCheck().map(t -> Integer.toString(t.status())).orElse(""));
        row.put("twin_lang", stored.twinCheck().map(StoredPage.TwinCheck::lang).orElse(""));
        row.put(
                "twin_links_back",
                stored.twinCheck().map(t -> Boolean.toString(t.linksBack())).orElse(""));
        row.put(
                "twin_ok",
                p.twin().isEmpty()
                        ? ""
                        : Boolean.toString(stored.twinCheck()
                                .map(t -> t.confirms(twinLanguage))
                                .orElse(false)));
        row.put("error_kind", p.failure().map(Enum::name).orElse(""));
        row.put("error_detail", p.failureDetail());
        row.put("fetched_at", fetched ? p.fetchedAt().toString() : "");
        row.replaceAll((column, value) -> Cells.defuse(value));
        return row;
    }

    /** One line per council: status, pages, broken links, PDFs, Welsh-twin coverage, cuts and failures. */
    public static void printTable(PrintWriter out, List<CrawlSummary> summaries) {
        int idWidth = Math.max(
                7, summaries.stream().mapToInt(s -> s.council().length()).max().orElse(0));
        String format = "%-" + idWidth + "s  %-11s  %7s  %6s  %6s  %5s  %6s  %6s  %6s%n";
        out.printf(format, "COUNCIL", "STATUS", "FETCHED", "HTML", "BROKEN", "PDFS", "WELSH", "CUT", "FAILED");
        for (CrawlSummary s : summaries) {
            out.printf(
                    format,
                    s.council(),
                    s.status(),
                    s.fetched(),
                    s.htmlPages(),
                    s.brokenLinks(),
                    s.pdfs().count(),
                    s.twins().englishPages() == 0
                            ? "-"
                            : Math.round(100 * s.twins().coverage()) + "%",
                    s.cutTotal(),
                    s.failures().values().stream().mapToLong(Long::longValue).sum());
            if (!s.evidence().isEmpty()) {
                out.printf("%-" + idWidth + "s  %s%n", "", Cells.printable(s.evidence()));
            }
        }
        out.flush();
    }
}
