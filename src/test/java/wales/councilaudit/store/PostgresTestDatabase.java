package wales.councilaudit.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the integration tests use, from the system properties {@code pg.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code pg.user} (default {@code postgres}) and
 * {@code pg.password} (default empty).
 *
 * <p>As an extension ({@code @ExtendWith(PostgresTestDatabase.class)}) it is the one place that decides what
 * happens when the server does not answer: before each test, and before the test class's own set-up, the test is
 * skipped, unless {@code pg.required} is {@code true} (as in CI), when it fails. Each test is reported skipped with
 * the reason (a class-level skip would show as no tests at all).
 */
public final class PostgresTestDatabase implements BeforeEachCallback {

    public static final String URL = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("pg.user", "postgres");
    public static final String PASSWORD = System.getProperty("pg.password", "");

    /** Why the server did not answer, found once; empty when it did. */
    private static Optional<String> unreachable;

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<String> problem = probe();
        if (problem.isEmpty()) {
            return;
        }
        if (Boolean.parseBoolean(System.getProperty("pg.required", "false"))) {
            fail(problem.get() + " (and -Dpg.required=true)");
        }
        Assumptions.abort(problem.get() + " (skipped; -Dpg.required=true makes this a failure)");
    }

    /** Whether the server answered. */
    public static boolean reachable() {
        return probe().isEmpty();
    }

    private static synchronized Optional<String> probe() {
        if (unreachable == null) {
            try {
                connect().close();
                unreachable = Optional.empty();
            } catch (SQLException e) {
                unreachable = Optional.of(
                        "PostgreSQL does not answer at " + URL + " as user '" + USER + "': " + e.getMessage());
            }
        }
        return unreachable;
    }

    /** A plain connection, for setting up, looking behind the store and cleaning up. */
    public static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(URL, properties);
    }
}
