package wales.councilaudit.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.Discovery;
import wales.councilaudit.crawl.PageFormat;
import wales.councilaudit.crawl.PageRecord;
import wales.councilaudit.crawl.PageTwin;
import wales.councilaudit.crawl.QueuedUrl;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.crawl.SampleReason;
import wales.councilaudit.crawl.StoredPage;
import wales.councilaudit.crawl.UrlKey;
import wales.councilaudit.crawl.UrlSource;
import wales.councilaudit.crawl.UrlState;
import wales.councilaudit.net.FailureKind;

/**
 * A council's crawl ledger in the results store's {@code crawl_*} tables (see {@code V2__crawl.sql}). Each commit
 * is one transaction; URLs met are upserted (H2: {@code MERGE ... USING}, PostgreSQL: {@code ON CONFLICT}), adding
 * in-links and the first referrers to a known URL without changing where it stands.
 */
final class JdbcCrawlLedger implements CrawlLedger {

    /** The most characters of referrers kept per URL: a few URLs, space-separated. */
    private static final int REFERRERS_CHARS = 4000;

    /** Rows read per query when walking the whole ledger. */
    private static final int PAGE_ROWS = 1000;

    private static final String COLUMNS =
            "run_id, council_id, url_key, seq, url, depth, source, state, reason," + " in_links, referrers, attempts";

    private static final String UPSERT_POSTGRES = "INSERT INTO crawl_url (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
            + " ON CONFLICT (run_id, council_id, url_key) DO UPDATE SET"
            + " in_links = crawl_url.in_links + EXCLUDED.in_links,"
            + " referrers = CASE WHEN EXCLUDED.referrers = '' THEN crawl_url.referrers"
            + " WHEN crawl_url.referrers = '' THEN EXCLUDED.referrers"
            + " WHEN LENGTH(crawl_url.referrers) + LENGTH(EXCLUDED.referrers) < " + REFERRERS_CHARS
            + " THEN crawl_url.referrers || ' ' || EXCLUDED.referrers ELSE crawl_url.referrers END";

    private static final String ADD_IN_LINKS = "UPDATE crawl_url SET in_links = in_links + ?,"
            + " referrers = CASE WHEN ? = '' THEN referrers WHEN referrers = '' THEN ?"
            + " WHEN LENGTH(referrers) + LENGTH(?) < " + REFERRERS_CHARS + " THEN referrers || ' ' || ?"
            + " ELSE referrers END WHERE run_id = ? AND council_id = ? AND url_key = ?";

    private static final String INSERT =
            "INSERT INTO crawl_url (" + COLUMNS + ")" + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final String RECORD_PAGE = "UPDATE crawl_url SET state = ?, reason = ?, final_url = ?,"
            + " status = ?, content_type = ?, format = ?, bytes = ?, truncated = ?, response_ms = ?, title = ?,"
            + " lang = ?, canonical = ?, outlinks = ?, outlinks_external = ?, twin_url = ?, twin_key = ?,"
            + " twin_method = ?, error_kind = ?, error_detail = ?, fetched_at = ?"
            + " WHERE run_id = ? AND council_id = ? AND url_key = ?";

    private static final String REQUEUE = "UPDATE crawl_url SET seq = ?, attempts = ?, state = 'QUEUED'"
            + " WHERE run_id = ? AND council_id = ? AND url_key = ?";

    private static final String SELECT_ALL = "SELECT u.seq, u.depth, u.source, u.in_links, u.referrers, u.attempts,"
            + " u.url, u.url_key, u.state, u.reason, u.final_url, u.status, u.content_type, u.format, u.bytes,"
            + " u.truncated, u.response_ms, u.title, u.lang, u.canonical, u.outlinks, u.outlinks_external,"
            + " u.twin_url, u.twin_method, u.error_kind, u.error_detail, u.fetched_at, t.status, t.lang, t.state,"
            + " t.twin_key"
            + " FROM crawl_url u%s LEFT JOIN crawl_url t ON t.run_id = u.run_id AND t.council_id = u.council_id"
            + " AND t.url_key = u.twin_key"
            + " WHERE u.run_id = ? AND u.council_id = ? AND u.seq > ? ORDER BY u.run_id, u.council_id, u.seq";

    private final DataSource dataSource;
    private final boolean postgres;
    private final String runId;
    private final String councilId;

    JdbcCrawlLedger(DataSource dataSource, boolean postgres, String runId, String councilId) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.runId = runId;
        this.councilId = councilId;
    }

    @Override
    public Optional<CrawlStatus> status() {
        String sql = "SELECT status FROM crawl_council WHERE run_id = ? AND council_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, councilId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CrawlStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the crawl status", e);
        }
    }

    @Override
    public Instant begin(Instant at) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Optional<Instant> started = Optional.empty();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT started_at FROM crawl_council WHERE run_id = ? AND council_id = ?")) {
                s.setString(1, runId);
                s.setString(2, councilId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        started = Optional.of(
                                rs.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            String sql = started.isPresent()
                    ? "UPDATE crawl_council SET status = 'RUNNING', finished_at = NULL, summary = NULL"
                            + " WHERE run_id = ? AND council_id = ?"
                    : "INSERT INTO crawl_council (run_id, council_id, status, started_at) VALUES (?, ?, 'RUNNING', ?)";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, runId);
                s.setString(2, councilId);
                if (started.isEmpty()) {
                    s.setObject(3, time(at));
                }
                s.executeUpdate();
            }
            c.commit();
            return started.orElse(at.truncatedTo(ChronoUnit.MICROS));
        } catch (SQLException e) {
            throw failure("start the crawl", e);
        }
    }

    @Override
    public long lastSeq() {
        String sql = "SELECT MAX(seq) FROM crawl_url WHERE run_id = ? AND council_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, councilId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long max = rs.getLong(1);
                return rs.wasNull() ? -1 : max;
            }
        } catch (SQLException e) {
            throw failure("read the frontier", e);
        }
    }

    @Override
    public void commit(List<Discovery> discovered, List<PageRecord> pages, List<QueuedUrl> requeued) {
        if (discovered.isEmpty() && pages.isEmpty() && requeued.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                upsert(c, discovered);
                record(c, pages);
                requeue(c, requeued);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("commit crawled pages", e);
        }
    }

    private void upsert(Connection c, List<Discovery> discovered) throws SQLException {
        if (discovered.isEmpty()) {
            return;
        }
        if (!postgres) {
            upsertH2(c, discovered);
            return;
        }
        try (PreparedStatement s = c.prepareStatement(UPSERT_POSTGRES)) {
            for (Discovery d : discovered) {
                s.setString(1, runId);
                s.setString(2, councilId);
                s.setString(3, d.key().hex());
                s.setLong(4, d.seq());
                s.setString(5, d.url().toString());
                s.setInt(6, d.depth());
                s.setString(7, d.source().name());
                s.setString(8, d.state().name());
                s.setString(9, cap(d.reason(), 200));
                s.setInt(10, d.inLinks());
                s.setString(11, referrers(d.referrers()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * H2's upsert: every URL's in-links added to its row where it has one (a batch of updates), then the URLs no
     * row matched inserted (a batch of inserts, skipped when every row matched, as in the in-link flush). The two
     * steps are safe because one crawl owns the council's rows, and commits made at once touch disjoint rows. In
     * {@code bench crawl} this took the same time as H2's {@code MERGE ... USING}.
     */
    private void upsertH2(Connection c, List<Discovery> discovered) throws SQLException {
        int[] updated;
        try (PreparedStatement s = c.prepareStatement(ADD_IN_LINKS)) {
            for (Discovery d : discovered) {
                String referrers = referrers(d.referrers());
                s.setInt(1, d.inLinks());
                s.setString(2, referrers);
                s.setString(3, referrers);
                s.setString(4, referrers);
                s.setString(5, referrers);
                s.setString(6, runId);
                s.setString(7, councilId);
                s.setString(8, d.key().hex());
                s.addBatch();
            }
            updated = s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            boolean any = false;
            for (int i = 0; i < discovered.size(); i++) {
                if (updated[i] > 0) {
                    continue;
                }
                Discovery d = discovered.get(i);
                s.setString(1, runId);
                s.setString(2, councilId);
                s.setString(3, d.key().hex());
                s.setLong(4, d.seq());
                s.setString(5, d.url().toString());
                s.setInt(6, d.depth());
                s.setString(7, d.source().name());
                s.setString(8, d.state().name());
                s.setString(9, cap(d.reason(), 200));
                s.setInt(10, d.inLinks());
                s.setString(11, referrers(d.referrers()));
                s.addBatch();
                any = true;
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    private void record(Connection c, List<PageRecord> pages) throws SQLException {
        if (pages.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(RECORD_PAGE)) {
            for (PageRecord p : pages) {
                int i = 0;
                s.setString(++i, p.state().name());
                s.setString(++i, cap(p.reason(), 200));
                setString(s, ++i, p.finalUrl().map(URI::toString));
                s.setInt(++i, p.status());
                s.setString(++i, cap(p.contentType(), 200));
                setString(s, ++i, p.format().map(Enum::name));
                s.setLong(++i, p.bytes());
                s.setBoolean(++i, p.truncated());
                s.setLong(++i, p.responseTime().toMillis());
                s.setString(++i, cap(p.title(), 1000));
                s.setString(++i, cap(p.lang(), 64));
                setString(s, ++i, p.canonical().map(URI::toString).map(u -> cap(u, 4096)));
                s.setInt(++i, p.outlinks());
                s.setInt(++i, p.outlinksExternal());
                setString(s, ++i, p.twin().map(t -> t.url().toString()));
                setString(s, ++i, p.twin().map(t -> UrlKey.of(t.url()).hex()));
                setString(s, ++i, p.twin().map(t -> t.method().name()));
                setString(s, ++i, p.failure().map(Enum::name));
                s.setString(++i, cap(p.failureDetail(), 1000));
                s.setObject(++i, time(p.fetchedAt()));
                s.setString(++i, runId);
                s.setString(++i, councilId);
                s.setString(++i, p.key().hex());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void requeue(Connection c, List<QueuedUrl> requeued) throws SQLException {
        if (requeued.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(REQUEUE)) {
            for (QueuedUrl q : requeued) {
                s.setLong(1, q.seq());
                s.setInt(2, q.attempts());
                s.setString(3, runId);
                s.setString(4, councilId);
                s.setString(5, q.key().hex());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public List<QueuedUrl> next(long afterSeq, int max) {
        // H2 plans this on the primary key (two equal columns) and sorts every queued row; the queue index gives
        // the rows in order, so only the first few are read. H2 reads an index in order only for an ORDER BY that
        // starts with the index's own columns, so the ORDER BY names the three held equal too (EXPLAIN ANALYZE: 257
        // rows scanned for 256, against every queued row after the cursor when ordered by seq alone).
        String sql = "SELECT url, url_key, depth, seq, attempts, source FROM crawl_url"
                + (postgres ? "" : " USE INDEX (crawl_url_queue)")
                + " WHERE run_id = ? AND council_id = ? AND state = 'QUEUED' AND seq > ?"
                + " ORDER BY run_id, council_id, state, seq"
                + " FETCH FIRST " + Math.max(1, max) + " ROWS ONLY";
        List<QueuedUrl> next = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, councilId);
            s.setLong(3, afterSeq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    next.add(new QueuedUrl(
                            URI.create(rs.getString(1)),
                            new UrlKey(rs.getString(2)),
                            rs.getInt(3),
                            rs.getLong(4),
                            rs.getInt(5),
                            UrlSource.valueOf(rs.getString(6))));
                }
            }
            return next;
        } catch (SQLException e) {
            throw failure("read the frontier", e);
        }
    }

    @Override
    public Map<UrlState, Long> stateCounts() {
        String sql = "SELECT state, COUNT(*) FROM crawl_url WHERE run_id = ? AND council_id = ? GROUP BY state";
        Map<UrlState, Long> counts = new EnumMap<>(UrlState.class);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, councilId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(UrlState.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count the frontier", e);
        }
    }

    @Override
    public long cutQueued(String reason) {
        String sql = "UPDATE crawl_url SET state = 'CUT', reason = ?"
                + " WHERE run_id = ? AND council_id = ? AND state = 'QUEUED'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, cap(reason, 200));
            s.setString(2, runId);
            s.setString(3, councilId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("cut the frontier", e);
        }
    }

    @Override
    public void forEach(Consumer<StoredPage> action) {
        long after = -1;
        while (true) {
            List<StoredPage> rows = new ArrayList<>(PAGE_ROWS);
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            // H2 would plan on the primary key and sort every later row for each page of rows;
                            // and it reads the index in order only for an ORDER BY of its leading columns (above).
                            String.format(SELECT_ALL, postgres ? "" : " USE INDEX (crawl_url_seq)") + " FETCH FIRST "
                                    + PAGE_ROWS + " ROWS ONLY")) {
                s.setString(1, runId);
                s.setString(2, councilId);
                s.setLong(3, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            } catch (SQLException e) {
                throw failure("read the crawl", e);
            }
            rows.forEach(action);
            if (rows.size() < PAGE_ROWS) {
                return;
            }
            after = rows.get(rows.size() - 1).seq();
        }
    }

    private static StoredPage row(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        int depth = rs.getInt(2);
        UrlSource source = UrlSource.valueOf(rs.getString(3));
        int inLinks = rs.getInt(4);
        List<URI> referrers = rs.getString(5).isEmpty()
                ? List.of()
                : Arrays.stream(rs.getString(5).split(" ")).map(URI::create).toList();
        int attempts = rs.getInt(6);
        URI url = URI.create(rs.getString(7));
        String lang = Optional.ofNullable(rs.getString(19)).orElse("");
        String twinMethod = rs.getString(24);
        Optional<PageTwin> twin = Optional.ofNullable(rs.getString(23))
                .map(t -> new PageTwin(
                        lang.toLowerCase(Locale.ROOT).startsWith(PageTwin.WELSH) ? PageTwin.ENGLISH : PageTwin.WELSH,
                        URI.create(t),
                        PageTwin.Method.valueOf(twinMethod),
                        "",
                        ""));
        OffsetDateTime fetchedAt = rs.getObject(27, OffsetDateTime.class);
        PageRecord record = new PageRecord(
                url,
                new UrlKey(rs.getString(8)),
                UrlState.valueOf(rs.getString(9)),
                rs.getString(10),
                Optional.ofNullable(rs.getString(11)).map(URI::create),
                rs.getInt(12),
                Optional.ofNullable(rs.getString(13)).orElse(""),
                Optional.ofNullable(rs.getString(14)).map(PageFormat::valueOf),
                rs.getLong(15),
                rs.getBoolean(16),
                Duration.ofMillis(rs.getLong(17)),
                Optional.ofNullable(rs.getString(18)).orElse(""),
                lang,
                Optional.ofNullable(rs.getString(20)).map(URI::create),
                rs.getInt(21),
                rs.getInt(22),
                twin,
                Optional.ofNullable(rs.getString(25)).map(FailureKind::valueOf),
                Optional.ofNullable(rs.getString(26)).orElse(""),
                fetchedAt == null ? Instant.EPOCH : fetchedAt.toInstant());
        Optional<StoredPage.TwinCheck> twinCheck = Optional.empty();
        String twinState = rs.getString(30);
        if (twin.isPresent() && "DONE".equals(twinState)) {
            twinCheck = Optional.of(new StoredPage.TwinCheck(
                    rs.getInt(28),
                    Optional.ofNullable(rs.getString(29)).orElse(""),
                    record.key().hex().equals(rs.getString(31))));
        }
        return new StoredPage(seq, depth, source, inLinks, referrers, attempts, record, twinCheck);
    }

    @Override
    public void finish(CrawlStatus status, Instant at, String summaryJson, List<SamplePage> sample) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete =
                            c.prepareStatement("DELETE FROM crawl_sample WHERE run_id = ? AND council_id = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO crawl_sample"
                            + " (run_id, council_id, ordinal, url, reasons) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE crawl_council SET status = ?,"
                            + " finished_at = ?, summary = ? WHERE run_id = ? AND council_id = ?")) {
                delete.setString(1, runId);
                delete.setString(2, councilId);
                delete.executeUpdate();
                int ordinal = 0;
                for (SamplePage page : sample) {
                    insert.setString(1, runId);
                    insert.setString(2, councilId);
                    insert.setInt(3, ++ordinal);
                    insert.setString(4, page.url().toString());
                    insert.setString(
                            5,
                            cap(
                                    page.reasons().stream()
                                            .map(SampleReason::text)
                                            .collect(Collectors.joining("; ")),
                                    4000));
                    insert.addBatch();
                }
                insert.executeBatch();
                update.setString(1, status.name());
                update.setObject(2, time(at));
                update.setString(3, summaryJson);
                update.setString(4, runId);
                update.setString(5, councilId);
                update.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("finish the crawl", e);
        }
    }

    @Override
    public Optional<String> summaryJson() {
        String sql = "SELECT summary FROM crawl_council WHERE run_id = ? AND council_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            s.setString(2, councilId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the crawl summary", e);
        }
    }

    private static String referrers(List<URI> referrers) {
        StringBuilder text = new StringBuilder();
        for (URI r : referrers) {
            String s = r.toString();
            if (text.length() + s.length() + 1 > REFERRERS_CHARS) {
                break;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(s);
        }
        return text.toString();
    }

    private static void setString(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private StoreException failure(String action, SQLException e) {
        return new StoreException(
                "cannot " + action + " of " + councilId + " in run " + runId + ": " + e.getMessage(), e);
    }
}
