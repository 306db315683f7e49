package wales.councilaudit.store;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The crawl ledger's contract on H2 in a schema of its own, which the migrations create. */
class CrawlLedgerH2SchemaTest extends CrawlLedgerContract {

    @TempDir
    Path resultsDir;

    @Override
    protected StoreConfig storeConfig() {
        return new StoreConfig(
                "jdbc:h2:file:" + resultsDir.resolve("council-audit").toAbsolutePath(),
                "sa",
                "",
                Optional.of("ca_test_crawl"));
    }
}
