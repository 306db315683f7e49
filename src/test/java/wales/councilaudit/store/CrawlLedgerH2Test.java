package wales.councilaudit.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The crawl ledger's contract on the embedded H2 default, a new database file for every test. */
class CrawlLedgerH2Test extends CrawlLedgerContract {

    @TempDir
    Path resultsDir;

    @Override
    protected StoreConfig storeConfig() {
        return StoreConfig.embedded(resultsDir);
    }
}
