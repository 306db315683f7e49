package wales.councilaudit.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words that make a page a task page or the contact page in {@link SampleSelector}, in English and Welsh.
 * Immutable.
 *
 * <p>Until the task scripts exist (one YAML file per task in {@code task-scripts/}), the vocabulary is bundled as
 * {@code wales/councilaudit/crawl/sample-vocabulary.yaml}, for the four default tasks and the contact page; {@link
 * #load(Path)} reads another file of the same schema, checked as strictly as the registry ({@code FILE:LINE:
 * problem}).
 *
 * <p><b>How a word matches.</b> A word (or phrase: {@code contact us}, {@code bathodyn glas}) matches a title or a
 * URL's path when its words appear there consecutively, as whole words, without regard to case or diacritics: the
 * title and the path are read by {@link SampleWords} (split at anything that is not a letter or digit, so {@code
 * /bins-and-recycling/} holds {@code bins}, {@code and}, {@code recycling}). {@code bin} does not match {@code bins}
 * or {@code cabinet}; list each form that should match. A page's host and query are not read.
 *
 * <p><b>Welsh mutations.</b> A Welsh word's first letters change after certain words ({@code Bathodyn Glas}, but
 * {@code Gwneud cais am Fathodyn Glas}). A Welsh word or phrase therefore also matches in its soft, nasal and
 * aspirate mutated forms (the first word of a phrase only): {@code p} to {@code b}, {@code mh}, {@code ph}; {@code
 * t} to {@code d}, {@code nh}, {@code th}; {@code c} to {@code g}, {@code ngh}, {@code ch}; {@code b} to {@code f},
 * {@code m}; {@code d} to {@code dd}, {@code n}; {@code g} dropped or to {@code ng}; {@code m} to {@code f}; {@code
 * ll} to {@code l}; {@code rh} to {@code r}. Three limits keep this from matching English or everyday Welsh: mutated
 * forms count only on pages whose {@code lang} does not start with {@code en}; words shorter than four letters are
 * not mutated ({@code bin} would give {@code fin} and {@code min}: {@code ar fin} is "about to"); and the {@code h}
 * put before a vowel ({@code ei hadnewyddu}) is not handled. Plurals are not derived either ({@code casgliadau} is
 * not {@code casgliad}).
 *
 * @param tasks the tasks, at least one, ids unique; their order is the order the sample picks task pages in
 * @param contact the words of a contact page
 */
public record SampleVocabulary(List<SampleVocabulary.Task> tasks, SampleVocabulary.Words contact) {

    /** The bundled vocabulary's resource. */
    public static final String BUNDLED = "wales/councilaudit/crawl/sample-vocabulary.yaml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Words in both languages.
     *
     * @param english the English words and phrases, at least one, as written
     * @param welsh the Welsh words and phrases, at least one, as written; these also match mutated
     */
    public record Words(List<String> english, List<String> welsh) {

        /**
         * @throws IllegalArgumentException when a list is empty, a word has no letter or digit, or a list holds the
         *     same word twice (folded: {@code Bin} and {@code bin} are the same)
         */
        public Words {
            english = checked("english", english);
            welsh = checked("welsh", welsh);
        }

        private static List<String> checked(String language, List<String> words) {
            List<String> copy = List.copyOf(words);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("no " + language + " words");
            }
            Map<List<String>, String> seen = new HashMap<>();
            for (String word : copy) {
                List<String> folded = SampleWords.words(word);
                if (folded.isEmpty()) {
                    throw new IllegalArgumentException("'" + word + "' has no letter or digit");
                }
                String first = seen.putIfAbsent(folded, word);
                if (first != null) {
                    throw new IllegalArgumentException("'" + word + "' is listed twice in " + language
                            + (first.equals(word) ? "" : " (as '" + first + "')"));
                }
            }
            return copy;
        }
    }

    /**
     * One task's words.
     *
     * @param id a lower-case slug ({@code missed-bin}), as the task scripts name the task
     * @param name what the task is, for people ({@code Report a missed bin})
     * @param words the words of its pages' titles and addresses
     */
    public record Task(String id, String name, Words words) {

        /** @throws IllegalArgumentException when the id is not a lower-case slug or the name is blank */
        public Task {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(words, "words");
            if (!SLUG.matcher(id).matches()) {
                throw new IllegalArgumentException("not a lower-case slug like missed-bin: '" + id + "'");
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("task " + id + " has no name");
            }
        }
    }

    /** @throws IllegalArgumentException when there is no task or two tasks have the same id */
    public SampleVocabulary {
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(contact, "contact");
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks");
        }
        if (tasks.stream().map(Task::id).distinct().count() != tasks.size()) {
            throw new IllegalArgumentException("two tasks have the same id");
        }
    }

    /** The bundled vocabulary: the four default tasks and the contact page. */
    public static SampleVocabulary bundled() {
        try (InputStream in = SampleVocabulary.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the bundled sample vocabulary " + BUNDLED + " is missing from the jar");
            }
            return parse(in, "bundled sample vocabulary " + BUNDLED);
        } catch (IOException | SampleVocabularyException e) {
            throw new IllegalStateException("the bundled sample vocabulary is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a vocabulary file given by the user. */
    public static SampleVocabulary load(Path file) throws SampleVocabularyException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new SampleVocabularyException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new SampleVocabularyException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses and checks a vocabulary file (the schema is documented in the bundled file).
     *
     * @param source names the input in messages
     */
    public static SampleVocabulary parse(InputStream in, String source) throws SampleVocabularyException, IOException {
        return SampleVocabularyReader.read(in.readAllBytes(), source);
    }

    /** The task with this id. */
    public Optional<Task> task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
