package wales.councilaudit.sandbox.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the bundled council profiles ({@code wales/councilaudit/sandbox/profiles/<council>.yaml}) strictly:
 * unknown keys and bad values fail with the file and line.
 */
public final class ProfileLoader {

    static final String FOLDER = "wales/councilaudit/sandbox/profiles/";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProfileLoader() {}

    /**
     * The profile of a council.
     *
     * @throws IllegalStateException naming the file and line when the profile is missing or malformed (the
     *     profiles are part of the product, so this is a bug, not bad input)
     */
    public static CouncilProfile bundled(String councilId) {
        String resource = FOLDER + councilId + ".yaml";
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no sandbox profile " + resource);
            }
            CouncilProfile profile = YAML.readValue(in, CouncilProfile.class);
            if (!profile.council().equals(councilId)) {
                throw new IllegalStateException(resource + " is the profile of '" + profile.council() + "'");
            }
            return profile;
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalStateException(resource + ":" + line + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
