package wales.councilaudit.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.scoring.Answer;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Components;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.QuestionAnswer;

/**
 * What changed for one council between two runs: its status and stars, the components that moved, the questions
 * whose answers flipped, and the accessibility findings new and fixed (by template fingerprint and certainty). What
 * {@code council-audit diff} prints and the dashboard shows after a re-test. Pure; immutable.
 *
 * @param council the council's id
 * @param fromRun the earlier run's id
 * @param toRun the later run's id
 * @param statusFrom its status in the earlier run
 * @param statusTo its status in the later run
 * @param starsFrom its overall star in the earlier run, when scored
 * @param starsTo its overall star in the later run, when scored
 * @param components the components whose scores differ (both runs scored)
 * @param flipped the questions answered differently, tasks first in the later run's order, then tools, mobile and
 *     accessibility checks
 * @param newFindings findings in the later run with a fingerprint the earlier did not have
 * @param fixedFindings findings of the earlier run whose fingerprint is gone
 */
public record CouncilDiff(
        String council,
        String fromRun,
        String toRun,
        CouncilStatus statusFrom,
        CouncilStatus statusTo,
        Optional<Integer> starsFrom,
        Optional<Integer> starsTo,
        List<ComponentChange> components,
        List<AnswerFlip> flipped,
        List<FindingChange> newFindings,
        List<FindingChange> fixedFindings) {

    public CouncilDiff {
        Objects.requireNonNull(council, "council");
        components = List.copyOf(components);
        flipped = List.copyOf(flipped);
        newFindings = List.copyOf(newFindings);
        fixedFindings = List.copyOf(fixedFindings);
    }

    /** A component whose score moved. */
    public record ComponentChange(String component, int from, int to) {}

    /**
     * A question answered differently.
     *
     * @param scope the task's id, or {@code tools}, {@code mobile}, {@code accessibility}
     * @param evidence the later run's evidence
     */
    public record AnswerFlip(String scope, String question, Answer from, Answer to, String evidence) {}

    /** A distinct finding that appeared or went. */
    public record FindingChange(
            String fingerprint, String rule, Certainty certainty, Impact impact, String selector, int pages) {

        static FindingChange of(FindingGroup g) {
            return new FindingChange(
                    g.fingerprint().id(),
                    g.example().rule(),
                    g.certainty(),
                    g.example().impact(),
                    g.example().selector(),
                    g.pages().size());
        }
    }

    /** The change from {@code from} (with its evidence) to {@code to}; both must be the same council. */
    public static CouncilDiff of(
            String fromRun,
            CouncilSummary from,
            CouncilDetail fromDetail,
            String toRun,
            CouncilSummary to,
            CouncilDetail toDetail) {
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("a diff compares one council: " + from.id() + " and " + to.id());
        }
        List<ComponentChange> components = new ArrayList<>();
        if (from.components().isPresent() && to.components().isPresent()) {
            Components a = from.components().get();
            Components b = to.components().get();
            change(components, "tasks", a.tasks(), b.tasks());
            change(components, "tools", a.tools(), b.tools());
            change(components, "mobile", a.mobile(), b.mobile());
            change(components, "accessibility", a.accessibility(), b.accessibility());
        }
        List<AnswerFlip> flipped = new ArrayList<>();
        Map<String, TaskSummary> before = from.tasks().stream()
                .collect(Collectors.toMap(TaskSummary::id, t -> t, (x, y) -> x, LinkedHashMap::new));
        for (TaskSummary task : to.tasks()) {
            Optional.ofNullable(before.get(task.id()))
                    .ifPresent(old -> flips(flipped, task.id(), old.answers(), task.answers()));
        }
        checks(flipped, "tools", from.tools(), to.tools());
        checks(flipped, "mobile", from.mobile(), to.mobile());
        checks(flipped, "accessibility", from.accessibility(), to.accessibility());
        Set<String> oldKeys = keys(fromDetail.findings());
        Set<String> newKeys = keys(toDetail.findings());
        return new CouncilDiff(
                to.id(),
                fromRun,
                toRun,
                from.status(),
                to.status(),
                from.overall(),
                to.overall(),
                components,
                flipped,
                toDetail.findings().stream()
                        .filter(g -> !oldKeys.contains(key(g)))
                        .map(FindingChange::of)
                        .toList(),
                fromDetail.findings().stream()
                        .filter(g -> !newKeys.contains(key(g)))
                        .map(FindingChange::of)
                        .toList());
    }

    /** Whether anything changed at all. */
    public boolean unchanged() {
        return statusFrom == statusTo
                && starsFrom.equals(starsTo)
                && components.isEmpty()
                && flipped.isEmpty()
                && newFindings.isEmpty()
                && fixedFindings.isEmpty();
    }

    /** The diff for a terminal; text from sites has its control characters replaced. */
    public void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s: %s -> %s (run %s -> %s)%n",
                council,
                state(statusFrom, starsFrom),
                state(statusTo, starsTo),
                fromRun,
                toRun);
        if (!components.isEmpty()) {
            out.println("Components: "
                    + components.stream()
                            .map(c -> c.component() + " " + c.from() + " -> " + c.to())
                            .collect(Collectors.joining(", ")));
        }
        out.printf(Locale.ROOT, "Answers flipped: %d%n", flipped.size());
        for (AnswerFlip f : flipped) {
            out.printf(
                    Locale.ROOT,
                    "  %s/%s: %s -> %s%s%n",
                    f.scope(),
                    f.question(),
                    f.from(),
                    f.to(),
                    f.evidence().isEmpty() ? "" : " (" + Cells.printable(f.evidence()) + ")");
        }
        findings(out, "New findings", newFindings);
        findings(out, "Fixed findings", fixedFindings);
        out.flush();
    }

    private static void findings(PrintWriter out, String title, List<FindingChange> list) {
        out.printf(Locale.ROOT, "%s: %d%n", title, list.size());
        for (FindingChange f : list) {
            out.printf(
                    Locale.ROOT,
                    "  %s %-6s %-8s %-22s %3d page(s)  %s%n",
                    f.fingerprint(),
                    f.certainty() == Certainty.VIOLATION ? "FAIL" : "REVIEW",
                    f.impact().label(),
                    Cells.printable(f.rule()),
                    f.pages(),
                    Cells.printable(f.selector()));
        }
    }

    private static String state(CouncilStatus status, Optional<Integer> stars) {
        return stars.map(s -> s + (s == 1 ? " star" : " stars")).orElse(status.name());
    }

    private static void change(List<ComponentChange> list, String name, int from, int to) {
        if (from != to) {
            list.add(new ComponentChange(name, from, to));
        }
    }

    private static void checks(
            List<AnswerFlip> flipped, String scope, Optional<ComponentScore> from, Optional<ComponentScore> to) {
        if (from.isPresent() && to.isPresent()) {
            flips(flipped, scope, from.get().checks(), to.get().checks());
        }
    }

    private static void flips(
            List<AnswerFlip> flipped, String scope, List<QuestionAnswer> from, List<QuestionAnswer> to) {
        Map<String, QuestionAnswer> before = new LinkedHashMap<>();
        from.forEach(q -> before.putIfAbsent(q.questionId(), q));
        for (QuestionAnswer q : to) {
            QuestionAnswer old = before.get(q.questionId());
            if (old != null && old.answer() != q.answer()) {
                flipped.add(new AnswerFlip(scope, q.questionId(), old.answer(), q.answer(), q.evidence()));
            }
        }
    }

    private static Set<String> keys(List<FindingGroup> groups) {
        return groups.stream().map(CouncilDiff::key).collect(Collectors.toSet());
    }

    private static String key(FindingGroup g) {
        return g.fingerprint().id() + "/" + g.certainty();
    }
}
