package wales.councilaudit.sandbox.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Components;
import wales.councilaudit.scoring.Overall;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRulesLoader;
import wales.councilaudit.scoring.TaskScore;

/**
 * The answers a correct audit of Sandbox Wales gives: per council, the domain status, the answer to every
 * scoring question, the component scores and the overall star, computed from the profiles with the same scoring
 * rules the audit uses, and what a crawl finds ({@link CrawlAnswer}). Councils that block us or cannot be reached
 * have no scores, as the audit must record.
 *
 * @param schema {@value #SCHEMA}
 * @param rules the scoring rules profile used
 * @param samplePages the pages per site the facts are counted on (see {@link ExpectedFacts})
 * @param councils one entry per simulated council, in registry order
 */
public record AnswerKey(String schema, String rules, int samplePages, List<CouncilAnswer> councils) {

    public static final String SCHEMA = "council-audit/sandbox-answers/v1";

    /**
     * One council's expected result.
     *
     * @param status {@code AUDITED}, {@code BLOCKED} or {@code UNREACHABLE}
     * @param tasks present when audited
     * @param crawl what a crawl finds: present when audited, and when blocked (a refusal and nothing else); empty
     *     when unreachable (every answer 503, or a redirect loop), where a crawl finds nothing at all
     */
    public record CouncilAnswer(
            String council,
            String style,
            DomainStatus domain,
            String status,
            Optional<List<TaskScore>> tasks,
            Optional<ComponentScore> tools,
            Optional<ComponentScore> mobile,
            Optional<ComponentScore> accessibility,
            Optional<Components> components,
            Optional<Overall> overall,
            Optional<CrawlAnswer> crawl) {}

    public AnswerKey {
        councils = List.copyOf(councils);
    }

    /** The answer key of a running sandbox, under the bundled {@code annex-b} rules. */
    public static AnswerKey of(SandboxWales sandbox) {
        List<SiteContext> sites = new ArrayList<>();
        sandbox.registry()
                .councils()
                .forEach(c -> sites.add(sandbox.site(c.id()).context()));
        return of(sites);
    }

    /**
     * The answer key of the sandbox {@link SandboxWales#start} serves for the councils of {@code real}, without
     * serving it: the key does not depend on the port.
     */
    public static AnswerKey of(Registry real) {
        return of(SandboxWales.plan(real, 0));
    }

    private static AnswerKey of(List<SiteContext> sites) {
        Scorer scorer = new Scorer(ScoringRulesLoader.bundled());
        List<CouncilAnswer> answers = new ArrayList<>();
        for (SiteContext site : sites) {
            answers.add(answer(site, scorer));
        }
        return new AnswerKey(SCHEMA, ScoringRulesLoader.DEFAULT_PROFILE, ExpectedFacts.SAMPLE_PAGES, answers);
    }

    /** One council's answer, by its registry id. */
    public Optional<CouncilAnswer> council(String id) {
        return councils.stream().filter(c -> c.council().equals(id)).findFirst();
    }

    private static CouncilAnswer answer(SiteContext site, Scorer scorer) {
        CouncilProfile profile = site.profile();
        Optional<CrawlAnswer> crawl = ExpectedCrawl.of(site);
        DomainStatus domain = profile.domain().expectedStatus();
        String style = profile.style().name();
        if (!domain.reached()) {
            return new CouncilAnswer(
                    profile.council(),
                    style,
                    domain,
                    domain.name(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    crawl);
        }
        List<TaskScore> tasks = new ArrayList<>();
        for (String id : CouncilProfile.TASKS) {
            tasks.add(scorer.task(id, ExpectedFacts.taskAnswers(profile, id)));
        }
        ComponentScore tools = scorer.tools(ExpectedFacts.tools(profile));
        ComponentScore mobile = scorer.mobile(ExpectedFacts.mobile(profile));
        ComponentScore accessibility = scorer.accessibility(ExpectedFacts.accessibility(profile));
        Components components = Components.of(tasks, tools, mobile, accessibility);
        Overall overall = scorer.overall(components, tasks.size());
        return new CouncilAnswer(
                profile.council(),
                style,
                domain,
                "AUDITED",
                Optional.of(tasks),
                Optional.of(tools),
                Optional.of(mobile),
                Optional.of(accessibility),
                Optional.of(components),
                Optional.of(overall),
                crawl);
    }
}
