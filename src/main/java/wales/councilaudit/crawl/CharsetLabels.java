package wales.councilaudit.crawl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a charset label the way browsers do (WHATWG Encoding, "get an encoding"): labels are trimmed and compared
 * without case, the many names of UTF-8 are UTF-8, and ISO-8859-1, Latin-1 and US-ASCII all mean windows-1252 (so
 * bytes 0x80 to 0x9F are '€', '‘', '’' ... rather than control characters). Other labels are looked up in the JDK.
 * Stateless and thread-safe.
 */
final class CharsetLabels {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Set<String> UTF_8 =
            Set.of("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8");

    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "windows-1252",
            "cp1252",
            "x-cp1252",
            "iso-8859-1",
            "iso8859-1",
            "iso88591",
            "iso_8859-1",
            "iso_8859-1:1987",
            "iso-ir-100",
            "csisolatin1",
            "latin1",
            "l1",
            "cp819",
            "ibm819",
            "ascii",
            "us-ascii",
            "ansi_x3.4-1968");

    private CharsetLabels() {}

    /** The charset a label names, or empty when it names none this JDK supports. */
    static Optional<Charset> lookup(String label) {
        String name = unquote(label).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (UTF_8.contains(name)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (WINDOWS_1252_LABELS.contains(name)) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /**
     * The charset a {@code <meta>} label names. A page whose bytes can be read as ASCII to find its {@code <meta>}
     * is not UTF-16, so a UTF-16 label means UTF-8, and {@code x-user-defined} means windows-1252 (WHATWG HTML,
     * "prescan a byte stream").
     */
    static Optional<Charset> lookupMeta(String label) {
        return lookup(label).map(charset -> {
            String name = charset.name();
            if (name.startsWith("UTF-16")) {
                return StandardCharsets.UTF_8;
            }
            return name.equalsIgnoreCase("x-user-defined") ? WINDOWS_1252 : charset;
        });
    }

    /** The label without surrounding white space and quotes. */
    static String unquote(String label) {
        String s = label.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
