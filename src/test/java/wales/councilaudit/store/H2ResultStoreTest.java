package wales.councilaudit.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on the embedded H2 default, a new database file for every test. */
class H2ResultStoreTest extends ResultStoreContract {

    @TempDir
    Path resultsDir;

    @Override
    protected StoreConfig storeConfig() {
        return StoreConfig.embedded(resultsDir);
    }
}
