package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one response says about itself, read from its bytes by {@link PageAnalyser}: nothing here was fetched.
 * Immutable and thread-safe. For content that is not HTML only {@code url}, {@code contentType} and {@code format}
 * say anything: it has no charset, an empty title and language, and no links or twins.
 *
 * @param url the URL the body came from (after redirects), absolute {@code http} or {@code https}, no fragment
 * @param contentType the declared media type, lower case without parameters (for example {@code text/html}), or
 *     an empty string when the response declared none
 * @param format what the content is, from the declared type or, when none was declared, from its first bytes
 * @param charset for HTML, the charset the body was decoded with and how it was decided; empty otherwise
 * @param title the {@code <title>}'s text, white space collapsed and trimmed; empty when there is none
 * @param lang the {@code lang} attribute of {@code <html>}, trimmed, as written; empty when missing
 * @param canonical the first {@code <link rel="canonical">}'s target, resolved
 * @param outlinks the distinct targets of {@code a[href]}, {@code area[href]} and {@code link[rel=alternate][href]}
 *     (not alternate stylesheets or icons), in document order, each with the text of its first occurrence;
 *     resolved against {@code <base href>} when the page has one. Only http(s) targets; links to a place in the
 *     page itself ({@code href="#..."}) and to the page's own URL are left out
 * @param hreflang the alternates a page declares, language (lower case, as written: {@code cy}, {@code en-gb},
 *     {@code x-default}) to target, from {@code link[rel=alternate][hreflang]} and {@code a[hreflang]}, the first
 *     for each language in document order
 * @param twins the candidates for the page's twin in the other language ({@link #twinLanguage()}), best first: at
 *     most one {@link PageTwin.Method#HREFLANG}, then at most one {@link PageTwin.Method#TOGGLE}, then the {@link
 *     PageTwin.Method#PATH_CONVENTION} guesses; two methods may give the same URL (they agree)
 */
public record PageFacts(
        URI url,
        String contentType,
        PageFormat format,
        Optional<CharsetDecision> charset,
        String title,
        String lang,
        Optional<URI> canonical,
        List<PageLink> outlinks,
        Map<String, URI> hreflang,
        List<PageTwin> twins) {

    public PageFacts {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(canonical, "canonical");
        outlinks = List.copyOf(outlinks);
        hreflang = Collections.unmodifiableMap(new LinkedHashMap<>(hreflang));
        twins = List.copyOf(twins);
        if (!isWebUrl(url)) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        if ((format == PageFormat.HTML) != charset.isPresent()) {
            throw new IllegalArgumentException("a charset is decided for HTML, and only for HTML: " + format);
        }
        String other = twinLanguageOf(lang);
        if (twins.stream().anyMatch(t -> !t.language().equals(other))) {
            throw new IllegalArgumentException("a page with lang '" + lang + "' has twins in " + other + " only");
        }
        hreflang.forEach((language, target) -> {
            if (language.isEmpty() || !language.equals(language.toLowerCase(Locale.ROOT)) || !isWebUrl(target)) {
                throw new IllegalArgumentException("not an hreflang alternate: " + language + " " + target);
            }
        });
    }

    /** The facts of content that is not HTML: only its address, type and format. */
    public static PageFacts notHtml(URI url, String contentType, PageFormat format) {
        if (format == PageFormat.HTML) {
            throw new IllegalArgumentException("HTML has facts of its own");
        }
        return new PageFacts(
                url, contentType, format, Optional.empty(), "", "", Optional.empty(), List.of(), Map.of(), List.of());
    }

    /** Whether the page says it is in Welsh: its {@code lang} starts with {@code cy}, in any case. */
    public boolean isWelsh() {
        return lang.toLowerCase(Locale.ROOT).startsWith(PageTwin.WELSH);
    }

    /** The language of the twin looked for: {@code en} for a Welsh page, else {@code cy}. */
    public String twinLanguage() {
        return twinLanguageOf(lang);
    }

    /** The best candidate for the page's Welsh version; empty for a Welsh page, or when nothing suggests one. */
    public Optional<PageTwin> welshTwin() {
        return isWelsh() ? Optional.empty() : twins.stream().findFirst();
    }

    /** For a Welsh page, the best candidate for its English version; empty for any other page. */
    public Optional<PageTwin> englishTwin() {
        return isWelsh() ? twins.stream().findFirst() : Optional.empty();
    }

    /** The first twin candidate found by {@code method}. */
    public Optional<PageTwin> twin(PageTwin.Method method) {
        return twins.stream().filter(t -> t.method() == method).findFirst();
    }

    /** The language of the twin of a page in {@code lang}: {@code en} when it starts with {@code cy}, else {@code cy}. */
    static String twinLanguageOf(String lang) {
        return lang.toLowerCase(Locale.ROOT).startsWith(PageTwin.WELSH) ? PageTwin.ENGLISH : PageTwin.WELSH;
    }

    /** Whether {@code url} is absolute, {@code http} or {@code https}, with a host. */
    static boolean isWebUrl(URI url) {
        String scheme = url.getScheme();
        return url.isAbsolute()
                && url.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
