package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A candidate for the other-language version of a page: its Welsh twin when the page is English (or says nothing
 * of its language), its English twin when the page is Welsh. Only a candidate: whether it answers 200 with the
 * right {@code lang} and is the same page (for instance, whether its own twin leads back here, or whether it is
 * merely the other language's home page) is for the crawler to find out by fetching it.
 *
 * @param language the twin's language: {@code cy} or {@code en}
 * @param url the candidate: absolute {@code http} or {@code https}, without a fragment
 * @param method how it was found
 * @param raw the candidate as found: the {@code href} exactly as written in the page ({@link Method#HREFLANG},
 *     {@link Method#TOGGLE}), or the page's own path and query rewritten ({@link Method#PATH_CONVENTION})
 * @param evidence what was read, for people: {@code link rel="alternate" hreflang="cy"}, {@code a "Cymraeg"
 *     hreflang="cy"}, or the rule applied, such as {@code /ENG/ -> /CYM/}
 */
public record PageTwin(String language, URI url, Method method, String raw, String evidence) {

    /** Welsh. */
    public static final String WELSH = "cy";

    /** English. */
    public static final String ENGLISH = "en";

    /** How a twin was found, from the most to the least trustworthy. */
    public enum Method {
        /** A {@code <link rel="alternate" hreflang>} in the page naming the twin's language. */
        HREFLANG,
        /**
         * A language toggle: a link whose text is "Cymraeg" (for the Welsh twin) or "English" (for the English one),
         * without regard to case, or whose {@code lang} or {@code hreflang} names the twin's language. The Welsh
         * Language Standards ask for this visible link, so its presence matters even when {@link #HREFLANG} agrees.
         */
        TOGGLE,
        /** The site's address convention applied to the page's own URL ({@code /en/} to {@code /cy/} and so on). */
        PATH_CONVENTION
    }

    public PageTwin {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(evidence, "evidence");
        if (!language.equals(WELSH) && !language.equals(ENGLISH)) {
            throw new IllegalArgumentException("a twin is Welsh (cy) or English (en), not " + language);
        }
        if (!PageFacts.isWebUrl(url) || url.getRawFragment() != null) {
            throw new IllegalArgumentException("not an absolute http(s) URL without a fragment: " + url);
        }
    }
}
