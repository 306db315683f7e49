package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the links of a parsed page: its outlinks with their text, its {@code hreflang} alternates and its
 * canonical URL. Targets are resolved by {@link PageUrls}. Stateless and thread-safe.
 */
final class PageLinks {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Parsed once: jsoup parses a query string on every {@code select} call. */
    private static final Evaluator WITH_HREF = QueryParser.parse("a[href], area[href], link[href]");

    private PageLinks() {}

    /**
     * The page's outlinks as {@link PageFacts#outlinks()} describes them.
     *
     * @param page the page's own URL, without a fragment: links to it are left out
     */
    static List<PageLink> outlinks(Document doc, URI page) {
        return outlinks(withHref(doc), page);
    }

    /**
     * The page's elements that carry a link, {@code a}, {@code area} and {@code link} with an {@code href}, in
     * document order: one pass over the document, which every reader here then filters, instead of a pass each.
     */
    static Elements withHref(Document doc) {
        return doc.select(WITH_HREF);
    }

    /** {@link #outlinks(Document, URI)} of the elements {@link #withHref(Document)} found. */
    static List<PageLink> outlinks(Elements withHref, URI page) {
        Map<URI, PageLink> links = new LinkedHashMap<>();
        for (Element element : withHref) {
            if (isOutlink(element) && !PageUrls.isFragmentOnly(element, "href")) {
                PageUrls.resolve(element, "href")
                        .filter(url -> !url.equals(page))
                        .ifPresent(url -> links.putIfAbsent(url, new PageLink(url, text(element))));
            }
        }
        return new ArrayList<>(links.values());
    }

    /** The {@code hreflang} alternates as {@link PageFacts#hreflang()} describes them. */
    static Map<String, URI> hreflang(Document doc) {
        return hreflang(withHref(doc));
    }

    /** {@link #hreflang(Document)} of the elements {@link #withHref(Document)} found. */
    static Map<String, URI> hreflang(Elements withHref) {
        Map<String, URI> alternates = new LinkedHashMap<>();
        for (Element element : withHref) {
            if (!element.hasAttr("hreflang") || element.normalName().equals("area")) {
                continue;
            }
            if (element.tagName().equals("a") || hasRel(element, "alternate")) {
                String language = element.attr("hreflang").strip().toLowerCase(Locale.ROOT);
                if (!language.isEmpty()) {
                    PageUrls.resolve(element, "href").ifPresent(url -> alternates.putIfAbsent(language, url));
                }
            }
        }
        return alternates;
    }

    /** The first {@code <link rel="canonical">} with a web URL. */
    static Optional<URI> canonical(Document doc) {
        return canonical(withHref(doc));
    }

    /** {@link #canonical(Document)} of the elements {@link #withHref(Document)} found. */
    static Optional<URI> canonical(Elements withHref) {
        for (Element element : withHref) {
            if (element.normalName().equals("link") && element.hasAttr("rel") && hasRel(element, "canonical")) {
                Optional<URI> url = PageUrls.resolve(element, "href");
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the element's {@code rel} lists {@code token} (rel values are space-separated, any case). */
    static boolean hasRel(Element element, String token) {
        for (String rel : element.attr("rel").toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (rel.equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutlink(Element element) {
        if (!element.tagName().equals("link")) {
            return true;
        }
        return hasRel(element, "alternate") && !hasRel(element, "stylesheet") && !hasRel(element, "icon");
    }

    /**
     * The text a person reads for a link, as {@link PageLink#text()} describes it. Each fallback is only read when
     * the ones before it are blank: most links have text, and the image search costs a selector pass.
     */
    static String text(Element element) {
        switch (element.tagName()) {
            case "a":
                String text = collapse(element.text());
                if (text.isEmpty()) {
                    text = collapse(element.attr("aria-label"));
                }
                if (text.isEmpty()) {
                    text = collapse(String.join(" ", element.select("img[alt]").eachAttr("alt")));
                }
                return text.isEmpty() ? collapse(element.attr("title")) : text;
            case "area":
                String alt = collapse(element.attr("alt"));
                if (alt.isEmpty()) {
                    alt = collapse(element.attr("aria-label"));
                }
                return alt.isEmpty() ? collapse(element.attr("title")) : alt;
            default:
                return collapse(element.attr("title"));
        }
    }

    /** White space (the non-breaking space included) collapsed to single spaces, and trimmed. */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        return WHITE_SPACE.matcher(text.replace('\u00A0', ' ').strip()).replaceAll(" ");
    }

    /** Whether the text has nothing to collapse: no white space but single spaces between words. */
    private static boolean isCollapsed(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < n && text.charAt(i + 1) == ' ' : c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
