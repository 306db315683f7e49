package wales.councilaudit.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.Screenshot;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.QuestionAnswer;

/**
 * The model of one council's page in one language: every value the template shows, as text (escaped by the
 * template), site addresses as {@link SafeLink}s, labels from the language's {@link Messages}. Text the audit recorded
 * in English (evidence, reasons, journey steps) is put into the page's language by {@link Phrases} where its catalogue
 * knows the sentence, and otherwise shown as it is and marked {@code lang="en"}.
 */
final class CouncilPage {

    private final Messages t;
    private final Phrases p;
    private final ReportAssets assets;
    private final String root;

    CouncilPage(Messages t, ReportAssets assets, String root) {
        this.t = t;
        this.p = Phrases.of(t.lang()).withQuestions(id -> Optional.of(questionLabel(id)));
        this.assets = assets;
        this.root = root;
    }

    Map<String, Object> model(LeagueTable.Row row, CouncilDetail detail) throws IOException {
        CouncilSummary c = row.council();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.lang().equals("cy") ? c.nameCy() : c.name());
        m.put("status", t.get("status." + c.status().name()));
        m.put("scored", c.overall().isPresent());
        m.put("stars", c.overall().map(s -> t.get("stars.of", s)).orElse(""));
        m.put("starGlyphs", c.overall().map(IndexPage::glyphs).orElse(""));
        m.put("trend", IndexPage.trend(row, t));
        m.put("whyHeading", t.get("council.why.heading", c.overall().orElse(0)));
        m.put("overallWhy", p.say(c.overallWhy()));
        m.put(
                "notScored",
                t.get("council.notscored", t.get("status." + c.status().name())));
        m.put("reason", p.say(c.reason()));
        m.put("components", components(c));
        m.put("tasks", tasks(c, detail));
        m.put(
                "findingCounts",
                t.get(
                        "council.a11y.counts",
                        c.findings().total(),
                        c.findings().distinct(),
                        c.findings().violations()));
        m.put("findingRules", findingRules(detail.findings()));
        m.put("mobilePages", mobile(c.id(), detail.mobile()));
        m.put("hasDomain", c.domain().isPresent());
        m.put("domain", c.domain().map(this::domain).orElse(Map.of()));
        m.put(
                "welsh",
                c.welsh()
                        .map(w -> t.get(
                                "council.welsh.coverage",
                                w.verified(),
                                w.englishPages(),
                                String.format(Locale.ROOT, "%.0f%%", w.coverage() * 100)))
                        .orElse(t.get("council.welsh.none")));
        m.put("hasCrawl", detail.crawl().isPresent());
        m.put("crawl", detail.crawl().map(CouncilPage::crawl).orElse(Map.of()));
        m.put("notScanned", detail.notScanned());
        return m;
    }

    private List<Map<String, Object>> components(CouncilSummary c) {
        List<Map<String, Object>> list = new ArrayList<>();
        c.components().ifPresent(x -> {
            list.add(component(
                    t.get("col.tasks"),
                    t.get("score.of", x.tasks(), 4 * Math.max(1, c.tasks().size())),
                    List.of(),
                    Optional.empty()));
            list.add(component(t.get("col.tools"), t.get("score.of", x.tools(), 4), List.of(), c.tools()));
            list.add(component(t.get("col.mobile"), t.get("score.of", x.mobile(), 4), List.of(), c.mobile()));
            list.add(component(
                    t.get("col.accessibility"), t.get("score.of", x.accessibility(), 3), List.of(), c.accessibility()));
        });
        return list;
    }

    private Map<String, Object> component(
            String label, String score, List<String> why, Optional<ComponentScore> detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("score", score);
        m.put("why", p.say(detail.map(ComponentScore::why).orElse(why)));
        m.put("checks", detail.map(d -> answers(d.checks())).orElse(List.of()));
        return m;
    }

    private List<Map<String, Object>> tasks(CouncilSummary c, CouncilDetail detail) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TaskSummary task : c.tasks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", task.id().replaceAll("[^A-Za-z0-9-]", "-"));
            m.put("label", t.find("task." + task.id()).orElse(task.id()));
            m.put("stars", t.get("stars.of", task.stars()));
            m.put("why", p.say(task.why()));
            m.put("answers", answers(task.answers()));
            List<Map<String, Object>> journeys = new ArrayList<>();
            for (JourneyEvidence j : detail.journeys()) {
                if (j.taskId().equals(task.id())) {
                    journeys.add(journey(c.id(), j));
                }
            }
            m.put("journeys", journeys);
            list.add(m);
        }
        return list;
    }

    private List<Map<String, Object>> answers(List<QuestionAnswer> answers) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (QuestionAnswer q : answers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", questionLabel(q.questionId()));
            m.put("essential", q.essential());
            m.put("answer", t.get("answer." + q.answer().name()));
            m.put("css", q.answer().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("evidence", p.say(q.evidence()));
            list.add(m);
        }
        return list;
    }

    private Phrases phrases() {
        return p;
    }

    /**
     * What a step matched: one of the audit's own phrases ("result 1: …"), said in the page's language, or the text of
     * the council's page (a link, a heading), which is in the journey's language and marked so when the report's
     * differs.
     */
    private Phrases.Said matched(String text, String journeyLang) {
        if (Phrases.of("cy").translate(text).isPresent()) {
            return p.say(text);
        }
        return new Phrases.Said(text, journeyLang.equals(t.lang()) ? "" : journeyLang);
    }

    /** {@code site-search} from the bundle; {@code council-tax/search} as the lookup's and the question's labels. */
    String questionLabel(String id) {
        int slash = id.indexOf('/');
        if (slash > 0) {
            String lookup = id.substring(0, slash);
            String question = id.substring(slash + 1);
            return t.find("lookup." + lookup).orElse(lookup) + ": "
                    + t.find("q." + question).orElse(question);
        }
        return t.find("q." + id).orElse(id);
    }

    private Map<String, Object> journey(String council, JourneyEvidence j) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "summary",
                t.get(
                        "council.journey.summary",
                        j.profile(),
                        j.lang(),
                        j.method(),
                        t.get(j.succeeded() ? "council.journey.ok" : "council.journey.failed")));
        m.put("outcome", p.say(j.outcome()));
        List<Map<String, Object>> steps = new ArrayList<>();
        int n = 1;
        for (JourneyEvidence.Step s : j.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("number", n);
            step.put("action", p.say(s.action()));
            step.put("matched", matched(s.matched(), j.lang()));
            step.put("page", SafeLink.of(s.url()));
            step.put("failed", s.failure().isPresent());
            step.put("failure", p.say(s.failure().orElse("")));
            Optional<String> shot = s.screenshot().isPresent()
                    ? assets.screenshot(
                            council, java.nio.file.Path.of(s.screenshot().get()))
                    : Optional.empty();
            step.put("hasShot", shot.isPresent());
            step.put("shotMissing", s.screenshot().isPresent() && shot.isEmpty());
            step.put("shot", shot.map(p -> root + p).orElse(""));
            step.put("shotAlt", t.get("council.screenshot.alt", n));
            steps.add(step);
            n++;
        }
        m.put("steps", steps);
        return m;
    }

    /** Groups by rule (violations first, then by the worst impact), each with its fingerprints. */
    private List<Map<String, Object>> findingRules(List<FindingGroup> groups) {
        Map<String, List<FindingGroup>> byRule = new LinkedHashMap<>();
        groups.stream()
                .sorted(java.util.Comparator.comparing((FindingGroup g) -> g.certainty())
                        .thenComparing(g -> g.example().impact(), java.util.Comparator.reverseOrder()))
                .forEach(g -> byRule.computeIfAbsent(g.example().rule(), r -> new ArrayList<>())
                        .add(g));
        List<Map<String, Object>> list = new ArrayList<>();
        byRule.forEach((rule, members) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", rule);
            m.put("help", members.get(0).example().help());
            m.put("groups", members.stream().map(this::group).toList());
            list.add(m);
        });
        return list;
    }

    private Map<String, Object> group(FindingGroup g) {
        Finding f = g.example();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", g.fingerprint().id());
        m.put("certainty", t.get("certainty." + g.certainty().name()));
        m.put("violation", g.certainty() == Certainty.VIOLATION);
        m.put("impact", t.get("impact." + f.impact().name()));
        m.put("selector", f.selector());
        m.put("html", f.html());
        m.put("wcag", f.criteria().isEmpty() ? t.get("council.a11y.bestpractice") : String.join(", ", f.criteria()));
        m.put("help", SafeLink.of(f.helpUrl()));
        m.put("occurrences", g.occurrences());
        m.put("pagesLabel", t.get("council.a11y.pages", g.pages().size()));
        m.put("pages", g.pages().stream().map(SafeLink::of).toList());
        return m;
    }

    private List<Map<String, Object>> mobile(String council, List<MobilePage> pages) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (MobilePage p : pages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", SafeLink.of(p.page()));
            m.put("viewport", p.viewport().evidence());
            m.put("overflow", phrases().say(p.overflow().evidence()));
            m.put("legible", String.format(Locale.ROOT, "%.0f%%", p.legibleTextShare() * 100));
            Optional<String> shot = p.screenshot() instanceof Screenshot.Saved saved
                    ? assets.screenshot(council, saved.file())
                    : Optional.empty();
            m.put("hasShot", shot.isPresent());
            m.put("shot", shot.map(s -> root + s).orElse(""));
            list.add(m);
        }
        return list;
    }

    private Map<String, Object> domain(DomainResult d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", t.get("domain." + d.status().name()));
        m.put("reason", p.say(d.reason()));
        m.put(
                "tls",
                d.tls()
                        .map(c -> c.valid()
                                ? t.get(
                                        "council.domain.tls.valid",
                                        c.notAfter().toString().substring(0, 10),
                                        c.daysToExpiry())
                                : t.get("council.domain.tls.invalid"))
                        .orElse("—"));
        m.put("hsts", d.hsts().orElse(t.get("council.domain.hsts.none")));
        m.put(
                "chain",
                d.chain().stream()
                        .map(h -> Map.of("url", SafeLink.of(h.url()), "status", h.status(), "location", h.location()))
                        .toList());
        return m;
    }

    private static Map<String, Object> crawl(CrawlSummary c) {
        return Map.of(
                "fetched",
                c.fetched(),
                "broken",
                c.brokenLinks(),
                "pdfs",
                c.pdfs().count());
    }
}
