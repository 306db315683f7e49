package wales.councilaudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.json.Json;

/**
 * The results store: runs and per-council results in H2 or PostgreSQL, its schema kept by Flyway migrations.
 * Writing a council's result for a run again replaces the earlier one (an upsert), so a retried or recovered job
 * never leaves duplicates. Thread-safe; close it when done.
 */
public final class ResultStore implements AutoCloseable {

    private static final String UPSERT_DOMAIN_POSTGRES = """
            INSERT INTO domain_result (run_id, council_id, status, final_url, checked_at, evidence)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, council_id) DO UPDATE SET status = EXCLUDED.status,
                final_url = EXCLUDED.final_url, checked_at = EXCLUDED.checked_at, evidence = EXCLUDED.evidence""";
    private static final String UPSERT_DOMAIN_H2 = """
            MERGE INTO domain_result (run_id, council_id, status, final_url, checked_at, evidence)
            KEY (run_id, council_id) VALUES (?, ?, ?, ?, ?, ?)""";

    private static final String UPSERT_COUNCIL_POSTGRES = """
            INSERT INTO council_result (run_id, council_id, status, finished_at, summary, detail)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, council_id) DO UPDATE SET status = EXCLUDED.status,
                finished_at = EXCLUDED.finished_at, summary = EXCLUDED.summary, detail = EXCLUDED.detail""";
    private static final String UPSERT_COUNCIL_H2 = """
            MERGE INTO council_result (run_id, council_id, status, finished_at, summary, detail)
            KEY (run_id, council_id) VALUES (?, ?, ?, ?, ?, ?)""";

    /** The SQLSTATE of a unique or primary key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    /** Stored evidence is read leniently: a row written by an older version keeps reading after a field goes. */
    private static final ObjectReader EVIDENCE_READER =
            Json.mapper().readerFor(DomainResult.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final StoreConfig config;
    private final HikariDataSource dataSource;

    private ResultStore(StoreConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static ResultStore open(StoreConfig config) {
        // The migrations run on a pool of their own: the schema they create does not exist before, and a pool's
        // schema cannot be changed once it has started, so the store's pool is made afterwards, set to it.
        try {
            try (HikariDataSource migrations = pool(config, Optional.empty())) {
                Flyway.configure()
                        .dataSource(migrations)
                        .locations("classpath:db/migration", vendorMigrations(config))
                        .schemas(config.schema().map(s -> new String[] {s}).orElse(new String[0]))
                        .load()
                        .migrate();
            }
            return new ResultStore(config, pool(config, config.schema()));
        } catch (FlywayException | HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot open the results store " + config.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    /**
     * The migrations only one database takes: Quartz's job store tables (V5), whose types differ between H2 and
     * PostgreSQL. Their versions come after the shared ones and are never repeated across vendors.
     */
    private static String vendorMigrations(StoreConfig config) {
        return "classpath:db/vendor/" + (config.isPostgres() ? "postgresql" : "h2");
    }

    /** A started pool; fails at once, with the cause, when no first connection can be made. */
    private static HikariDataSource pool(StoreConfig config, Optional<String> schema) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) { // none given: the driver's default (PostgreSQL: the OS user, as psql)
            hikari.setUsername(config.user());
            hikari.setPassword(config.password());
        }
        schema.ifPresent(hikari::setSchema);
        hikari.setMaximumPoolSize(4);
        hikari.setPoolName("council-audit-store");
        // Bounds both the wait for a pooled connection and the driver's login (Hikari's default is 30 s).
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(hikari);
    }

    public StoreConfig config() {
        return config;
    }

    /** Records a run's start (or, for a run id already present, leaves it as it is). */
    public void startRun(RunRecord run) {
        String sql = "INSERT INTO audit_run (id, kind, started_at, finished_at, status, tool_version)"
                + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM audit_run WHERE id = ?)";
        try {
            execute(
                    sql,
                    run.id(),
                    run.kind(),
                    time(run.started()),
                    run.finished().map(ResultStore::time).orElse(null),
                    run.status().name(),
                    run.toolVersion(),
                    run.id());
        } catch (SQLException e) {
            // Writers starting the same run at once can all pass the NOT EXISTS check; all but one insert then
            // violate the primary key, and the run stays as the first recorded it, which is what they asked for.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw failure("record run " + run.id(), e);
            }
        }
    }

    /** Marks a run finished with {@code status}. */
    public void finishRun(String runId, RunStatus status, Instant finished) {
        update(
                "finish run " + runId,
                "UPDATE audit_run SET status = ?, finished_at = ? WHERE id = ?",
                status.name(),
                time(finished),
                runId);
    }

    public Optional<RunRecord> run(String runId) {
        String sql = "SELECT id, kind, started_at, finished_at, status, tool_version FROM audit_run WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(runRecord(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Every run, the latest started first (then by id, for runs started at the same time). */
    public List<RunRecord> runs() {
        String sql = "SELECT id, kind, started_at, finished_at, status, tool_version FROM audit_run"
                + " ORDER BY started_at DESC, id DESC";
        List<RunRecord> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                runs.add(runRecord(rs));
            }
            return runs;
        } catch (SQLException e) {
            throw new StoreException("cannot read the runs: " + e.getMessage(), e);
        }
    }

    /**
     * The crawl ledger of one council in a run: its frontier, seen-set and pages (see {@link CrawlLedger}). The run
     * must have been started ({@link #startRun}).
     */
    public CrawlLedger crawlLedger(String runId, String councilId) {
        return new JdbcCrawlLedger(dataSource, config.isPostgres(), runId, councilId);
    }

    /** Saves a council's domain result for a run, replacing any earlier one for the same council and run. */
    public void saveDomainResult(String runId, DomainResult result) {
        String evidence;
        try {
            evidence = Json.mapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a domain result could not be written as JSON", e);
        }
        update(
                "save the domain result of " + result.council(),
                config.isPostgres() ? UPSERT_DOMAIN_POSTGRES : UPSERT_DOMAIN_H2,
                runId,
                result.council(),
                result.status().name(),
                result.finalUrl().toString(),
                time(result.checkedAt()),
                evidence);
    }

    /** A run's domain results, by council id. */
    public List<DomainResult> domainResults(String runId) {
        String sql = "SELECT evidence FROM domain_result WHERE run_id = ? ORDER BY council_id";
        List<DomainResult> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    results.add(EVIDENCE_READER.readValue(rs.getString(1)));
                }
            }
            return results;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read the domain results of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves a council's audit result for a run, replacing any earlier one for the same council and run (an upsert:
     * a resumed run or a recovered job never leaves two).
     */
    public void saveCouncilResult(CouncilResultRow row) {
        update(
                "save the audit result of " + row.councilId(),
                config.isPostgres() ? UPSERT_COUNCIL_POSTGRES : UPSERT_COUNCIL_H2,
                row.runId(),
                row.councilId(),
                row.status(),
                time(row.finished()),
                row.summaryJson(),
                row.detailJson());
    }

    /** A run's stored council results, by council id; only the councils finished so far. */
    public List<CouncilResultRow> councilResults(String runId) {
        String sql = "SELECT run_id, council_id, status, finished_at, summary, detail FROM council_result"
                + " WHERE run_id = ? ORDER BY council_id";
        List<CouncilResultRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(councilResult(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot read the council results of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * One council's stored results across runs, oldest first: by the run's start, then by when the council's result
     * was saved. Only runs that have a result for the council (finished, blocked, unreachable or failed) are listed.
     */
    public List<CouncilResultRow> councilHistory(String councilId) {
        String sql = "SELECT cr.run_id, cr.council_id, cr.status, cr.finished_at, cr.summary, cr.detail"
                + " FROM council_result cr JOIN audit_run r ON r.id = cr.run_id"
                + " WHERE cr.council_id = ? ORDER BY r.started_at, cr.finished_at, cr.run_id";
        List<CouncilResultRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, councilId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(councilResult(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot read the results of council " + councilId + ": " + e.getMessage(), e);
        }
    }

    private static RunRecord runRecord(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject(4, OffsetDateTime.class);
        return new RunRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant),
                RunStatus.valueOf(rs.getString(5)),
                rs.getString(6));
    }

    private static CouncilResultRow councilResult(ResultSet rs) throws SQLException {
        return new CouncilResultRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getString(5),
                rs.getString(6));
    }

    private void update(String action, String sql, Object... parameters) {
        try {
            execute(sql, parameters);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException("cannot " + action + " in " + config.jdbcUrl() + ": " + e.getMessage(), e);
    }

    /**
     * An instant as the database keeps it: to the microsecond, truncated. Both databases would otherwise round the
     * nanoseconds, which can move a time forward, even into the next second or day.
     */
    private static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
