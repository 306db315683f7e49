package wales.councilaudit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.accessibility.Source;
import wales.councilaudit.json.Json;

/**
 * A council's accessibility findings as SARIF 2.1.0 ({@code councils/<id>/sarif.json}), following the mapping of
 * Microsoft's axe-sarif-converter so that SARIF viewers show them as they show that tool's output: {@code
 * tool.driver} is axe-core at the run's version, with a rule per axe rule found ({@code helpUri}, and the WCAG
 * criteria as relationships to a WCAG taxonomy); each page is an artifact; each result is one distinct finding
 * (template fingerprint) on one page: {@code kind} {@code fail} and {@code level} {@code error} for a violation,
 * {@code review} and {@code note} for a result a person must review; the location has the page as {@code
 * artifactLocation.uri}, the element's markup as {@code region.snippet} and its CSS selector as the {@code
 * logicalLocation}'s {@code fullyQualifiedName}. The template fingerprint is a {@code partialFingerprints} entry,
 * so a viewer can match results across runs. Keyboard-probe findings come from a tool extension of ours.
 */
public final class SarifExport {

    public static final String VERSION = "2.1.0";
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The {@code partialFingerprints} key of our template fingerprint. */
    public static final String FINGERPRINT_KEY = "councilAuditTemplate/v1";

    private static final String WCAG = "WCAG";

    private SarifExport() {}

    /** Writes {@code councils/<id>/sarif.json} under {@code runDir}. */
    public static Path write(Path runDir, CouncilDetail detail, RunSummary.RunInfo run) throws IOException {
        Path file = runDir.resolve("councils").resolve(detail.id()).resolve("sarif.json");
        Files.createDirectories(file.getParent());
        Json.mapper().writeValue(file.toFile(), log(detail, run));
        return file;
    }

    /** The SARIF log of one council. */
    public static ObjectNode log(CouncilDetail detail, RunSummary.RunInfo run) {
        Map<String, Finding> axeRules = new LinkedHashMap<>();
        Map<String, Finding> probeRules = new LinkedHashMap<>();
        List<URI> pages = new ArrayList<>();
        TreeSet<String> criteria = new TreeSet<>();
        for (FindingGroup g : detail.findings()) {
            Finding f = g.example();
            (f.source() == Source.AXE ? axeRules : probeRules).putIfAbsent(f.rule(), f);
            criteria.addAll(f.criteria());
            g.pages().stream().filter(p -> !pages.contains(p)).forEach(pages::add);
        }
        List<String> taxa = new ArrayList<>(criteria);
        ObjectNode log = Json.mapper().createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", VERSION);
        ObjectNode sarifRun = log.putArray("runs").addObject();
        ObjectNode tool = sarifRun.putObject("tool");
        String axeVersion = run.axeCore().orElse("unknown");
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "axe-core");
        driver.put("fullName", "axe for Web v" + axeVersion);
        driver.put("version", axeVersion);
        driver.put("informationUri", "https://www.deque.com/axe/axe-for-web/");
        driver.putObject("properties").put("microsoft/qualityDomain", "Accessibility");
        driver.putArray("supportedTaxonomies").addObject().put("name", WCAG).put("index", 0);
        rules(driver.putArray("rules"), axeRules, taxa);
        if (!probeRules.isEmpty()) {
            ObjectNode probe = tool.putArray("extensions").addObject();
            probe.put("name", "council-audit keyboard probe");
            probe.put("version", run.tool());
            rules(probe.putArray("rules"), probeRules, taxa);
        }
        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("startTimeUtc", run.start().toString());
        run.end().ifPresent(end -> invocation.put("endTimeUtc", end.toString()));
        ArrayNode artifacts = sarifRun.putArray("artifacts");
        pages.forEach(p -> {
            ObjectNode a = artifacts.addObject();
            a.putObject("location").put("uri", p.toString());
            a.put("sourceLanguage", "html");
            a.putArray("roles").add("analysisTarget");
        });
        ArrayNode results = sarifRun.putArray("results");
        List<String> axeIds = new ArrayList<>(axeRules.keySet());
        List<String> probeIds = new ArrayList<>(probeRules.keySet());
        for (FindingGroup g : detail.findings()) {
            for (URI page : g.pages()) {
                results.add(result(g, page, pages.indexOf(page), axeIds, probeIds));
            }
        }
        taxonomy(sarifRun.putArray("taxonomies").addObject(), taxa);
        return log;
    }

    private static void rules(ArrayNode array, Map<String, Finding> rules, List<String> taxa) {
        for (Finding f : rules.values()) {
            ObjectNode rule = array.addObject();
            rule.put("id", f.rule());
            rule.put("name", f.rule());
            rule.putObject("shortDescription").put("text", f.help());
            rule.putObject("fullDescription").put("text", f.help());
            if (!f.helpUrl().isEmpty()) {
                rule.put("helpUri", f.helpUrl());
            }
            ArrayNode relationships = rule.putArray("relationships");
            for (String criterion : f.criteria()) {
                ObjectNode target = relationships.addObject().putObject("target");
                target.put("id", taxonId(criterion));
                target.put("index", taxa.indexOf(criterion));
                target.putObject("toolComponent").put("name", WCAG).put("index", 0);
            }
            relationships.forEach(r -> ((ObjectNode) r).putArray("kinds").add("superset"));
        }
    }

    private static ObjectNode result(
            FindingGroup g, URI page, int artifact, List<String> axeIds, List<String> probeIds) {
        Finding f = g.example();
        boolean violation = g.certainty() == Certainty.VIOLATION;
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("ruleId", f.rule());
        if (f.source() == Source.AXE) {
            r.put("ruleIndex", axeIds.indexOf(f.rule()));
        } else {
            ObjectNode rule = r.putObject("rule");
            rule.put("id", f.rule());
            rule.put("index", probeIds.indexOf(f.rule()));
            rule.putObject("toolComponent").put("index", 0);
        }
        r.put("kind", violation ? "fail" : "review");
        r.put("level", violation ? "error" : "note");
        String verdict = violation ? "Fix: " : "Review: ";
        r.putObject("message")
                .put(
                        "text",
                        verdict + f.help() + " (" + f.impact().label() + "; "
                                + (f.criteria().isEmpty() ? "best practice" : "WCAG " + String.join(", ", f.criteria()))
                                + (g.templateLevel() ? "; on " + g.pages().size() + " pages" : "") + ")");
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", page.toString()).put("index", artifact);
        if (!f.html().isEmpty()) {
            physical.putObject("region").putObject("snippet").put("text", f.html());
        }
        location.putArray("logicalLocations")
                .addObject()
                .put("fullyQualifiedName", f.selector())
                .put("kind", "element");
        r.putObject("partialFingerprints").put(FINGERPRINT_KEY, g.fingerprint().id());
        ObjectNode properties = r.putObject("properties");
        properties.put("impact", f.impact().label());
        properties.put("pagesAffected", g.pages().size());
        properties.put("occurrences", g.occurrences());
        properties.putArray("tags").add("Accessibility");
        return r;
    }

    private static void taxonomy(ObjectNode taxonomy, List<String> criteria) {
        taxonomy.put("name", WCAG);
        taxonomy.put("fullName", "Web Content Accessibility Guidelines (WCAG) 2.2");
        taxonomy.put("organization", "W3C");
        taxonomy.put("informationUri", "https://www.w3.org/TR/WCAG22/");
        taxonomy.put("version", "2.2");
        ArrayNode taxa = taxonomy.putArray("taxa");
        criteria.forEach(c -> taxa.addObject().put("id", taxonId(c)).put("name", "WCAG " + c));
    }

    /** axe-core's tag for a success criterion: {@code 1.4.3} is {@code wcag143}. */
    static String taxonId(String criterion) {
        return "wcag" + criterion.replace(".", "");
    }
}
