package wales.councilaudit.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where results are stored: an embedded H2 file by default, or PostgreSQL for several nodes. Immutable.
 *
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user the database user; may be empty
 * @param password the password; may be empty (never logged)
 * @param schema the schema to use (created by the migrations when missing); empty for the default
 */
public record StoreConfig(String jdbcUrl, String user, String password, Optional<String> schema) {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public StoreConfig {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL (or jdbc:h2:), got: " + jdbcUrl);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (schema.isPresent() && !SCHEMA.matcher(schema.get()).matches()) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier, got: " + schema.get());
        }
    }

    /** The embedded default: an H2 file in {@code resultsDir/store/}, shareable by several local processes. */
    public static StoreConfig embedded(Path resultsDir) {
        Path file = resultsDir.toAbsolutePath().resolve("store").resolve("council-audit");
        // 16 MB of page cache rather than H2's 64 MB: the crawl ledger is written once and read in order, and the
        // heap stays small (bench crawl measures it). WRITE_DELAY=0: a commit is on disk when it returns; with
        // H2's default 500 ms delay a kill -9 lost the last council the audit had reported stored (DemoResumeIT).
        return new StoreConfig(
                "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;CACHE_SIZE=16384;WRITE_DELAY=0",
                "sa",
                "",
                Optional.empty());
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + jdbcUrl + ", user=" + user + ", schema=" + schema.orElse("(default)") + "]";
    }
}
