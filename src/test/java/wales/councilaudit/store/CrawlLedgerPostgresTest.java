package wales.councilaudit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The crawl ledger's contract on the real PostgreSQL server (see {@link PostgresTestDatabase} for where it is and
 * what happens when it does not answer), in a schema of its own, {@code ca_test_<random>}, which the store's
 * migrations create and which is dropped afterwards.
 */
@ExtendWith(PostgresTestDatabase.class)
class CrawlLedgerPostgresTest extends CrawlLedgerContract {

    private static final String SCHEMA =
            "ca_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @AfterAll
    static void dropSchema() throws SQLException {
        if (!PostgresTestDatabase.reachable()) {
            return;
        }
        try (Connection c = PostgresTestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    protected StoreConfig storeConfig() {
        return new StoreConfig(
                PostgresTestDatabase.URL,
                PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD,
                Optional.of(SCHEMA));
    }
}
