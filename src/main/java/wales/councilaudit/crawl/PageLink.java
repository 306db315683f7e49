package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A link out of a page.
 *
 * @param url where it goes: absolute {@code http} or {@code https}, without a fragment, not normalised further
 * @param text what a person reads for it, white space collapsed: an anchor's text, else its {@code aria-label},
 *     its images' {@code alt} texts or its {@code title}; an image map area's {@code alt}; a {@code link}'s {@code
 *     title}. May be empty
 */
public record PageLink(URI url, String text) {

    public PageLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        if (!PageFacts.isWebUrl(url) || url.getRawFragment() != null) {
            throw new IllegalArgumentException("not an absolute http(s) URL without a fragment: " + url);
        }
    }
}
