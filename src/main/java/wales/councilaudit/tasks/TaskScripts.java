package wales.councilaudit.tasks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads task scripts: every {@code *.yaml} of a folder, in name order, validated key by key against the schema of
 * {@code docs/tasks-stage.md}. Every problem is a {@link TaskScriptException} naming the file, the line and the
 * problem. The bundled scripts are the project's {@code task-scripts/}, copied into the jar at build time.
 */
public final class TaskScripts {

    /** Where the build copies {@code task-scripts/*.yaml} inside the jar. */
    public static final String BUNDLED = "wales/councilaudit/tasks/scripts";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> KEYS = Set.of(
            "id",
            "kind",
            "name",
            "max-clicks",
            "explore-clicks",
            "words",
            "search",
            "a-to-z",
            "task-page",
            "landing-page",
            "start-links",
            "third-party-hosts");
    private static final int DEFAULT_EXPLORE = 5;

    private TaskScripts() {}

    /** The scripts bundled with the product (the project's {@code task-scripts/}), in name order. */
    public static List<TaskScript> bundled() {
        URL url = TaskScripts.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled task scripts " + BUNDLED + " are missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.getPath(BUNDLED), "bundled ");
            }
            return read(Path.of(uri), "bundled ");
        } catch (IOException | URISyntaxException | TaskScriptException e) {
            throw new IllegalStateException("the bundled task scripts are broken: " + e.getMessage(), e);
        }
    }

    /** Every {@code *.yaml} script of a folder, in name order; at least one. */
    public static List<TaskScript> load(Path dir) throws TaskScriptException {
        try {
            return read(dir, "");
        } catch (NoSuchFileException e) {
            throw new TaskScriptException(dir.toString(), 0, "no such folder");
        } catch (IOException e) {
            throw new TaskScriptException(dir.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private static List<TaskScript> read(Path dir, String prefix) throws IOException, TaskScriptException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new TaskScriptException(dir.toString(), 0, "no task scripts (*.yaml) in the folder");
        }
        List<TaskScript> scripts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            byte[] yaml;
            try (InputStream in = Files.newInputStream(file)) {
                yaml = in.readAllBytes();
            }
            TaskScript script = parse(yaml, prefix + file);
            if (!ids.add(script.id())) {
                throw new TaskScriptException(prefix + file, 0, "task id '" + script.id() + "' is used twice");
            }
            scripts.add(script);
        }
        return List.copyOf(scripts);
    }

    /**
     * Parses and validates one script.
     *
     * @param source names the file in messages; its name without {@code .yaml} must be the script's id
     */
    public static TaskScript parse(byte[] yaml, String source) throws TaskScriptException {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            lines(yaml, lines);
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new TaskScriptException(source, line(e.getLocation()), "not valid YAML: " + first(e));
        } catch (IOException e) {
            throw new TaskScriptException(source, 0, "cannot read: " + e.getMessage());
        }
        Reader r = new Reader(source, lines);
        if (root == null || !root.isObject()) {
            throw new TaskScriptException(source, 1, "expected a mapping of the script's keys");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw r.fail(
                        key,
                        "unknown key '" + key + "' (known: "
                                + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String id = r.text(root, "id");
        if (!ID.matcher(id).matches()) {
            throw r.fail("id", "the id must be lower-case letters, digits and hyphens, got '" + id + "'");
        }
        String file = Path.of(source).getFileName().toString();
        if (!file.equals(id + ".yaml")) {
            throw r.fail("id", "the id '" + id + "' must match the file's name (" + file + ")");
        }
        String kindText = r.text(root, "kind");
        TaskScript.Kind kind;
        if (kindText.equals("task")) {
            kind = TaskScript.Kind.TASK;
        } else if (kindText.equals("tool")) {
            kind = TaskScript.Kind.TOOL;
        } else {
            throw r.fail("kind", "kind must be 'task' or 'tool', got '" + kindText + "'");
        }
        Bilingual name = r.bilingual(root, "name", false, true);
        int maxClicks = r.integer(root, "max-clicks", 3, 1, 10);
        int explore = r.integer(root, "explore-clicks", Math.max(DEFAULT_EXPLORE, maxClicks), maxClicks, 10);
        Bilingual words = r.bilingual(root, "words", false, false);
        Bilingual search = r.bilingual(root, "search", false, true);
        Bilingual atoz = r.bilingual(root, "a-to-z", false, false);
        Bilingual taskPage = r.bilingual(root, "task-page", true, false);
        List<String> urls = r.list(root.path("task-page").get("url"), "task-page.url", true, true);
        Bilingual landing = r.bilingual(root, "landing-page", true, false);
        Bilingual start = kind == TaskScript.Kind.TASK
                ? r.bilingual(root, "start-links", true, false)
                : r.optionalBilingual(root, "start-links");
        List<String> hosts = root.has("third-party-hosts")
                ? r.list(root.get("third-party-hosts"), "third-party-hosts", false, true)
                : List.of();
        for (String host : hosts) {
            if (!host.matches("(\\*\\.)?[a-z0-9.-]+")) {
                throw r.fail("third-party-hosts", "not a host name: '" + host + "'");
            }
        }
        Set<String> known = Set.of("en", "cy", "url");
        for (Iterator<String> it = root.path("task-page").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw r.fail("task-page." + key, "unknown key '" + key + "' in task-page (known: cy, en, url)");
            }
        }
        return new TaskScript(
                id, kind, name, maxClicks, explore, words, search, atoz, taskPage, urls, landing, start, hosts, source);
    }

    /** Records the line of every key, by its dotted path. */
    private static void lines(byte[] yaml, Map<String, Integer> lines) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    List<String> names = new ArrayList<>();
                    for (var ctx = parser.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
                        if (ctx.inObject() && ctx.getCurrentName() != null) {
                            names.add(0, ctx.getCurrentName());
                        }
                    }
                    lines.putIfAbsent(String.join(".", names), line(parser.currentTokenLocation()));
                }
            }
            path.clear();
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String first(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        return message.lines().findFirst().orElse("malformed").trim();
    }

    /** Reads values, failing with the key's line. */
    private static final class Reader {
        private final String source;
        private final Map<String, Integer> lines;

        Reader(String source, Map<String, Integer> lines) {
            this.source = source;
            this.lines = lines;
        }

        TaskScriptException fail(String key, String problem) {
            Integer line = lines.get(key);
            if (line == null && key.contains(".")) {
                line = lines.get(key.substring(0, key.lastIndexOf('.')));
            }
            return new TaskScriptException(source, line == null ? 0 : line, problem);
        }

        String text(JsonNode root, String key) throws TaskScriptException {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                throw new TaskScriptException(source, 0, "missing '" + key + "'");
            }
            if (!node.isTextual() || node.asText().isBlank()) {
                throw fail(key, "'" + key + "' must be a non-empty text");
            }
            return node.asText().trim();
        }

        int integer(JsonNode root, String key, int fallback, int min, int max) throws TaskScriptException {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return fallback;
            }
            if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
                throw fail(key, "'" + key + "' must be a whole number from " + min + " to " + max + ", got " + node);
            }
            return node.asInt();
        }

        Bilingual optionalBilingual(JsonNode root, String key) throws TaskScriptException {
            return root.has(key) ? bilingual(root, key, true, false) : new Bilingual(List.of(), List.of());
        }

        Bilingual bilingual(JsonNode root, String key, boolean regex, boolean single) throws TaskScriptException {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                throw new TaskScriptException(source, 0, "missing '" + key + "' (with 'en' and 'cy')");
            }
            if (!node.isObject()) {
                throw fail(key, "'" + key + "' must be a mapping with 'en' and 'cy'");
            }
            if (!key.equals("task-page")) {
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!k.equals("en") && !k.equals("cy")) {
                        throw fail(key + "." + k, "unknown key '" + k + "' in " + key + " (known: cy, en)");
                    }
                }
            }
            List<String> en = list(node.get("en"), key + ".en", regex, false);
            List<String> cy = list(node.get("cy"), key + ".cy", regex, false);
            if (single && (en.size() != 1 || cy.size() != 1)) {
                throw fail(key, "'" + key + "' takes one text per language");
            }
            return new Bilingual(en, cy);
        }

        List<String> list(JsonNode node, String key, boolean regex, boolean optional) throws TaskScriptException {
            if (node == null || node.isMissingNode() || node.isNull()) {
                if (optional) {
                    return List.of();
                }
                throw fail(key, "missing '" + key + "'");
            }
            List<String> out = new ArrayList<>();
            if (node.isTextual()) {
                out.add(node.asText());
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    if (!item.isTextual() || item.asText().isBlank()) {
                        throw fail(key, "'" + key + "' must hold non-empty texts, got " + item);
                    }
                    out.add(item.asText());
                }
            } else {
                throw fail(key, "'" + key + "' must be a text or a list of texts");
            }
            if (out.isEmpty() && !optional) {
                throw fail(key, "'" + key + "' is empty");
            }
            if (regex) {
                for (String p : out) {
                    try {
                        Pattern.compile(p);
                    } catch (PatternSyntaxException e) {
                        throw fail(key, "not a regular expression: '" + p + "' (" + e.getDescription() + ")");
                    }
                }
            }
            return out;
        }
    }
}
