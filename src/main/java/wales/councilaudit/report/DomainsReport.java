package wales.councilaudit.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.SiteCheck;
import wales.councilaudit.json.Json;
import wales.councilaudit.net.TlsCertificate;

/**
 * Writes the domain check's results: {@code domains.json} (every result with its evidence), {@code domains.csv}
 * (one row per council, for spreadsheets) and a table for the terminal.
 */
public final class DomainsReport {

    /** The CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of(
            "council",
            "name",
            "status",
            "reason",
            "requested",
            "final_url",
            "final_status",
            "hops",
            "tls_valid",
            "tls_days_to_expiry",
            "tls_issuer",
            "hsts",
            "welsh_url",
            "welsh_final_url",
            "welsh_status",
            "checked_at");

    private DomainsReport() {}

    /**
     * Writes {@code domains.json} and {@code domains.csv} into {@code folder} (which must exist).
     *
     * @param names the council's English name by id, for the CSV
     */
    public static void write(Path folder, List<DomainResult> results, Function<String, String> names)
            throws IOException {
        Json.mapper().writeValue(folder.resolve("domains.json").toFile(), results);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        try (Writer out = Files.newBufferedWriter(folder.resolve("domains.csv"), StandardCharsets.UTF_8);
                SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out)) {
            for (DomainResult result : results) {
                rows.write(row(result, names.apply(result.council())));
            }
        }
    }

    private static Map<String, String> row(DomainResult r, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("council", r.council());
        row.put("name", name);
        row.put("status", r.status().name());
        row.put("reason", r.reason());
        row.put("requested", r.requested().toString());
        row.put("final_url", r.finalUrl().toString());
        row.put("final_status", Integer.toString(r.finalStatus()));
        row.put("hops", Integer.toString(r.chain().size()));
        row.put("tls_valid", r.tls().map(t -> Boolean.toString(t.valid())).orElse(""));
        row.put(
                "tls_days_to_expiry",
                r.tls().map(t -> Long.toString(t.daysToExpiry())).orElse(""));
        row.put("tls_issuer", r.tls().map(TlsCertificate::issuer).orElse(""));
        row.put("hsts", r.hsts().orElse(""));
        row.put("welsh_url", r.welsh().map(w -> w.requested().toString()).orElse(""));
        row.put("welsh_final_url", r.welsh().map(w -> w.finalUrl().toString()).orElse(""));
        row.put(
                "welsh_status",
                r.welsh().map(SiteCheck::status).map(String::valueOf).orElse(""));
        row.put("checked_at", r.checkedAt().toString());
        row.replaceAll((column, value) -> Cells.defuse(value));
        return row;
    }

    /** Prints one line per council: id, status, final address, certificate and HSTS. */
    public static void printTable(PrintWriter out, List<DomainResult> results) {
        int idWidth = Math.max(
                7, results.stream().mapToInt(r -> r.council().length()).max().orElse(0));
        String format = "%-" + idWidth + "s  %-12s  %-5s  %-9s  %-4s  %s%n";
        out.printf(format, "COUNCIL", "STATUS", "HTTP", "TLS DAYS", "HSTS", "FINAL ADDRESS");
        for (DomainResult r : results) {
            String tls = r.tls()
                    .map(t -> t.valid() ? Long.toString(t.daysToExpiry()) : "invalid")
                    .orElse("-");
            out.printf(
                    format,
                    r.council(),
                    r.status(),
                    r.finalStatus() == 0 ? "-" : r.finalStatus(),
                    tls,
                    r.hsts().isPresent() ? "yes" : "no",
                    Cells.printable(r.finalUrl().toString()));
        }
        out.flush();
    }
}
