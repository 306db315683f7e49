package wales.councilaudit.crawl;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character set a page was decoded with, and why.
 *
 * @param charset the charset the body was decoded with
 * @param source how it was decided
 * @param label the declaration as written: the header's or the {@code <meta>}'s charset label (for example {@code
 *     ISO-8859-1}, which browsers and we read as windows-1252), the byte order mark in hex for {@link
 *     CharsetSource#BOM}, or an empty string for the two defaults
 * @param malformed whether some bytes were not valid in {@code charset} and were decoded as U+FFFD: the page's
 *     declaration is wrong, or its bytes are damaged
 */
public record CharsetDecision(Charset charset, CharsetSource source, String label, boolean malformed) {

    public CharsetDecision {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
        boolean isDefault = source == CharsetSource.DEFAULT || source == CharsetSource.LEGACY_FALLBACK;
        if (isDefault != label.isEmpty()) {
            throw new IllegalArgumentException(
                    "a label is given exactly when something was declared: " + source + " with '" + label + "'");
        }
    }
}
