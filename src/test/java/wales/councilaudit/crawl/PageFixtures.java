package wales.councilaudit.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** The HTML fixtures under {@code src/test/resources/crawl/pages/}, as the bytes a server would send. */
final class PageFixtures {

    private PageFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = PageFixtures.class.getResourceAsStream("/crawl/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts of a fixture served as {@code text/html; charset=utf-8} from {@code url}. */
    static PageFacts analyse(String url, String name) {
        return PageAnalyser.analyse(URI.create(url), "text/html; charset=utf-8", bytes(name));
    }
}
