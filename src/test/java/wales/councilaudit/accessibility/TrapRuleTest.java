package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapRuleTest {

    /**
     * @param walk the stops, space-separated: a letter is an element, {@code .} the document, {@code f} a frame whose
     *     focus cannot be seen, {@code d} an element inside a dialog
     */
    @ParameterizedTest(name = "{0} with {1} unreached: {2}")
    @CsvSource({
        "a,         5, GoOn",
        "a a,       5, GoOn",
        "a a a,     5, Trapped",
        "a a a,     0, WentRound", // the page has only one stop
        "a b c a b c a, 3, Trapped",
        "a b c d a b c d a, 3, WentRound", // four elements is a page, not a widget
        "a b . a b . a, 3, WentRound", // through the document: focus left the page and came back
        "a b c .,   0, WentRound",
        ".,         5, GoOn",
        ". .,       0, WentRound", // nothing focusable at all
        "f f f f,   2, GoOn", // inside a cross-origin frame: unknown
        "a f a f a, 2, WentRound",
        "d e d e d, 4, Trapped",
    })
    void judgesTheWalkSoFar(String walk, int unreached, String expected) {
        List<FocusStop> stops = new ArrayList<>();
        for (String s : walk.trim().split(" +")) {
            stops.add(
                    switch (s) {
                        case "." -> FocusStop.DOCUMENT;
                        case "f" -> new FocusStop(FocusStop.Kind.FRAME, "iframe", "<iframe>", false, Optional.empty());
                        default ->
                            new FocusStop(
                                    FocusStop.Kind.ELEMENT,
                                    "#" + s,
                                    "<a id=" + s + ">",
                                    s.equals("d") || s.equals("e"),
                                    Optional.of(true));
                    });
        }
        Verdict verdict = TrapRule.judge(stops, unreached);
        assertThat(verdict.getClass().getSimpleName()).isEqualTo(expected);
        if (verdict instanceof Verdict.Trapped trapped) {
            assertThat(trapped.trap().inDialog()).isEqualTo(walk.startsWith("d"));
            assertThat(trapped.trap().unreached()).isEqualTo(unreached);
        }
    }
}
