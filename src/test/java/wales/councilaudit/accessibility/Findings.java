package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.List;
import wales.councilaudit.scoring.Impact;

/** Findings for unit tests. */
final class Findings {

    private Findings() {}

    static Finding axe(String page, String rule, Impact impact, String selector, String html, String... criteria) {
        return new Finding(
                URI.create(page),
                "desktop",
                View.PAGE,
                Source.AXE,
                Certainty.VIOLATION,
                rule,
                impact,
                List.of(criteria),
                "help",
                "https://dequeuniversity.com/rules/axe/4.11/" + rule,
                selector,
                html);
    }

    static Finding probe(String page, String rule, Certainty certainty) {
        return new Finding(
                URI.create(page),
                "desktop",
                View.PAGE,
                Source.KEYBOARD_PROBE,
                certainty,
                rule,
                Impact.CRITICAL,
                List.of("2.1.2"),
                "help",
                "",
                "#x",
                "<input id=x>");
    }
}
