package wales.councilaudit.schedule;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.quartz.utils.ConnectionProvider;
import wales.councilaudit.store.StoreConfig;

/**
 * Quartz's connections to the results store's database: a pool of its own (Quartz holds a connection per worker
 * thread and per housekeeping thread, more than the store's small pool), on the same URL, user and schema.
 */
final class StoreConnections implements ConnectionProvider {

    /**
     * How long a session waits for a row lock. H2's default is one second, too short for clustered Quartz, whose
     * nodes queue on the same lock row while one of them acquires triggers.
     */
    private static final Duration H2_LOCK_TIMEOUT = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;

    StoreConnections(StoreConfig config, int size) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
            hikari.setPassword(config.password());
        }
        config.schema().ifPresent(hikari::setSchema);
        if (!config.isPostgres()) {
            hikari.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT.toMillis());
        }
        hikari.setMaximumPoolSize(size);
        hikari.setPoolName("council-audit-schedule");
        hikari.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        // Quartz commits and rolls back itself (JobStoreTX).
        hikari.setAutoCommit(false);
        this.dataSource = new HikariDataSource(hikari);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        dataSource.close();
    }

    @Override
    public void initialize() {
        // the pool started in the constructor
    }
}
