package wales.councilaudit.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import wales.councilaudit.json.Json;
import wales.councilaudit.mobile.Overflow;
import wales.councilaudit.mobile.Screenshot;
import wales.councilaudit.mobile.ViewportMeta;

/**
 * Writes and reads {@code summary.json} ({@value RunSummary#SCHEMA}) and {@code councils/<id>.json} ({@value
 * #DETAIL_SCHEMA}), the contract between a run and everything that reads it (the HTML report, the exports, {@code
 * score}, {@code diff}, the dashboard). The product's JSON dialect ({@link Json}), plus: the mobile stage's sealed
 * types carry a {@code "kind"} naming their variant, and file paths are written as given (relative to the run
 * folder), not as absolute {@code file:} URIs. Readers ignore fields they do not know (additive changes keep the
 * version) and refuse any other schema name. Thread-safe.
 */
public final class SummaryJson {

    /** The schema name of a council's detail file. */
    public static final String DETAIL_SCHEMA = "council-audit/council/v1";

    /** The file name of the summary in a run folder. */
    public static final String SUMMARY_FILE = "summary.json";

    private static final ObjectMapper MAPPER = Json.mapper()
            .copy()
            .addMixIn(ViewportMeta.class, ViewportMetaKinds.class)
            .addMixIn(Overflow.class, OverflowKinds.class)
            .addMixIn(Screenshot.class, ScreenshotKinds.class)
            .registerModule(new SimpleModule("council-audit-paths")
                    .addSerializer(Path.class, new PathAsText())
                    .addDeserializer(Path.class, new PathFromText()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SummaryJson() {}

    /** The mapper this class writes with, for callers that embed these records in their own JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes {@code summary.json} into {@code runDir}, which must exist: to a temporary file first, then moved over
     * the old one, so that a reader (or another process finalising the same run) never sees half a file.
     */
    public static void writeSummary(Path runDir, RunSummary summary) throws IOException {
        Path target = runDir.resolve(SUMMARY_FILE);
        Path temp = Files.createTempFile(runDir, SUMMARY_FILE, ".tmp");
        try {
            MAPPER.writeValue(temp.toFile(), summary);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@code summary.json} as text. */
    public static String summaryText(RunSummary summary) {
        try {
            return MAPPER.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run summary could not be written as JSON", e);
        }
    }

    /**
     * Reads a {@code summary.json}.
     *
     * @throws SummaryFormatException when the file is not JSON, names another schema, or lacks a required field; the
     *     message names the file
     * @throws NoSuchFileException when there is no such file
     */
    public static RunSummary readSummary(Path file) throws IOException {
        JsonNode tree = tree(file);
        checkSchema(file.toString(), tree, RunSummary.SCHEMA);
        return convert(file.toString(), tree, RunSummary.class);
    }

    /** The path of a council's detail file in a run folder: {@code councils/<id>.json}. */
    public static Path detailFile(Path runDir, String councilId) {
        return runDir.resolve("councils").resolve(councilId + ".json");
    }

    /** Writes {@code councils/<id>.json} into {@code runDir}, creating {@code councils/}. */
    public static void writeDetail(Path runDir, CouncilDetail detail) throws IOException {
        Path file = detailFile(runDir, detail.id());
        Files.createDirectories(file.getParent());
        MAPPER.writeValue(file.toFile(), detailTree(detail));
    }

    /** A council's detail as text, {@code "schema"} first. */
    public static String detailText(CouncilDetail detail) {
        try {
            return MAPPER.writeValueAsString(detailTree(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a council's detail could not be written as JSON", e);
        }
    }

    /** Reads a {@code councils/<id>.json}; errors as {@link #readSummary}. */
    public static CouncilDetail readDetail(Path file) throws IOException {
        JsonNode tree = tree(file);
        checkSchema(file.toString(), tree, DETAIL_SCHEMA);
        ((ObjectNode) tree).remove("schema");
        return convert(file.toString(), tree, CouncilDetail.class);
    }

    /** Reads a summary from text; {@code source} names it in messages. */
    public static RunSummary parseSummary(String json, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SummaryFormatException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        checkSchema(source, tree, RunSummary.SCHEMA);
        return convert(source, tree, RunSummary.class);
    }

    /** Reads a council's detail from text (as the store keeps it); {@code source} names it in messages. */
    public static CouncilDetail parseDetail(String json, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SummaryFormatException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        checkSchema(source, tree, DETAIL_SCHEMA);
        ((ObjectNode) tree).remove("schema");
        return convert(source, tree, CouncilDetail.class);
    }

    /** Reads one council's entry of a summary from text (as the store keeps it). */
    public static CouncilSummary parseCouncil(String json, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SummaryFormatException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new SummaryFormatException(source + ": not a JSON object");
        }
        return convert(source, tree, CouncilSummary.class);
    }

    private static ObjectNode detailTree(CouncilDetail detail) {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put("schema", DETAIL_SCHEMA);
        tree.setAll((ObjectNode) MAPPER.valueToTree(detail));
        return tree;
    }

    private static JsonNode tree(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SummaryFormatException(file + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void checkSchema(String source, JsonNode tree, String expected) {
        if (tree == null || !tree.isObject()) {
            throw new SummaryFormatException(source + ": not a JSON object");
        }
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new SummaryFormatException(source + ": no \"schema\"; expected \"" + expected + "\"");
        }
        if (!schema.asText().equals(expected)) {
            throw new SummaryFormatException(source + ": schema \"" + schema.asText() + "\" is not supported; this "
                    + "version of council-audit reads \"" + expected + "\"");
        }
    }

    private static <T> T convert(String source, JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new SummaryFormatException(source + ": not a valid " + type.getSimpleName() + ": " + message, e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ViewportMeta.Missing.class, name = "missing"),
        @JsonSubTypes.Type(value = ViewportMeta.Invalid.class, name = "invalid"),
        @JsonSubTypes.Type(value = ViewportMeta.Declared.class, name = "declared")
    })
    private interface ViewportMetaKinds {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Overflow.Fits.class, name = "fits"),
        @JsonSubTypes.Type(value = Overflow.Overflows.class, name = "overflows")
    })
    private interface OverflowKinds {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Screenshot.NotTaken.class, name = "not-taken"),
        @JsonSubTypes.Type(value = Screenshot.Saved.class, name = "saved"),
        @JsonSubTypes.Type(value = Screenshot.Failed.class, name = "failed")
    })
    private interface ScreenshotKinds {}

    /** A path as the text it was made from, with {@code /} between names on every system. */
    private static final class PathAsText extends JsonSerializer<Path> {
        @Override
        public void serialize(Path value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString().replace(value.getFileSystem().getSeparator(), "/"));
        }

        @Override
        public Class<Path> handledType() {
            return Path.class;
        }
    }

    private static final class PathFromText extends JsonDeserializer<Path> {
        @Override
        public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Path.of(p.getValueAsString());
        }
    }
}
