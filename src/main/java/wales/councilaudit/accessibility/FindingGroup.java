package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The findings of a council that share a {@link Fingerprint} and a certainty: one fault, perhaps in a template.
 *
 * @param fingerprint what they share
 * @param certainty violation or review
 * @param example the first finding seen, for its help text, impact, criteria, selector and snippet
 * @param pages the distinct pages it was found on, in the order first seen; not empty
 * @param occurrences how many findings the group holds (pages × profiles × views × elements), at least the pages
 */
public record FindingGroup(
        Fingerprint fingerprint, Certainty certainty, Finding example, List<URI> pages, int occurrences) {

    public FindingGroup {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(example, "example");
        pages = pages.stream().distinct().toList();
        if (pages.isEmpty() || occurrences < pages.size()) {
            throw new IllegalArgumentException("a group holds at least one finding per page it names");
        }
    }

    /** Whether the fault is on more than one page: fix the template once, not on each page. */
    public boolean templateLevel() {
        return pages.size() > 1;
    }
}
