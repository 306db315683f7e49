package wales.councilaudit.scoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML document read into mappings, lists and scalars that remember their line, so that every problem found
 * later can name it. Jackson's streaming parser stays inside this class.
 */
final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A node of the document. */
    sealed interface Node permits Scalar, Mapping, Sequence {
        /** 1-based. */
        int line();
    }

    /**
     * A scalar: its text as written and whether YAML read it as a number, a string, a boolean or null.
     *
     * @param kind Jackson's token: {@code VALUE_NUMBER_INT}, {@code VALUE_NUMBER_FLOAT}, {@code VALUE_STRING}, ...
     */
    record Scalar(JsonToken kind, String text, int line) implements Node {}

    /** A key, the line it is on, and its value. */
    record Entry(String key, int line, Node value) {}

    /** A mapping; its keys unique, in the order written. */
    record Mapping(Map<String, Entry> entries, int line) implements Node {}

    record Sequence(List<Node> items, int line) implements Node {}

    private YamlTree() {}

    /**
     * Reads one YAML document.
     *
     * @throws RulesException for malformed YAML, duplicate keys, an empty file or more than one document
     */
    static Node read(byte[] yaml, String source) throws RulesException, IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new RulesException(source, 1, "the file is empty");
            }
            Node root = node(parser, source);
            if (parser.nextToken() != null) {
                throw new RulesException(source, line(parser.currentTokenLocation()), "more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RulesException(source, line(e.getLocation()), "not valid YAML: " + sentences(e));
        }
    }

    /** The node starting at the parser's current token; leaves the parser on its last token. */
    private static Node node(JsonParser parser, String source) throws IOException, RulesException {
        int line = line(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, source, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, source));
            }
            return new Sequence(List.copyOf(items), line);
        }
        return new Scalar(token, token == JsonToken.VALUE_NULL ? "" : parser.getText(), line);
    }

    private static Mapping mapping(JsonParser parser, String source, int line) throws IOException, RulesException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser.currentTokenLocation());
            Entry first = entries.get(key);
            if (first != null) {
                throw new RulesException(
                        source, keyLine, "duplicate key '" + key + "' (first at line " + first.line() + ")");
            }
            parser.nextToken();
            entries.put(key, new Entry(key, keyLine, node(parser, source)));
        }
        return new Mapping(Collections.unmodifiableMap(entries), line);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /**
     * The parser's own sentences without its excerpts: SnakeYAML indents the "in 'reader', line 16" marks and the
     * quoted source lines, and writes the sentences at the start of a line.
     */
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
