package wales.councilaudit.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a council registry (YAML, the schema in the README) and validates it completely before anything uses it:
 * unknown keys, duplicate ids or GSS codes, missing names or homepages and malformed URLs or host names each
 * give a {@link RegistryException} naming the file and line. Thread-safe.
 */
public final class RegistryLoader {

    /** The bundled registry of the 22 Welsh principal councils. */
    public static final String BUNDLED = "wales/councilaudit/registry/wales-councils.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The keys a council, its {@code name} and its {@code homepage} may hold. Checked in a first pass because
     * Jackson reports an unknown key in a record only at the end of its mapping, on the wrong line.
     */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "a council", new TreeSet<>(List.of("id", "gss", "name", "homepage", "hosts")),
            "name", new TreeSet<>(List.of("en", "cy")),
            "homepage", new TreeSet<>(List.of("en", "cy")));

    private RegistryLoader() {}

    /** The 22 Welsh principal councils shipped with the product. */
    public static Registry bundled() {
        try (InputStream in = RegistryLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled registry " + BUNDLED + " is missing from the jar");
            }
            return parse(in, "bundled registry " + BUNDLED);
        } catch (IOException | RegistryException e) {
            throw new IllegalStateException("the bundled registry is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a registry file given by the user. */
    public static Registry load(Path file) throws RegistryException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new RegistryException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new RegistryException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses and validates a registry.
     *
     * @param source names the input in messages
     */
    public static Registry parse(InputStream in, String source) throws RegistryException, IOException {
        byte[] yaml = in.readAllBytes();
        List<RegistryEntry> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            checkKeys(yaml, source);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RegistryException(
                        source, line(parser.currentTokenLocation()), "expected a mapping with a 'councils' list");
            }
            boolean sawCouncils = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser.currentTokenLocation());
                if (!key.equals("councils")) {
                    throw new RegistryException(source, keyLine, "unknown key '" + key + "' (known: councils)");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new RegistryException(source, keyLine, "'councils' must be a list");
                }
                sawCouncils = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    lines.add(line(parser.currentTokenLocation()));
                    entries.add(YAML.readValue(parser, RegistryEntry.class));
                }
                if (entries.isEmpty()) {
                    throw new RegistryException(source, keyLine, "the 'councils' list is empty");
                }
            }
            if (!sawCouncils) {
                throw new RegistryException(source, 0, "no 'councils' list");
            }
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new RegistryException(
                    source,
                    line(e.getLocation()),
                    "unknown key '" + e.getPropertyName() + "' in " + where(e) + " (known: " + known + ")");
        } catch (JsonMappingException e) {
            throw new RegistryException(
                    source,
                    line(e.getLocation()),
                    "wrong value for '" + where(e) + "': " + firstSentence(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new RegistryException(
                    source, line(e.getLocation()), "not valid YAML: " + firstSentence(e.getOriginalMessage()));
        }
        return validate(source, entries, lines);
    }

    private static Registry validate(String source, List<RegistryEntry> entries, List<Integer> lines)
            throws RegistryException {
        if (entries.isEmpty()) {
            throw new RegistryException(source, 0, "the 'councils' list is empty");
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        List<Council> councils = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int line = lines.get(i);
            Council council = entries.get(i).toCouncil(source, line);
            Integer firstId = ids.putIfAbsent(council.id(), line);
            if (firstId != null) {
                throw new RegistryException(
                        source, line, "duplicate id '" + council.id() + "' (first at line " + firstId + ")");
            }
            Integer firstGss = codes.putIfAbsent(council.gss(), line);
            if (firstGss != null) {
                throw new RegistryException(
                        source, line, "duplicate gss '" + council.gss() + "' (first at line " + firstGss + ")");
            }
            councils.add(council);
        }
        return new Registry(source, councils);
    }

    /** Rejects an unknown key inside a council, naming the key's own line. */
    private static void checkKeys(byte[] yaml, String source) throws IOException, RegistryException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String mapping = token == JsonToken.FIELD_NAME ? mappingOf(parser.getParsingContext()) : null;
                Set<String> known = mapping == null ? null : KEYS.get(mapping);
                if (known != null && !known.contains(parser.currentName())) {
                    throw new RegistryException(
                            source,
                            line(parser.currentTokenLocation()),
                            "unknown key '" + parser.currentName() + "' in " + mapping + " (known: "
                                    + String.join(", ", known) + ")");
                }
            }
        }
    }

    /** "a council" for a council's mapping, else the key a council gives the mapping; null elsewhere. */
    private static String mappingOf(JsonStreamContext mapping) {
        JsonStreamContext parent = mapping.getParent();
        if (isCouncil(mapping)) {
            return "a council";
        }
        return parent != null && isCouncil(parent) ? parent.getCurrentName() : null;
    }

    private static boolean isCouncil(JsonStreamContext context) {
        JsonStreamContext list = context.getParent();
        JsonStreamContext top = list == null ? null : list.getParent();
        return context.inObject()
                && list != null
                && list.inArray()
                && top != null
                && top.inObject()
                && "councils".equals(top.getCurrentName())
                && top.getParent().inRoot();
    }

    private static String where(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "a council" : path;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "malformed";
        }
        String oneLine = message.replace('\n', ' ').trim();
        int cut = oneLine.indexOf(" at [Source");
        return cut > 0 ? oneLine.substring(0, cut) : oneLine;
    }
}
