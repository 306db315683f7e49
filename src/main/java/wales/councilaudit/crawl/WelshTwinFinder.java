package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the candidates for a page's twin in the other language (see {@link PageFacts#twins()}): the first {@code
 * hreflang} alternate in that language, the first language toggle, then the site's path convention ({@link
 * WelshPathConvention}). A link to the page itself is never a candidate (a language menu often links the current
 * language too). Stateless and thread-safe.
 */
final class WelshTwinFinder {

    /** How much of a toggle's text its evidence quotes, in characters. */
    private static final int EVIDENCE_TEXT = 60;

    private WelshTwinFinder() {}

    /**
     * The candidates, best first.
     *
     * @param page the page's URL, without a fragment
     * @param language the twin's language, {@link PageTwin#WELSH} or {@link PageTwin#ENGLISH}
     * @param outlinks the page's outlinks (a hint for the path convention)
     */
    static List<PageTwin> find(Document doc, URI page, String language, List<PageLink> outlinks) {
        return find(PageLinks.withHref(doc), page, language, outlinks);
    }

    /** {@link #find(Document, URI, String, List)} of the elements {@link PageLinks#withHref} found. */
    static List<PageTwin> find(Elements withHref, URI page, String language, List<PageLink> outlinks) {
        List<PageTwin> twins = new ArrayList<>();
        hreflang(withHref, page, language).ifPresent(twins::add);
        toggle(withHref, page, language).ifPresent(twins::add);
        twins.addAll(WelshPathConvention.candidates(page, language, outlinks));
        return twins;
    }

    private static Optional<PageTwin> hreflang(Elements withHref, URI page, String language) {
        for (Element link : withHref) {
            if (!link.normalName().equals("link") || !link.hasAttr("hreflang")) {
                continue;
            }
            if (PageLinks.hasRel(link, "alternate") && names(link.attr("hreflang"), language)) {
                Optional<URI> url = target(link, page);
                if (url.isPresent()) {
                    String evidence =
                            "link rel=\"" + link.attr("rel") + "\" hreflang=\"" + link.attr("hreflang") + "\"";
                    return Optional.of(
                            new PageTwin(language, url.get(), PageTwin.Method.HREFLANG, link.attr("href"), evidence));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PageTwin> toggle(Elements withHref, URI page, String language) {
        String name = language.equals(PageTwin.WELSH) ? "Cymraeg" : "English";
        for (Element a : withHref) {
            if (!a.normalName().equals("a")) {
                continue;
            }
            String text = PageLinks.collapse(a.text());
            boolean isToggle = text.equalsIgnoreCase(name)
                    || names(a.attr("lang"), language)
                    || names(a.attr("hreflang"), language);
            if (isToggle) {
                Optional<URI> url = target(a, page);
                if (url.isPresent()) {
                    return Optional.of(new PageTwin(
                            language, url.get(), PageTwin.Method.TOGGLE, a.attr("href"), evidence(a, text)));
                }
            }
        }
        return Optional.empty();
    }

    /** The link's target, unless it stays on the page itself. */
    private static Optional<URI> target(Element link, URI page) {
        if (PageUrls.isFragmentOnly(link, "href")) {
            return Optional.empty();
        }
        return PageUrls.resolve(link, "href").filter(url -> !url.equals(page));
    }

    /** Whether a language tag names {@code language}: {@code cy}, {@code cy-GB}, in any case. */
    static boolean names(String tag, String language) {
        String code = tag.strip().toLowerCase(Locale.ROOT);
        return code.equals(language) || code.startsWith(language + "-");
    }

    private static String evidence(Element a, String text) {
        String shown = text.length() <= EVIDENCE_TEXT ? text : text.substring(0, EVIDENCE_TEXT) + "…";
        StringBuilder evidence = new StringBuilder("a \"").append(shown).append('"');
        for (String attribute : new String[] {"hreflang", "lang"}) {
            if (a.hasAttr(attribute)) {
                evidence.append(' ')
                        .append(attribute)
                        .append("=\"")
                        .append(a.attr(attribute))
                        .append('"');
            }
        }
        return evidence.toString();
    }
}
