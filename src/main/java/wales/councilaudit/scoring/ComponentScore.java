package wales.councilaudit.scoring;

import java.util.List;

/**
 * The score of one site-wide component (tools for accessing content, mobile or accessibility) and why.
 *
 * @param score the component's score: tools 1 to 4, mobile 0 to 4, accessibility 0 to 3
 * @param checks the yes/no checks the score was computed from, with their evidence, in a fixed order
 * @param why the sentences that decided the score, the deciding rule first, then the checks that failed
 */
public record ComponentScore(int score, List<QuestionAnswer> checks, List<String> why) {

    public ComponentScore {
        checks = List.copyOf(checks);
        why = List.copyOf(why);
        if (score < 0 || score > 4) {
            throw new IllegalArgumentException("a component scores from 0 to 4, not " + score);
        }
    }
}
