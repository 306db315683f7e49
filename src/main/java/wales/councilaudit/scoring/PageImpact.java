package wales.councilaudit.scoring;

import java.util.Objects;

/**
 * The worst axe-core impact found on one page.
 *
 * @param page the page's address, as the report shows it
 * @param worst the most severe impact among the page's violations; {@code NONE} when it had none
 */
public record PageImpact(String page, Impact worst) {

    public PageImpact {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(worst, "worst");
    }
}
