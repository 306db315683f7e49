package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private static final String CATALOGUE = String.join(
            "\n",
            "# a comment",
            "",
            "(\\d+) clicks from the home page => {1:raw} clic o'r hafan",
            "in the top five => yn y pump uchaf",
            "failed: (.+) => methodd: {1}",
            "(.+), (.+) => {1}, {2}");

    private final Phrases cy = Phrases.parse("cy", CATALOGUE, "test.txt");

    @Test
    void aKnownSentenceIsSaidInWelshWithItsDataAsItIs() {
        assertThat(cy.say("3 clicks from the home page")).isEqualTo(new Phrases.Said("3 clic o'r hafan", ""));
    }

    @Test
    void aSentenceMadeOfSentencesIsTranslatedPartByPart() {
        assertThat(cy.translate("failed: in the top five")).contains("methodd: yn y pump uchaf");
        assertThat(cy.translate("in the top five, 2 clicks from the home page"))
                .contains("yn y pump uchaf, 2 clic o'r hafan");
    }

    @Test
    void aSentenceWithAnUnknownPartStaysEnglishAsAWholeAndIsMarked() {
        assertThat(cy.say("failed: something new")).isEqualTo(new Phrases.Said("failed: something new", "en"));
        assertThat(cy.say("an unknown sentence")).isEqualTo(new Phrases.Said("an unknown sentence", "en"));
    }

    @Test
    void aQuestionIdIsSaidAsTheQuestionsLabel() {
        Phrases withLabels = Phrases.parse("cy", "failed: '([a-z/-]+)' => methodd: ‘{1:question}’", "q.txt")
                .withQuestions(id -> id.equals("site-search") ? Optional.of("Chwilio'r wefan") : Optional.empty());

        assertThat(withLabels.translate("failed: 'site-search'")).contains("methodd: ‘Chwilio'r wefan’");
        assertThat(withLabels.say("failed: 'unknown-question'").lang()).isEqualTo("en");
    }

    @Test
    void englishSaysEverythingAsItIs() {
        assertThat(Phrases.of("en").say("anything at all")).isEqualTo(new Phrases.Said("anything at all", ""));
        assertThat(Phrases.of("cy").say("")).isEqualTo(new Phrases.Said("", ""));
    }

    @Test
    void aMalformedEntryIsNamedByItsLine() {
        assertThatThrownBy(() -> Phrases.parse("cy", "# x\nno arrow here", "p.txt"))
                .hasMessageContaining("p.txt:2");
        assertThatThrownBy(() -> Phrases.parse("cy", "(unclosed => x", "p.txt"))
                .hasMessageContaining("p.txt:1")
                .hasMessageContaining("regular expression");
        assertThatThrownBy(() -> Phrases.parse("cy", "(a) => {2}", "p.txt"))
                .hasMessageContaining("p.txt:1")
                .hasMessageContaining("{2}");
    }

    @Test
    void theBundledWelshCatalogueLoads() {
        assertThat(Phrases.of("cy").size()).isGreaterThan(50);
    }

    /**
     * Every distinct sentence a full audit of Sandbox Wales recorded (evidence, reasons, journey steps; collected from
     * its {@code summary.json} and {@code councils/*.json}, see {@code audit-sentences.txt}'s header) is said in Welsh.
     */
    @Test
    void everySentenceOfASandboxAuditIsSaidInWelsh() throws IOException {
        List<String> sentences = sample();
        assertThat(sentences).hasSizeGreaterThan(100);

        Phrases welsh = Phrases.of("cy").withQuestions(id -> Optional.of("cwestiwn " + id));
        List<String> untranslated = new ArrayList<>();
        for (String s : sentences) {
            if (welsh.translate(s).isEmpty()) {
                untranslated.add(s);
            }
        }

        assertThat(untranslated).isEmpty();
    }

    private static List<String> sample() throws IOException {
        try (InputStream in = PhrasesTest.class.getResourceAsStream("audit-sentences.txt")) {
            assertThat(in).as("audit-sentences.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
