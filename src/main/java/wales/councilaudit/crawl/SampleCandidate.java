package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * One page the crawl met, as {@link SampleSelector} sees it: the few facts the sample is chosen by. Immutable.
 *
 * @param url the page's URL after redirects, normalised ({@link UrlNormaliser}); absolute {@code http} or {@code
 *     https}. Unique among the candidates of one selection
 * @param title the {@code <title>}'s text ({@link PageFacts#title()}); empty when there is none or the page was not
 *     HTML
 * @param lang the {@code lang} attribute of {@code <html>}, as written ({@link PageFacts#lang()}); empty when missing.
 *     It does not make a page more or less eligible (both languages' pages are candidates); it only says whether
 *     Welsh mutated word forms may match (see {@link SampleVocabulary})
 * @param depth the clicks from the home page on the shortest path the crawl found; 0 for the home page
 * @param inLinks how many distinct crawled pages link to it (a page's links to itself not counted)
 * @param status the final HTTP status, or {@link #NOT_FETCHED}; otherwise 100 to 599
 * @param html whether the content is an HTML page ({@link PageFormat#HTML})
 */
public record SampleCandidate(URI url, String title, String lang, int depth, int inLinks, int status, boolean html) {

    /** The status of a page the crawl found but did not fetch. */
    public static final int NOT_FETCHED = 0;

    /** @throws IllegalArgumentException for a URL that is not absolute http(s), a negative count, a status out of range */
    public SampleCandidate {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(url, "url");
        if (!PageFacts.isWebUrl(url)) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        if (depth < 0 || inLinks < 0) {
            throw new IllegalArgumentException("depth and in-links are not negative: " + depth + ", " + inLinks);
        }
        if (status != NOT_FETCHED && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    /**
     * A candidate from a page's facts.
     *
     * @param status the final HTTP status of the fetch that gave {@code facts}
     */
    public static SampleCandidate of(PageFacts facts, int status, int depth, int inLinks) {
        return new SampleCandidate(
                facts.url(), facts.title(), facts.lang(), depth, inLinks, status, facts.format() == PageFormat.HTML);
    }

    /** Whether the page may be in a sample: it answered 200 and is HTML. */
    public boolean eligible() {
        return status == 200 && html;
    }
}
