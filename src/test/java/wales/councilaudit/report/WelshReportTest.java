package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Welsh report has no English left: every text node of every {@code cy/} page (and every {@code alt}, {@code
 * title} and {@code aria-label}) is checked against the English bundle's strings that differ from their Welsh ones.
 * Text marked {@code lang="en"} (evidence the audit recorded in English, the link to the English page) and code
 * (selectors, snippets, addresses) is data, not the report's own words, and is left out.
 */
class WelshReportTest {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    static Path dir;

    static List<Path> pages;

    @BeforeAll
    static void writeReport() throws IOException {
        RunSummary run = ReportFixtures.run("now", START);
        pages = HtmlReport.write(
                dir, new RunHistory(run, List.of(ReportFixtures.previousYear(run))), ReportFixtures.details(run));
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryWelshStringIsFilled() {
        Map<String, String> en = Messages.of("en").all();
        Map<String, String> cy = Messages.of("cy").all();

        assertThat(cy.keySet()).isEqualTo(en.keySet());
        assertThat(cy.values()).allSatisfy(v -> assertThat(v).isNotBlank());
    }

    @Test
    void noWelshPageHasAnEnglishStringOfTheReport() throws IOException {
        List<Path> welsh = welshPages();
        assertThat(welsh).hasSize(23);

        List<String> english = new ArrayList<>();
        for (Path page : welsh) {
            english.addAll(englishLeft(
                    Jsoup.parse(page.toFile(), "UTF-8"), page.getFileName().toString()));
        }

        assertThat(english).isEmpty();
    }

    @Test
    void theCheckFindsEnglishWhereThereIsSome() throws IOException {
        Path englishIndex = dir.resolve("report/index.html");
        Document doc = Jsoup.parse(englishIndex.toFile(), "UTF-8");
        doc.selectFirst("html").attr("lang", "cy");

        assertThat(englishLeft(doc, "index.html")).hasSizeGreaterThan(20);

        Document welsh = Jsoup.parse(dir.resolve("report/cy/index.html").toFile(), "UTF-8");
        welsh.selectFirst("h2").appendText(" League table");
        welsh.selectFirst("img").attr("alt", "Bar chart of the percentage of councils at each star rating");
        assertThat(englishLeft(welsh, "cy/index.html")).hasSize(2);
    }

    private static List<Path> welshPages() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("report/cy"))) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    /** "page: text" for each text with an English string of the report in it. */
    static List<String> englishLeft(Document doc, String page) {
        List<Pattern> english = englishPatterns();
        List<String> found = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        doc.body().traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !isData(text.parent())) {
                texts.add(text.text());
            }
        });
        doc.select("[alt], [title], [aria-label]").forEach(e -> {
            if (!isData(e)) {
                Stream.of("alt", "title", "aria-label").filter(e::hasAttr).forEach(a -> texts.add(e.attr(a)));
            }
        });
        texts.add(doc.title());
        for (String text : texts) {
            for (Pattern p : english) {
                if (p.matcher(text).find()) {
                    found.add(page + ": \"" + text.strip() + "\" has \"" + p.pattern() + "\"");
                }
            }
        }
        return found;
    }

    private static boolean isData(Node node) {
        for (Node n = node; n instanceof Element e; n = n.parent()) {
            if (e.tagName().equals("code")
                    || e.tagName().equals("pre")
                    || e.attr("lang").equals("en")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The English strings that differ from their Welsh ones, as patterns: a string with placeholders by its longest
     * literal part (at least six characters); whole words only. The names of the languages ({@code lang.*}) are
     * left out: each page names the other language in that language.
     */
    static List<Pattern> englishPatterns() {
        Map<String, String> en = Messages.of("en").all();
        Map<String, String> cy = Messages.of("cy").all();
        List<Pattern> patterns = new ArrayList<>();
        en.forEach((key, value) -> {
            if (value.equals(cy.get(key)) || key.startsWith("lang.")) {
                return;
            }
            String literal = value.replace("''", "'");
            if (literal.contains("{")) {
                literal = Stream.of(literal.split("\\{\\d+\\}"))
                        .map(String::strip)
                        .max(java.util.Comparator.comparingInt(String::length))
                        .orElse("");
                if (literal.length() < 6) {
                    return;
                }
            }
            if (literal.strip().length() >= 2) {
                patterns.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(literal.strip()) + "(?![\\p{L}])"));
            }
        });
        return patterns;
    }
}
