package wales.councilaudit.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sentences the audit records in English (question evidence, the reasons for a score, journey steps), put into
 * the report's language. The stages write their evidence in English, once, for the store and the exports; the report
 * translates the sentences it knows from a catalogue ({@code phrases_LANG.txt}), one line per sentence:
 *
 * <pre>
 * ENGLISH-REGEX =&gt; TEMPLATE
 * (\d+) clicks from the home page =&gt; {1:raw} clic o'r hafan
 * </pre>
 *
 * <p>The regular expression must match the whole English text. In the template {@code {n}} inserts group {@code n}
 * translated in turn (a sentence built of sentences), {@code {n:raw}} inserts it as it is (numbers, addresses,
 * names and page text, which are data), and {@code {n:question}} the label of the question it names (see {@link
 * #withQuestions}). A sentence with a part that cannot be translated stays English as a whole, so
 * the page marks it {@code lang="en"} rather than mixing two languages unmarked. English needs no catalogue.
 *
 * <p>Immutable and thread-safe.
 */
final class Phrases {

    /** A sentence as the page shows it: its text, and {@code "en"} when it stayed English, else empty. */
    public record Said(String text, String lang) {}

    private static final Pattern SLOT = Pattern.compile("\\{(\\d+)(:raw|:question)?}");
    private static final Map<String, Phrases> LOADED = new ConcurrentHashMap<>();

    private final String lang;
    private final List<Entry> entries;
    private final Function<String, Optional<String>> questions;

    private record Entry(Pattern english, String template, int line) {}

    private Phrases(String lang, List<Entry> entries, Function<String, Optional<String>> questions) {
        this.lang = lang;
        this.entries = List.copyOf(entries);
        this.questions = questions;
    }

    private Phrases(String lang, List<Entry> entries) {
        this(lang, entries, id -> Optional.empty());
    }

    /**
     * This catalogue with the labels of questions: {@code {n:question}} inserts the label of the question whose id group
     * {@code n} holds ({@code site-search}, {@code council-tax/search}), and the sentence stays English without one.
     */
    Phrases withQuestions(Function<String, Optional<String>> labels) {
        return new Phrases(lang, entries, labels);
    }

    /** The catalogue for a language; English has none and says everything as it is. */
    static Phrases of(String lang) {
        return LOADED.computeIfAbsent(lang, Phrases::load);
    }

    private static Phrases load(String lang) {
        if (lang.equals("en")) {
            return new Phrases(lang, List.of());
        }
        String name = "phrases_" + lang + ".txt";
        try (InputStream in = Phrases.class.getResourceAsStream(name)) {
            if (in == null) {
                return new Phrases(lang, List.of());
            }
            return parse(lang, new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Reads a catalogue's text.
     *
     * @throws IllegalArgumentException naming the line of a malformed entry
     */
    static Phrases parse(String lang, String text, String source) {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                n++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int arrow = trimmed.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalArgumentException(source + ":" + n + ": expected 'ENGLISH-REGEX => TEMPLATE'");
                }
                Pattern english;
                try {
                    english = Pattern.compile(trimmed.substring(0, arrow).strip());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(
                            source + ":" + n + ": not a regular expression: " + e.getDescription(), e);
                }
                String template = trimmed.substring(arrow + 4).strip();
                Matcher slot = SLOT.matcher(template);
                while (slot.find()) {
                    if (Integer.parseInt(slot.group(1)) > english.matcher("").groupCount()) {
                        throw new IllegalArgumentException(
                                source + ":" + n + ": " + slot.group() + " names a group the expression lacks");
                    }
                }
                entries.add(new Entry(english, template, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phrases(lang, entries);
    }

    /** The sentence in this language, or as it was, marked English, when the catalogue does not know it. */
    Said say(String english) {
        if (lang.equals("en")) {
            return new Said(english, "");
        }
        return translate(english).map(s -> new Said(s, "")).orElseGet(() -> new Said(english, "en"));
    }

    /** Each sentence said. */
    List<Said> say(List<String> english) {
        return english.stream().map(this::say).toList();
    }

    /** The translation, when the whole sentence and every part of it that needs one has one. */
    Optional<String> translate(String english) {
        if (english.isEmpty()) {
            return Optional.of("");
        }
        for (Entry entry : entries) {
            Matcher m = entry.english().matcher(english);
            if (!m.matches()) {
                continue;
            }
            Optional<String> filled = fill(entry.template(), m);
            if (filled.isPresent()) {
                return filled;
            }
        }
        return Optional.empty();
    }

    private Optional<String> fill(String template, Matcher match) {
        StringBuilder out = new StringBuilder();
        Matcher slot = SLOT.matcher(template);
        int last = 0;
        while (slot.find()) {
            out.append(template, last, slot.start());
            String group = match.group(Integer.parseInt(slot.group(1)));
            String part = group == null ? "" : group;
            if (slot.group(2) == null || slot.group(2).equals(":question")) {
                Optional<String> translated = slot.group(2) == null ? translate(part) : questions.apply(part);
                if (translated.isEmpty()) {
                    return Optional.empty();
                }
                part = translated.get();
            }
            out.append(part);
            last = slot.end();
        }
        out.append(template.substring(last));
        return Optional.of(out.toString());
    }

    /** How many sentences the catalogue knows. */
    int size() {
        return entries.size();
    }
}
