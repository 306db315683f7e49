package wales.councilaudit.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Map;

/** Writes a registry in the schema {@link RegistryLoader} reads, so that a generated registry can be passed with --councils. */
public final class RegistryWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private RegistryWriter() {}

    /** The registry as YAML, with a comment line naming where it came from. */
    public static String toYaml(Registry registry) {
        try {
            return "# " + registry.source() + "\n" + YAML.writeValueAsString(Map.of("councils", registry.councils()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a registry could not be written as YAML", e);
        }
    }
}
