package wales.councilaudit.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Counting and describing answered checks, the same way for tasks and components. */
final class Checks {

    private Checks() {}

    static int yes(List<QuestionAnswer> answers) {
        return (int) answers.stream().filter(a -> a.answer() == Answer.YES).count();
    }

    /** The answers that count towards a share: yes or no. */
    static int applicable(List<QuestionAnswer> answers) {
        return (int) answers.stream().filter(QuestionAnswer::applicable).count();
    }

    /**
     * One line per question answered no ("failed: 'id' (evidence)"), except those in {@code alreadyNamed}, then one
     * line naming the not-applicable questions, when there are any.
     */
    static List<String> failedAndLeftOut(List<QuestionAnswer> answers, List<QuestionAnswer> alreadyNamed) {
        List<String> lines = new ArrayList<>();
        for (QuestionAnswer a : answers) {
            if (a.answer() == Answer.NO && !alreadyNamed.contains(a)) {
                lines.add("failed: " + a.described());
            }
        }
        List<QuestionAnswer> leftOut = answers.stream()
                .filter(a -> a.answer() == Answer.NOT_APPLICABLE)
                .toList();
        if (!leftOut.isEmpty()) {
            lines.add("not applicable, left out: " + described(leftOut));
        }
        return lines;
    }

    /** "'a' (evidence); 'b'". */
    static String described(List<QuestionAnswer> answers) {
        return answers.stream().map(QuestionAnswer::described).collect(Collectors.joining("; "));
    }

    /**
     * Rates {@code checks} through {@code bands}: the rated sentence first, then the failed and not-applicable
     * checks.
     *
     * @param what what the share counts, plural ("mobile checks passed")
     */
    static ComponentScore rate(ShareBands bands, List<QuestionAnswer> checks, String what) {
        ShareBands.Rated rated = bands.rate(yes(checks), applicable(checks), what);
        List<String> why = new ArrayList<>();
        why.add(rated.why());
        why.addAll(failedAndLeftOut(checks, List.of()));
        return new ComponentScore(rated.stars(), checks, why);
    }
}
