package wales.councilaudit.accessibility;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to dismiss a cookie banner: the consent controls to click, by CSS selector first, then by their text, in order.
 * Read from YAML by {@link ConsentStrategyLoader}.
 *
 * @param selectors CSS selectors of consent controls; none blank
 * @param buttonTexts the visible text of consent buttons or links ({@code Derbyn pob cwci}); none blank
 * @param timeout how long the banner may take to go after the click, 1 to 60 seconds
 */
public record ConsentStrategy(List<String> selectors, List<String> buttonTexts, Duration timeout) {

    public ConsentStrategy {
        selectors = List.copyOf(selectors);
        buttonTexts = List.copyOf(buttonTexts);
        Objects.requireNonNull(timeout, "timeout");
        if (selectors.isEmpty() && buttonTexts.isEmpty()) {
            throw new IllegalArgumentException("a consent strategy names at least one selector or button text");
        }
        if (selectors.stream().anyMatch(String::isBlank) || buttonTexts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a consent selector or button text cannot be blank");
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("the banner's timeout must be 1 to 60 seconds, not " + timeout);
        }
    }
}
