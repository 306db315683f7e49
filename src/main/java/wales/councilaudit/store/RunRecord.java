package wales.councilaudit.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of the product. The store keeps its times to the microsecond (truncated), so a run read back equals the
 * one recorded when its times have no finer part.
 *
 * @param id unique, safe as a folder name
 * @param kind what ran, for example {@code domains}
 * @param started when it started
 * @param finished when it finished; empty while running
 * @param status where it stands
 * @param toolVersion the product's version
 */
public record RunRecord(
        String id, String kind, Instant started, Optional<Instant> finished, RunStatus status, String toolVersion) {

    public RunRecord {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            throw new IllegalArgumentException("run ids are letters, digits, '.', '_' and '-', got: " + id);
        }
        if (kind == null || started == null || finished == null || status == null || toolVersion == null) {
            throw new IllegalArgumentException("every field is required");
        }
    }
}
