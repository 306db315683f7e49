package wales.councilaudit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import wales.councilaudit.report.Messages;

/**
 * The dashboard's strings in one language: the report's {@link Messages} and the dashboard's own ({@code
 * dashboard_<lang>.properties} beside this class). As in the report, a string with arguments is a {@link
 * MessageFormat} pattern and one without is used as written. Immutable, thread-safe.
 */
final class DashboardText {

    private final Messages report;
    private final Map<String, String> all;

    private DashboardText(Messages report, Map<String, String> all) {
        this.report = report;
        this.all = all;
    }

    /** The strings of {@code lang}, {@code en} or {@code cy}. */
    static DashboardText of(String lang) {
        Messages report = Messages.of(lang);
        Map<String, String> all = new TreeMap<>(report.all());
        all.putAll(own(lang));
        return new DashboardText(report, Map.copyOf(all));
    }

    /** The dashboard's own strings of {@code lang}, without the report's. */
    static Map<String, String> own(String lang) {
        String resource = "dashboard_" + lang + ".properties";
        try (InputStream in = Objects.requireNonNull(DashboardText.class.getResourceAsStream(resource), resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> strings = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> strings.put(k, p.getProperty(k)));
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + resource, e);
        }
    }

    Messages report() {
        return report;
    }

    String lang() {
        return report.lang();
    }

    /** Every key and its string, as written (what the templates and the page's script read). */
    Map<String, String> all() {
        return all;
    }

    /** The string of {@code key}, formatted with {@code args}; a key in neither bundle is a bug. */
    String get(String key, Object... args) {
        String pattern = all.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no dashboard or report string " + key + " in " + lang());
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, report.locale()).format(args);
    }
}
