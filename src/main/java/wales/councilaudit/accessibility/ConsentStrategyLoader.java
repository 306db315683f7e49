package wales.councilaudit.accessibility;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a cookie-consent strategy (YAML; the bundled {@code cookie-consent.yaml} documents every key), strictly:
 * unknown or repeated keys, values of the wrong type and an empty strategy each give a {@link
 * ConsentStrategyException} naming the file and line. Thread-safe.
 */
public final class ConsentStrategyLoader {

    private static final String BUNDLED = "wales/councilaudit/accessibility/cookie-consent.yaml";
    private static final YAMLFactory YAML = new YAMLFactory();

    private ConsentStrategyLoader() {}

    /** The bundled defaults: the common consent platforms' buttons and English and Welsh button texts. */
    public static ConsentStrategy bundled() {
        try (InputStream in = ConsentStrategyLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled consent strategy " + BUNDLED + " is missing");
            }
            return parse(in.readAllBytes(), "bundled " + BUNDLED);
        } catch (IOException | ConsentStrategyException e) {
            throw new IllegalStateException("the bundled consent strategy is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a strategy file given by the user. */
    public static ConsentStrategy load(Path file) throws ConsentStrategyException {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new ConsentStrategyException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new ConsentStrategyException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses and checks a strategy.
     *
     * @param source names the input in messages
     */
    public static ConsentStrategy parse(byte[] yaml, String source) throws ConsentStrategyException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            return strategy(parser, source);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
            throw new ConsentStrategyException(
                    source,
                    line(e.getLocation()),
                    "not valid YAML: " + message.lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConsentStrategyException(source, 0, "cannot read: " + e.getMessage());
        }
    }

    private static ConsentStrategy strategy(JsonParser parser, String source)
            throws IOException, ConsentStrategyException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new ConsentStrategyException(
                    source, line(parser.currentTokenLocation()), "expected a mapping (selectors, button-texts, ...)");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> selectors = List.of();
        List<String> texts = List.of();
        int seconds = 5;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser.currentTokenLocation());
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                throw new ConsentStrategyException(
                        source, line, "duplicate key '" + key + "' (first at line " + first + ")");
            }
            parser.nextToken();
            switch (key) {
                case "selectors" -> selectors = strings(parser, source, key);
                case "button-texts" -> texts = strings(parser, source, key);
                case "timeout-seconds" -> seconds = seconds(parser, source);
                default ->
                    throw new ConsentStrategyException(
                            source,
                            line,
                            "unknown key '" + key + "' (known: button-texts, selectors, timeout-seconds)");
            }
        }
        if (parser.nextToken() != null) {
            throw new ConsentStrategyException(source, line(parser.currentTokenLocation()), "more than one document");
        }
        if (selectors.isEmpty() && texts.isEmpty()) {
            throw new ConsentStrategyException(source, 1, "name at least one of selectors or button-texts");
        }
        return new ConsentStrategy(selectors, texts, Duration.ofSeconds(seconds));
    }

    private static List<String> strings(JsonParser parser, String source, String key)
            throws IOException, ConsentStrategyException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new ConsentStrategyException(
                    source, line(parser.currentTokenLocation()), key + " must be a list of strings");
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser.currentTokenLocation());
            if (parser.currentToken() != JsonToken.VALUE_STRING
                    || parser.getText().isBlank()) {
                throw new ConsentStrategyException(source, line, key + " must hold non-blank strings");
            }
            values.add(parser.getText().strip());
        }
        return values;
    }

    private static int seconds(JsonParser parser, String source) throws IOException, ConsentStrategyException {
        int line = line(parser.currentTokenLocation());
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getLongValue() < 1
                || parser.getLongValue() > 60) {
            throw new ConsentStrategyException(
                    source,
                    line,
                    "timeout-seconds must be a whole number from 1 to 60, not '" + parser.getText() + "'");
        }
        return parser.getIntValue();
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
