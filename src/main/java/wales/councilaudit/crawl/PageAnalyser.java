package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads what a crawler needs from one response's bytes: for HTML, the charset, title, language, canonical URL,
 * outlinks, {@code hreflang} alternates and the candidates for the page's Welsh (or English) twin; for anything
 * else, only its type. Pure: it never fetches, and it parses each body once (the charset is decided from the
 * bytes first, by {@link CharsetSniffer}, then jsoup parses the decoded text). Bad markup never throws: jsoup
 * parses anything as browsers do. jsoup's types stay inside this package. Stateless and thread-safe.
 */
public final class PageAnalyser {

    private PageAnalyser() {}

    /**
     * The facts of one response.
     *
     * @param url the URL the body came from, after redirects: absolute {@code http} or {@code https}; relative links
     *     are resolved against it (or against the page's {@code <base href>}); a fragment is ignored
     * @param contentTypeHeader the response's {@code Content-Type} header as received, or an empty string when it
     *     had none (the format is then sniffed from the body)
     * @param body the body as received (the caller bounds its size); not modified
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static PageFacts analyse(URI url, String contentTypeHeader, byte[] body) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentTypeHeader, "contentTypeHeader");
        Objects.requireNonNull(body, "body");
        URI page = withoutFragment(url);
        PageContentType type = PageContentType.parse(contentTypeHeader);
        PageFormat format = PageFormat.of(type.mediaType(), body);
        if (format != PageFormat.HTML) {
            return PageFacts.notHtml(page, type.mediaType(), format);
        }
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(type.charset(), body);
        Document doc = Jsoup.parse(decoded.text(), page.toASCIIString());
        String lang = lang(doc);
        Elements withHref = PageLinks.withHref(doc);
        List<PageLink> outlinks = PageLinks.outlinks(withHref, page);
        String twinLanguage = PageFacts.twinLanguageOf(lang);
        return new PageFacts(
                page,
                type.mediaType(),
                format,
                Optional.of(decoded.decision()),
                doc.title().strip(),
                lang,
                PageLinks.canonical(withHref),
                outlinks,
                PageLinks.hreflang(withHref),
                WelshTwinFinder.find(withHref, page, twinLanguage, outlinks));
    }

    /** The {@code lang} attribute of {@code <html>}, trimmed; empty when missing. */
    private static String lang(Document doc) {
        Element html = doc.selectFirst("html");
        return html == null ? "" : html.attr("lang").strip();
    }

    private static URI withoutFragment(URI url) {
        if (!PageFacts.isWebUrl(url)) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        if (url.getRawFragment() == null) {
            return url;
        }
        String s = url.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }
}
