package wales.councilaudit.accessibility;

import java.util.Objects;

/**
 * Whether a page's first tab stops include a skip link (a link to a fragment of the same page) and whether following
 * it moves the keyboard user past what it skips.
 */
public sealed interface SkipLink permits SkipLink.Missing, SkipLink.Works, SkipLink.Broken {

    /** None of the first {@value KeyboardProbe#SKIP_LINK_STOPS} tab stops is a link to a fragment of the page. */
    record Missing() implements SkipLink {}

    /**
     * Following the link and pressing Tab put focus in or after its target.
     *
     * @param selector the link's CSS selector
     * @param fragment its target, {@code #main-content}
     */
    record Works(String selector, String fragment) implements SkipLink {
        public Works {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(fragment, "fragment");
        }
    }

    /**
     * The link exists but does not work.
     *
     * @param selector the link's CSS selector
     * @param html the link's markup
     * @param reason why, in one sentence
     */
    record Broken(String selector, String html, String reason) implements SkipLink {
        public Broken {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
