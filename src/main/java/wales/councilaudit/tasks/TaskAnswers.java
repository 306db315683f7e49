package wales.councilaudit.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.scoring.Answer;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.tasks.JourneyFindings.Online;

/**
 * A top task's question answers from its journeys (definitions in {@code docs/tasks-stage.md}). The findability,
 * transaction and accessibility questions are answered by the primary journey (desktop, English); {@code
 * mobile-journey} by the English journey on a mobile profile; {@code welsh} by the Welsh journey on a desktop
 * profile with the primary journey's language toggle. A question whose journey was not run is not applicable.
 * Pure.
 */
final class TaskAnswers {

    /** The question ids, in the order of the answer key and the report. */
    static final List<String> QUESTIONS = List.of(
            "navigation",
            "site-search",
            "a-to-z",
            "landing-page-link",
            "online",
            "accessible-form",
            "mobile-journey",
            "welsh",
            "no-broken-step");

    private TaskAnswers() {}

    static Optional<Journey> find(List<Journey> journeys, Set<String> mobile, boolean onMobile, Lang lang) {
        Optional<Journey> exact = journeys.stream()
                .filter(j -> j.lang() == lang && mobile.contains(j.profile()) == onMobile)
                .findFirst();
        return exact;
    }

    /** The primary journey: desktop English, else any English, else the first. */
    static Optional<Journey> primary(List<Journey> journeys, Set<String> mobile) {
        return find(journeys, mobile, false, Lang.EN)
                .or(() -> journeys.stream().filter(j -> j.lang() == Lang.EN).findFirst())
                .or(() -> journeys.stream().findFirst());
    }

    static boolean online(Online online) {
        return online == Online.FORM || online == Online.START_LINK;
    }

    /** Whether a journey reached its goal: the task page, and an online way when the primary found one. */
    static boolean working(Journey journey, Journey primary) {
        return journey.outcome() == Journey.Outcome.REACHED
                && (!online(primary.findings().online())
                        || online(journey.findings().online()));
    }

    static List<QuestionAnswer> answers(TaskScript script, List<Journey> journeys, Set<String> mobile) {
        List<QuestionAnswer> answers = new ArrayList<>();
        Optional<Journey> first = primary(journeys, mobile);
        if (first.isEmpty()) {
            for (String q : QUESTIONS) {
                answers.add(new QuestionAnswer(q, Answer.NOT_APPLICABLE, q.equals("online"), "no journey was run"));
            }
            return answers;
        }
        Journey p = first.get();
        JourneyFindings f = p.findings();
        String failed = p.outcome() == Journey.Outcome.FAILED
                ? " (the journey failed: " + p.failure().orElse("") + ")"
                : "";
        boolean nav = f.clicks().isPresent() && f.clicks().get() <= script.maxClicks();
        answers.add(QuestionAnswer.check(
                "navigation",
                nav,
                f.clicks().map(c -> c + " clicks from the home page").orElse("not found by navigation") + failed));
        switch (f.search()) {
            case IN_TOP_FIVE:
                answers.add(QuestionAnswer.check("site-search", true, "in the top five"));
                break;
            case NO_SEARCH:
                answers.add(QuestionAnswer.check("site-search", false, "the site has no search"));
                break;
            default:
                answers.add(QuestionAnswer.check("site-search", false, "not in the top five" + failed));
        }
        switch (f.atoz()) {
            case NO_ATOZ:
                answers.add(QuestionAnswer.of("a-to-z", Answer.NOT_APPLICABLE, "the site has no A–Z"));
                break;
            case LISTED:
                answers.add(QuestionAnswer.check("a-to-z", true, "listed"));
                break;
            default:
                answers.add(QuestionAnswer.check("a-to-z", false, "not listed" + failed));
        }
        answers.add(QuestionAnswer.check(
                "landing-page-link",
                f.landingLink(),
                f.landingLink() ? "linked from the landing page" : "not linked straight from a landing page"));
        boolean online = online(f.online());
        answers.add(QuestionAnswer.essential(
                "online",
                online ? Answer.YES : Answer.NO,
                online
                        ? f.online().name().toLowerCase().replace('_', ' ') + " on "
                                + f.onlineHost().orElse("")
                        : "no online way found" + failed));
        boolean accessible = p.outcome() == Journey.Outcome.REACHED
                && f.scanned()
                && f.worstImpact().compareTo(Impact.SERIOUS) < 0;
        answers.add(QuestionAnswer.check(
                "accessible-form",
                accessible,
                f.scanned() ? "worst axe-core violation " + f.worstImpact().label() : "not examined" + failed));
        Optional<Journey> phone = find(journeys, mobile, true, Lang.EN);
        answers.add(phone.map(m -> QuestionAnswer.check(
                        "mobile-journey",
                        working(m, p),
                        working(m, p) ? "works on " + m.profile() : describe(m) + " on " + m.profile()))
                .orElseGet(() -> QuestionAnswer.of("mobile-journey", Answer.NOT_APPLICABLE, "not tried on a phone")));
        Optional<Journey> welsh =
                find(journeys, mobile, false, Lang.CY).or(() -> find(journeys, mobile, true, Lang.CY));
        answers.add(welsh.map(w -> welsh(p, w))
                .orElseGet(() -> QuestionAnswer.of("welsh", Answer.NOT_APPLICABLE, "not tried in Welsh")));
        boolean clean = p.outcome() == Journey.Outcome.REACHED && !f.brokenStep();
        answers.add(QuestionAnswer.check(
                "no-broken-step",
                clean,
                clean
                        ? ""
                        : (f.brokenStep() ? "a step answered 4xx/5xx" : "the journey did not reach the task")
                                + failed));
        return answers;
    }

    private static QuestionAnswer welsh(Journey english, Journey welsh) {
        if (!working(welsh, english)) {
            return QuestionAnswer.check("welsh", false, "the Welsh journey: " + describe(welsh));
        }
        Optional<String> twin = english.findings().twin().map(TaskAnswers::key);
        Optional<String> page = welsh.findings().taskPage().map(TaskAnswers::key);
        if (twin.isEmpty() || !twin.equals(page)) {
            return QuestionAnswer.check(
                    "welsh", false, "the English task page's language link does not lead to the Welsh task page");
        }
        return QuestionAnswer.check("welsh", true, "the Welsh journey reached " + page.get());
    }

    private static String describe(Journey j) {
        switch (j.outcome()) {
            case FAILED:
                return "failed: " + j.failure().orElse("");
            case NOT_FOUND:
                return "the task page was not found";
            default:
                return "the online way is "
                        + j.findings().online().name().toLowerCase().replace('_', ' ');
        }
    }

    private static String key(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 ? url.substring(0, hash) : url;
    }
}
