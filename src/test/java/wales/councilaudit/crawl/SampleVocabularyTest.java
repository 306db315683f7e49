package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleVocabularyTest {

    /** A valid file; the bad files below are this with one thing wrong. */
    private static final String GOOD = """
            tasks:
              - id: missed-bin
                name: Report a missed bin
                en: [bin, bins]
                cy: [bin, biniau]
            contact:
              en: [contact us]
              cy: [cysylltwch]
            """;

    private static SampleVocabulary parse(String yaml) throws Exception {
        return SampleVocabulary.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "v.yaml");
    }

    @Test
    void theBundledVocabularyHasTheFourDefaultTasksInOrderAndTheContactWords() {
        SampleVocabulary vocabulary = SampleVocabulary.bundled();

        assertThat(vocabulary.tasks())
                .extracting(SampleVocabulary.Task::id)
                .containsExactly("missed-bin", "planning-objection", "library-renewal", "blue-badge");
        assertThat(vocabulary.task("missed-bin").orElseThrow().words().welsh())
                .containsExactly("bin", "biniau", "gwastraff", "ailgylchu", "casgliad", "a fethwyd", "bin a fethwyd");
        assertThat(vocabulary.task("blue-badge").orElseThrow().words())
                .isEqualTo(new SampleVocabulary.Words(
                        List.of("blue badge", "parking"), List.of("bathodyn glas", "parcio")));
        assertThat(vocabulary.task("library-renewal").orElseThrow().name()).isEqualTo("Renew a library book");
        assertThat(vocabulary.contact().english()).containsExactly("contact", "contact us");
        assertThat(vocabulary.contact().welsh()).containsExactly("cysylltu", "cysylltwch");
    }

    @Test
    void aGoodFileLoadsFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("words.yaml");
        Files.writeString(file, GOOD);

        SampleVocabulary vocabulary = SampleVocabulary.load(file);

        assertThat(vocabulary.tasks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("missed-bin");
            assertThat(t.words().english()).containsExactly("bin", "bins");
        });
        assertThat(vocabulary).isEqualTo(parse(GOOD));
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> SampleVocabulary.load(file))
                .isInstanceOf(SampleVocabularyException.class)
                .hasMessage(file + ": no such file");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is changed in GOOD                          | the message
            ''                                                  | v.yaml:1: the file is empty
            'tasks: [unclosed'                                  | v.yaml:1: not valid YAML: while parsing a flow sequence; expected ',' or ']', but got <stream end>
            '- a list'                                          | v.yaml:1: expected a mapping with 'tasks' and 'contact'
            'tasks: []\\ncontact: {en: [x], cy: [y]}'          | v.yaml:1: 'tasks' must be a list of tasks, each with id, name, en and cy
            'contact:/kontakt:'                                 | v.yaml:6: unknown key 'kontakt' (known: contact, tasks)
            'contact:/contact:\\n  en: [x]\\n  cy: [y]\\ncontact:' | v.yaml:9: duplicate key 'contact' (first at line 6)
            '    name: Report a missed bin\\n/'                  | v.yaml:2: missing key 'name' in tasks[1]
            'name: /title: '                                    | v.yaml:3: unknown key 'title' in tasks[1] (known: cy, en, id, name)
            'missed-bin/Missed Bin'                             | v.yaml:2: tasks[1].id: expected a lower-case slug like missed-bin, got 'Missed Bin'
            'missed-bin/42'                                     | v.yaml:2: tasks[1].id: expected text, got 42 (write it in quotes to make it a word)
            'name: Report a missed bin/name:'                   | v.yaml:3: tasks[1].name: expected text, got nothing
            '[bin, bins]/[]'                                    | v.yaml:4: tasks[1].en: expected a list of at least one word, like [bin, bins]
            '[bin, bins]/bins'                                  | v.yaml:4: tasks[1].en: expected a list of at least one word, like [bin, bins]
            '[bin, biniau]/[bin, Biniau, biniau]'               | v.yaml:5: tasks[1].cy[3]: 'biniau' is listed twice (first at line 5)
            '[bin, biniau]/[bin, '' - '']'                      | v.yaml:5: tasks[1].cy[2]: '-' has no letter or digit
            '[bin, biniau]/[bin, [biniau]]'                     | v.yaml:5: tasks[1].cy[2]: expected a word, got a list
            '[bin, biniau]/[bin, 7]'                            | v.yaml:5: tasks[1].cy[2]: expected a word, got 7 (write it in quotes to make it a word)
            '  cy: [cysylltwch]\\n/'                            | v.yaml:6: missing key 'cy' in contact
            'contact:\\n  en: [contact us]\\n  cy: [cysylltwch]\\n/contact: [contact]\\n' | v.yaml:6: 'contact' must be a mapping with en and cy
            """)
    void aBadFileGivesOneMessageNamingTheLineAndTheProblem(String change, String message) {
        String yaml = change.isEmpty() ? "" : changed(change);

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(SampleVocabularyException.class)
                .hasMessage(message);
    }

    @Test
    void aRepeatedTaskIdNamesTheFirst() {
        String yaml = GOOD.replace("contact:", """
                  - id: missed-bin
                    name: Again
                    en: [bin]
                    cy: [bin]
                contact:""");

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(SampleVocabularyException.class)
                .hasMessage("v.yaml:6: tasks[2].id: duplicate id 'missed-bin' (first at line 2)");
    }

    @Test
    void theRecordsRefuseWhatTheFileWouldToo() {
        assertThatThrownBy(() -> new SampleVocabulary.Words(List.of("Bin", "bin"), List.of("bin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'bin' is listed twice in english (as 'Bin')");
        assertThatThrownBy(() -> new SampleVocabulary.Words(List.of("bin"), List.of()))
                .hasMessage("no welsh words");
        SampleVocabulary.Words words = new SampleVocabulary.Words(List.of("bin"), List.of("bin"));
        assertThatThrownBy(() -> new SampleVocabulary.Task("missed_bin", "Report", words))
                .hasMessage("not a lower-case slug like missed-bin: 'missed_bin'");
        SampleVocabulary.Task task = new SampleVocabulary.Task("missed-bin", "Report", words);
        assertThatThrownBy(() -> new SampleVocabulary(List.of(task, task), words))
                .hasMessage("two tasks have the same id");
        assertThatThrownBy(() -> new SampleVocabulary(List.of(), words)).hasMessage("no tasks");
    }

    /**
     * GOOD with {@code from/to} applied, or a whole file when {@code change} has no {@code /} ({@code \n} written as
     * {@code \\n} in the table).
     */
    private static String changed(String change) {
        String decoded = change.replace("\\n", "\n");
        int slash = decoded.indexOf('/');
        if (slash < 0) {
            return decoded;
        }
        String from = decoded.substring(0, slash);
        String to = decoded.substring(slash + 1);
        assertThat(GOOD).contains(from);
        return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
