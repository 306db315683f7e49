package wales.councilaudit.accessibility;

import java.util.Objects;

/** What the consent strategy did to a page's cookie banner. */
public sealed interface BannerOutcome
        permits BannerOutcome.NoBanner, BannerOutcome.Dismissed, BannerOutcome.StillShown {

    /** No control the strategy names was visible: no banner, or one the strategy does not know. */
    record NoBanner() implements BannerOutcome {}

    /**
     * A control was clicked and went away within the timeout.
     *
     * @param how which of the strategy's entries matched ({@code button text "Derbyn pob cwci"})
     */
    record Dismissed(String how) implements BannerOutcome {
        public Dismissed {
            Objects.requireNonNull(how, "how");
        }
    }

    /**
     * A control was clicked but was still visible after the timeout, or could not be clicked.
     *
     * @param how which of the strategy's entries matched
     * @param reason what happened, one sentence
     */
    record StillShown(String how, String reason) implements BannerOutcome {
        public StillShown {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
