package wales.councilaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The HTML report's strings in one language, from {@code report_<lang>.properties} (UTF-8) beside this class. A
 * string with arguments is a {@link MessageFormat} pattern; one without is used as written. Immutable, thread-safe.
 */
public final class Messages {

    /** The languages the report is written in, English first. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "cy");

    private final String lang;
    private final Map<String, String> strings;

    private Messages(String lang, Map<String, String> strings) {
        this.lang = lang;
        this.strings = strings;
    }

    /** The bundle of {@code lang} ({@code en} or {@code cy}). */
    public static Messages of(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("the report is in English (en) and Welsh (cy), not " + lang);
        }
        String resource = "report_" + lang + ".properties";
        try (InputStream in = Objects.requireNonNull(Messages.class.getResourceAsStream(resource), resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> strings = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> strings.put(k, p.getProperty(k)));
            return new Messages(lang, Map.copyOf(strings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + resource, e);
        }
    }

    public String lang() {
        return lang;
    }

    /** Every key and its string, as written. */
    public Map<String, String> all() {
        return strings;
    }

    /**
     * The string of {@code key}, formatted with {@code args}.
     *
     * @throws IllegalArgumentException when the bundle has no such key (a bug: both bundles hold every key)
     */
    public String get(String key, Object... args) {
        String pattern = strings.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("report_" + lang + ".properties has no " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The string of {@code key}, when the bundle has it: for labels of ids that come from data. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }
}
