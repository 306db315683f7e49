package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the links of a parsed page: its outlinks with their text, its {@code hreflang} alternates and its
 * canonical URL. Targets are resolved by {@link PageUrls}. Stateless and thread-safe.
 */
final class PageLinks {

    private PageLinks() {}

    /**
     * The page's outlinks as {@link PageFacts#outlinks()} describes them.
     *
     * @param page the page's own URL, without a fragment: links to it are left out
     */
    static List<PageLink> outlinks(Document doc, URI page) {
        Map<URI, PageLink> links = new LinkedHashMap<>();
        for (Element element : doc.select("a[href], area[href], link[href]")) {
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
        Map<String, URI> alternates = new LinkedHashMap<>();
        for (Element element : doc.select("link[hreflang][href], a[hreflang][href]")) {
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
        for (Element element : doc.select("link[rel][href]")) {
            if (hasRel(element, "canonical")) {
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

    /** The text a person reads for a link, as {@link PageLink#text()} describes it. */
    static String text(Element element) {
        switch (element.tagName()) {
            case "a":
                return firstNonBlank(
                        element.text(),
                        element.attr("aria-label"),
                        String.join(" ", element.select("img[alt]").eachAttr("alt")),
                        element.attr("title"));
            case "area":
                return firstNonBlank(element.attr("alt"), element.attr("aria-label"), element.attr("title"));
            default:
                return collapse(element.attr("title"));
        }
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            String collapsed = collapse(text);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return "";
    }

    /** White space (the non-breaking space included) collapsed to single spaces, and trimmed. */
    static String collapse(String text) {
        return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }
}
