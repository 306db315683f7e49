package wales.councilaudit.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.json.Json;
import wales.councilaudit.scoring.Components;

/**
 * What {@code council-audit score} re-scores: the component scores of councils, from a {@code summary.json} (its
 * scored councils, each with its number of tasks and the star it was given) or from a JSON array of {@code {"id":
 * …, "components": {"tasks": …, "tools": …, "mobile": …, "accessibility": …}, "taskCount": …}} ({@code id} and {@code
 * taskCount} optional: {@code entry-N} and 4). Unknown keys, missing or out-of-range values are refused with {@code
 * FILE:LINE: problem}.
 */
public final class ScoreInput {

    /** The number of tasks assumed when an entry does not say: Better Connected's four. */
    public static final int DEFAULT_TASKS = 4;

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Set<String> ENTRY_KEYS = Set.of("id", "components", "taskCount");
    private static final Set<String> COMPONENT_KEYS = Set.of("tasks", "tools", "mobile", "accessibility");

    /**
     * One council's components to score.
     *
     * @param id the council's id, or {@code entry-N}
     * @param components the four component scores
     * @param taskCount how many tasks {@code components.tasks()} sums
     * @param recorded the star the run gave, when read from a {@code summary.json}
     */
    public record Entry(String id, Components components, int taskCount, Optional<Integer> recorded) {}

    private ScoreInput() {}

    /** Reads a file; see the class comment for its two forms. */
    public static List<Entry> read(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new SummaryFormatException(file + ": no such file");
        }
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                JsonNode root = MAPPER.readTree(parser);
                if (root.has("schema")) {
                    return fromSummary(file, root);
                }
            } else if (first == JsonToken.START_ARRAY) {
                List<Entry> entries = new ArrayList<>();
                int n = 1;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = parser.currentLocation().getLineNr();
                    entries.add(entry(file + ":" + line + ": entry " + n + ": ", MAPPER.readTree(parser), n));
                    n++;
                }
                return entries;
            }
            throw new SummaryFormatException(file + ":1: expected a summary.json or a JSON array of "
                    + "{\"id\", \"components\": {\"tasks\", \"tools\", \"mobile\", \"accessibility\"}, \"taskCount\"}");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SummaryFormatException(
                    file + ":" + (at == null ? 0 : at.getLineNr()) + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<Entry> fromSummary(Path file, JsonNode root) {
        RunSummary summary = SummaryJson.parseSummary(root.toString(), file.toString());
        List<Entry> entries = new ArrayList<>();
        for (CouncilSummary c : summary.councils()) {
            if (c.components().isPresent()) {
                int tasks = c.tasks().isEmpty() ? DEFAULT_TASKS : c.tasks().size();
                entries.add(new Entry(c.id(), c.components().get(), tasks, c.overall()));
            }
        }
        return entries;
    }

    private static Entry entry(String where, JsonNode entry, int n) {
        if (!entry.isObject()) {
            throw new SummaryFormatException(where + "expected an object");
        }
        unknownKeys(where, entry, ENTRY_KEYS);
        JsonNode components = entry.get("components");
        if (components == null || !components.isObject()) {
            throw new SummaryFormatException(where + "\"components\" is missing or not an object");
        }
        unknownKeys(where, components, COMPONENT_KEYS);
        int[] values = new int[4];
        int i = 0;
        for (String key : List.of("tasks", "tools", "mobile", "accessibility")) {
            JsonNode value = components.get(key);
            if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                throw new SummaryFormatException(where + "components." + key + " must be a whole number");
            }
            values[i++] = value.intValue();
        }
        JsonNode taskCount = entry.get("taskCount");
        if (taskCount != null && (!taskCount.canConvertToExactIntegral() || taskCount.intValue() < 1)) {
            throw new SummaryFormatException(where + "taskCount must be a whole number, at least 1");
        }
        JsonNode id = entry.get("id");
        if (id != null && !id.isTextual()) {
            throw new SummaryFormatException(where + "id must be text");
        }
        try {
            return new Entry(
                    id == null ? "entry-" + n : id.asText(),
                    new Components(values[0], values[1], values[2], values[3]),
                    taskCount == null ? DEFAULT_TASKS : taskCount.intValue(),
                    Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new SummaryFormatException(where + e.getMessage(), e);
        }
    }

    private static void unknownKeys(String where, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new SummaryFormatException(where + "unknown key \"" + name + "\" (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
