package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One page of a council's sample, for the browser stage. Immutable.
 *
 * @param url the page's URL, as the crawl recorded it (the home page: as given to {@link SampleSelector})
 * @param rank its place in the sample, from 1 (the home page): the order {@link SampleSelector} picked it in, so a
 *     smaller sample would have kept the pages of lower rank
 * @param reasons every reason that applies to the page, never empty: first the one it was picked for, then the
 *     others in the order of {@link SampleReason.Kind} (tasks in the vocabulary's order)
 */
public record SamplePage(URI url, int rank, List<SampleReason> reasons) {

    public SamplePage {
        Objects.requireNonNull(url, "url");
        reasons = List.copyOf(reasons);
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a sample page has a reason: " + url);
        }
    }

    /** The reason the page was picked for: the first. */
    public SampleReason pickedFor() {
        return reasons.get(0);
    }

    /** Whether any of its reasons is of {@code kind}. */
    public boolean has(SampleReason.Kind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }
}
