package wales.councilaudit.crawl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a sample vocabulary file strictly: the document is first read into mappings, lists and scalars that remember
 * their line (Jackson's streaming parser stays in this class), then checked key by key, so that every problem names
 * the file, the line and the key's path ({@code tasks[2].cy[1]}): malformed YAML, duplicate or unknown keys, missing
 * keys, values of the wrong shape, ids that are not slugs or are repeated, words without a letter or repeated within
 * a list.
 */
final class SampleVocabularyReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private sealed interface Node permits Scalar, Mapping, Sequence {
        /** 1-based. */
        int line();
    }

    private record Scalar(JsonToken kind, String text, int line) implements Node {}

    private record Entry(String key, int line, Node value) {}

    private record Mapping(Map<String, Entry> entries, int line) implements Node {}

    private record Sequence(List<Node> items, int line) implements Node {}

    private final String source;

    private SampleVocabularyReader(String source) {
        this.source = source;
    }

    /** Parses and checks a whole file. */
    static SampleVocabulary read(byte[] yaml, String source) throws SampleVocabularyException, IOException {
        return new SampleVocabularyReader(source).vocabulary(yaml);
    }

    private SampleVocabulary vocabulary(byte[] yaml) throws SampleVocabularyException, IOException {
        Node root = tree(yaml);
        if (!(root instanceof Mapping top)) {
            throw problem(root.line(), "expected a mapping with 'tasks' and 'contact'");
        }
        allow(top, "", "tasks", "contact");
        Entry tasksEntry = required(top, "", "tasks");
        if (!(tasksEntry.value() instanceof Sequence list) || list.items().isEmpty()) {
            throw problem(tasksEntry.line(), "'tasks' must be a list of tasks, each with id, name, en and cy");
        }
        List<SampleVocabulary.Task> tasks = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "tasks[" + (i + 1) + "]";
            Node item = list.items().get(i);
            if (!(item instanceof Mapping task)) {
                throw problem(item.line(), path + ": expected a task with id, name, en and cy");
            }
            allow(task, path, "id", "name", "en", "cy");
            Entry idEntry = required(task, path, "id");
            String id = text(task, path, "id");
            if (!SLUG.matcher(id).matches()) {
                throw problem(
                        idEntry.line(), path + ".id: expected a lower-case slug like missed-bin, got '" + id + "'");
            }
            Integer first = idLines.putIfAbsent(id, idEntry.line());
            if (first != null) {
                throw problem(idEntry.line(), path + ".id: duplicate id '" + id + "' (first at line " + first + ")");
            }
            String name = text(task, path, "name");
            SampleVocabulary.Words words = words(task, path);
            tasks.add(build(task.line(), path, () -> new SampleVocabulary.Task(id, name, words)));
        }
        Entry contactEntry = required(top, "", "contact");
        if (!(contactEntry.value() instanceof Mapping written)) {
            throw problem(contactEntry.line(), "'contact' must be a mapping with en and cy");
        }
        // a key missing from it is reported at 'contact:', not at its first key
        Mapping contact = new Mapping(written.entries(), contactEntry.line());
        allow(contact, "contact", "en", "cy");
        SampleVocabulary.Words contactWords = words(contact, "contact");
        return build(top.line(), "", () -> new SampleVocabulary(tasks, contactWords));
    }

    /** The {@code en} and {@code cy} lists of a mapping. */
    private SampleVocabulary.Words words(Mapping mapping, String path) throws SampleVocabularyException {
        List<String> english = wordList(mapping, path, "en");
        List<String> welsh = wordList(mapping, path, "cy");
        return build(mapping.line(), path, () -> new SampleVocabulary.Words(english, welsh));
    }

    private List<String> wordList(Mapping mapping, String path, String key) throws SampleVocabularyException {
        Entry entry = required(mapping, path, key);
        String listPath = path + "." + key;
        if (!(entry.value() instanceof Sequence list) || list.items().isEmpty()) {
            throw problem(entry.line(), listPath + ": expected a list of at least one word, like [bin, bins]");
        }
        List<String> words = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String itemPath = listPath + "[" + (i + 1) + "]";
            if (!(item instanceof Scalar scalar) || scalar.kind() != JsonToken.VALUE_STRING) {
                throw problem(item.line(), itemPath + ": expected a word, got " + describe(item));
            }
            String word = scalar.text().strip();
            List<String> folded = SampleWords.words(word);
            if (folded.isEmpty()) {
                throw problem(item.line(), itemPath + ": '" + word + "' has no letter or digit");
            }
            Integer first = seen.putIfAbsent(folded, item.line());
            if (first != null) {
                throw problem(item.line(), itemPath + ": '" + word + "' is listed twice (first at line " + first + ")");
            }
            words.add(word);
        }
        return words;
    }

    private String text(Mapping mapping, String path, String key) throws SampleVocabularyException {
        Node value = required(mapping, path, key).value();
        if (!(value instanceof Scalar scalar)
                || scalar.kind() != JsonToken.VALUE_STRING
                || scalar.text().isBlank()) {
            throw problem(value.line(), pathOf(path, key) + ": expected text, got " + describe(value));
        }
        return scalar.text().strip();
    }

    private void allow(Mapping mapping, String path, String... allowed) throws SampleVocabularyException {
        Set<String> known = new TreeSet<>(List.of(allowed));
        for (Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                throw problem(
                        entry.line(),
                        "unknown key '" + entry.key() + "'" + (path.isEmpty() ? "" : " in " + path) + " (known: "
                                + String.join(", ", known) + ")");
            }
        }
    }

    private Entry required(Mapping mapping, String path, String key) throws SampleVocabularyException {
        Entry entry = mapping.entries().get(key);
        if (entry == null) {
            throw problem(mapping.line(), "missing key '" + key + "'" + (path.isEmpty() ? "" : " in " + path));
        }
        return entry;
    }

    /** Builds a record from values already checked; what it still refuses is a problem at {@code line}. */
    private <T> T build(int line, String path, Supplier<T> make) throws SampleVocabularyException {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw problem(line, (path.isEmpty() ? "" : path + ": ") + e.getMessage());
        }
    }

    private SampleVocabularyException problem(int line, String problem) {
        return new SampleVocabularyException(source, line, problem);
    }

    private static String pathOf(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(Node node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar scalar = (Scalar) node;
        return switch (scalar.kind()) {
            case VALUE_NULL -> "nothing";
            case VALUE_STRING -> "'" + scalar.text() + "'";
            default -> scalar.text() + " (write it in quotes to make it a word)";
        };
    }

    // ---- the YAML tree ----

    private Node tree(byte[] yaml) throws SampleVocabularyException, IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw problem(1, "the file is empty");
            }
            Node root = node(parser);
            if (parser.nextToken() != null) {
                throw problem(line(parser.currentTokenLocation()), "more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw problem(line(e.getLocation()), "not valid YAML: " + sentences(e));
        }
    }

    /** The node starting at the parser's current token; leaves the parser on its last token. */
    private Node node(JsonParser parser) throws IOException, SampleVocabularyException {
        int line = line(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser.currentTokenLocation());
                Entry first = entries.get(key);
                if (first != null) {
                    throw problem(keyLine, "duplicate key '" + key + "' (first at line " + first.line() + ")");
                }
                parser.nextToken();
                entries.put(key, new Entry(key, keyLine, node(parser)));
            }
            return new Mapping(Collections.unmodifiableMap(entries), line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new Sequence(List.copyOf(items), line);
        }
        return new Scalar(token, token == JsonToken.VALUE_NULL ? "" : parser.getText(), line);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /** The parser's own sentences without SnakeYAML's indented excerpts and Jackson's source marks. */
    private static String sentences(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        String joined = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
        int cut = joined.indexOf(" at [Source");
        return joined.isEmpty() ? "malformed" : cut > 0 ? joined.substring(0, cut) : joined;
    }
}
