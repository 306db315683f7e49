package wales.councilaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.mobile.MobilePage;

/**
 * A council's accessibility findings as JUnit XML ({@code councils/<id>/junit.xml}), the format CI servers read: a
 * {@code testsuite} per page, a {@code testcase} per rule with findings on it ({@code failure} for violations, {@code
 * skipped} for results a person must review), and one passing {@code testcase} for a page examined with no finding.
 * Text from sites is escaped by the XML writer; characters XML 1.0 cannot hold are replaced with {@code ?}.
 */
public final class JunitExport {

    /** The name of the passing test case of a page without findings. */
    public static final String NO_FINDINGS = "axe-core: no findings";

    private JunitExport() {}

    /** Writes {@code councils/<id>/junit.xml} under {@code runDir}. */
    public static Path write(Path runDir, CouncilDetail detail) throws IOException {
        Path file = runDir.resolve("councils").resolve(detail.id()).resolve("junit.xml");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(xml, detail);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static void write(XMLStreamWriter xml, CouncilDetail detail) throws XMLStreamException {
        Map<URI, Map<String, List<FindingGroup>>> byPage = byPageAndRule(detail);
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Map<String, List<FindingGroup>> rules : byPage.values()) {
            tests += Math.max(1, rules.size());
            for (List<FindingGroup> groups : rules.values()) {
                if (violation(groups)) {
                    failures++;
                } else {
                    skipped++;
                }
            }
        }
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", clean("council-audit accessibility: " + detail.id()));
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("skipped", Integer.toString(skipped));
        xml.writeAttribute("errors", "0");
        for (Map.Entry<URI, Map<String, List<FindingGroup>>> page : byPage.entrySet()) {
            suite(xml, detail.id(), page.getKey(), page.getValue());
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void suite(XMLStreamWriter xml, String council, URI page, Map<String, List<FindingGroup>> rules)
            throws XMLStreamException {
        long failures = rules.values().stream().filter(JunitExport::violation).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(page.toString()));
        xml.writeAttribute("tests", Integer.toString(Math.max(1, rules.size())));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("skipped", Long.toString(rules.size() - failures));
        xml.writeAttribute("errors", "0");
        if (rules.isEmpty()) {
            testcase(xml, council, page, NO_FINDINGS);
            xml.writeEndElement();
        }
        for (Map.Entry<String, List<FindingGroup>> rule : rules.entrySet()) {
            testcase(xml, council, page, rule.getKey());
            List<FindingGroup> groups = rule.getValue();
            if (violation(groups)) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", clean(worstImpact(groups)));
                xml.writeAttribute("message", clean(groups.get(0).example().help()));
            } else {
                xml.writeStartElement("skipped");
                xml.writeAttribute(
                        "message",
                        clean("needs review: " + groups.get(0).example().help()));
            }
            xml.writeCharacters(clean(body(groups)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String council, URI page, String name) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(council + "." + page));
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("time", "0");
    }

    /** Pages examined (with findings, on the mobile profile, in the crawl's sample), then each page's rules. */
    static Map<URI, Map<String, List<FindingGroup>>> byPageAndRule(CouncilDetail detail) {
        Set<URI> pages = new LinkedHashSet<>();
        detail.findings().forEach(g -> pages.addAll(g.pages()));
        detail.mobile().stream().map(MobilePage::page).forEach(pages::add);
        detail.crawl().ifPresent(c -> c.sample().stream().map(SamplePage::url).forEach(pages::add));
        Map<URI, Map<String, List<FindingGroup>>> byPage = new LinkedHashMap<>();
        pages.forEach(p -> byPage.put(p, new LinkedHashMap<>()));
        for (FindingGroup g : detail.findings()) {
            for (URI page : g.pages()) {
                byPage.get(page)
                        .computeIfAbsent(g.example().rule(), r -> new ArrayList<>())
                        .add(g);
            }
        }
        return byPage;
    }

    private static boolean violation(List<FindingGroup> groups) {
        return groups.stream().anyMatch(g -> g.certainty() == Certainty.VIOLATION);
    }

    private static String worstImpact(List<FindingGroup> groups) {
        return groups.stream()
                .filter(g -> g.certainty() == Certainty.VIOLATION)
                .map(g -> g.example().impact())
                .max(Enum::compareTo)
                .orElseThrow()
                .label();
    }

    private static String body(List<FindingGroup> groups) {
        StringBuilder out = new StringBuilder();
        for (FindingGroup g : groups) {
            Finding f = g.example();
            out.append('\n')
                    .append(g.certainty() == Certainty.VIOLATION ? "violation" : "needs review")
                    .append(" (")
                    .append(f.impact().label())
                    .append("), fingerprint ")
                    .append(g.fingerprint().id())
                    .append(g.templateLevel() ? ", on " + g.pages().size() + " pages" : "")
                    .append("\n  selector: ")
                    .append(f.selector())
                    .append("\n  html: ")
                    .append(f.html())
                    .append("\n  WCAG: ")
                    .append(f.criteria().isEmpty() ? "best practice" : String.join(", ", f.criteria()))
                    .append("\n  help: ")
                    .append(f.helpUrl())
                    .append('\n');
        }
        return out.toString();
    }

    /** Replaces characters XML 1.0 cannot hold (most control characters, lone surrogates) with {@code ?}. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            out.appendCodePoint(allowed ? cp : '?');
        });
        return out.toString();
    }
}
