package wales.councilaudit.browser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One YAML mapping of scalars (the shape of a browser profile and of {@code grid.yaml}), read strictly: every key
 * remembers its line, unknown and duplicate keys are refused, and typed getters name the file, line and key of a
 * bad value. Jackson's streaming parser stays inside this class. Not thread-safe; one instance per file.
 */
final class FlatYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** A value as written: Jackson's token kind, its text ("" for null) and its line (1-based). */
    private record Scalar(JsonToken kind, String text, int line) {}

    private final String source;
    private final Map<String, Scalar> values;

    private FlatYaml(String source, Map<String, Scalar> values) {
        this.source = source;
        this.values = values;
    }

    /**
     * Reads a document that is one mapping of scalars. An empty document is an empty mapping.
     *
     * @param source names the input in messages
     * @param allowed the only keys the mapping may hold
     * @throws BrowserConfigException for malformed YAML, nested values, duplicate or unknown keys
     */
    static FlatYaml read(byte[] yaml, String source, Set<String> allowed) throws BrowserConfigException {
        Map<String, Scalar> values = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new FlatYaml(source, Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new BrowserConfigException(source, line(parser), "expected a mapping of keys to values");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                if (!allowed.contains(key)) {
                    throw new BrowserConfigException(
                            source,
                            keyLine,
                            "unknown key '" + key + "' (known: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
                if (values.containsKey(key)) {
                    throw new BrowserConfigException(
                            source,
                            keyLine,
                            "duplicate key '" + key + "' (first at line " + values.get(key).line + ")");
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    throw new BrowserConfigException(source, keyLine, key + ": expected a single value");
                }
                values.put(key, new Scalar(token, token == JsonToken.VALUE_NULL ? "" : parser.getText(), keyLine));
            }
            if (parser.nextToken() != null) {
                throw new BrowserConfigException(source, line(parser), "more than one YAML document");
            }
        } catch (JsonProcessingException e) {
            throw new BrowserConfigException(source, line(e.getLocation()), "not valid YAML: " + firstLine(e));
        } catch (IOException e) {
            throw new BrowserConfigException(source, 0, "cannot read: " + e.getMessage());
        }
        return new FlatYaml(source, Collections.unmodifiableMap(values));
    }

    /** A whole number from {@code min} to {@code max}; the key is required. */
    int integer(String key, int min, int max) throws BrowserConfigException {
        Scalar s = required(key);
        String expected = "a whole number from " + min + " to " + max;
        if (s.kind != JsonToken.VALUE_NUMBER_INT) {
            throw wrong(key, s, expected);
        }
        try {
            int value = Integer.parseInt(s.text);
            if (value < min || value > max) {
                throw wrong(key, s, expected);
            }
            return value;
        } catch (NumberFormatException e) {
            throw wrong(key, s, expected);
        }
    }

    /** A number more than {@code above} and at most {@code max}; the key is required. */
    double number(String key, double above, double max) throws BrowserConfigException {
        Scalar s = required(key);
        String expected = "a number more than " + above + " and at most " + max;
        if (s.kind != JsonToken.VALUE_NUMBER_INT && s.kind != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrong(key, s, expected);
        }
        double value = new BigDecimal(s.text).doubleValue();
        if (!(value > above) || value > max) {
            throw wrong(key, s, expected);
        }
        return value;
    }

    /** {@code true} or {@code false}; the key is required. */
    boolean bool(String key) throws BrowserConfigException {
        Scalar s = required(key);
        if (s.kind != JsonToken.VALUE_TRUE && s.kind != JsonToken.VALUE_FALSE) {
            throw wrong(key, s, "true or false");
        }
        return s.kind == JsonToken.VALUE_TRUE;
    }

    /** Text, stripped; empty when the key is absent, null or blank. */
    String optionalText(String key) throws BrowserConfigException {
        Scalar s = values.get(key);
        if (s == null || s.kind == JsonToken.VALUE_NULL) {
            return "";
        }
        if (s.kind != JsonToken.VALUE_STRING) {
            throw wrong(key, s, "text");
        }
        return s.text.strip();
    }

    /** The line of {@code key}, if written. */
    Optional<Integer> lineOf(String key) {
        return Optional.ofNullable(values.get(key)).map(Scalar::line);
    }

    /** A problem at the line of {@code key} (or of the whole file when the key is absent). */
    BrowserConfigException problem(String key, String problem) {
        return new BrowserConfigException(source, lineOf(key).orElse(0), key + ": " + problem);
    }

    /** The keys written, in order. */
    List<String> keys() {
        return List.copyOf(values.keySet());
    }

    private Scalar required(String key) throws BrowserConfigException {
        Scalar s = values.get(key);
        if (s == null) {
            throw new BrowserConfigException(source, 0, "missing key '" + key + "'");
        }
        return s;
    }

    private BrowserConfigException wrong(String key, Scalar s, String expected) {
        String got = s.kind == JsonToken.VALUE_NULL ? "nothing" : "'" + s.text + "'";
        if (s.kind == JsonToken.VALUE_STRING && s.text.strip().matches("[0-9.]+|true|false")) {
            got += " as text (write it without quotes)";
        }
        return new BrowserConfigException(source, s.line, key + ": expected " + expected + ", got " + got);
    }

    private static int line(JsonParser parser) {
        return line(parser.currentTokenLocation());
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        String first = message.lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElse("malformed")
                .strip();
        int cut = first.indexOf(" at [Source");
        return cut > 0 ? first.substring(0, cut) : first;
    }
}
