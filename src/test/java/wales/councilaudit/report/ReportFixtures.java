package wales.councilaudit.report;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.accessibility.Fingerprint;
import wales.councilaudit.accessibility.Source;
import wales.councilaudit.accessibility.View;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.PageTwin;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.crawl.SampleReason;
import wales.councilaudit.crawl.UrlState;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.Overflow;
import wales.councilaudit.mobile.Screenshot;
import wales.councilaudit.mobile.TextSizes;
import wales.councilaudit.mobile.ViewportMeta;
import wales.councilaudit.net.Hop;
import wales.councilaudit.net.TlsCertificate;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.sandbox.answers.AnswerKey.CouncilAnswer;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.TaskScore;

/**
 * Realistic run results for report tests: every Sandbox Wales council with the stars, components and answers of the
 * sandbox's answer key, and evidence (findings, journeys, mobile pages, a crawl summary) in keeping with them.
 */
public final class ReportFixtures {

    public static final Registry REGISTRY = RegistryLoader.bundled();
    private static AnswerKey key;

    private ReportFixtures() {}

    public static synchronized AnswerKey key() {
        if (key == null) {
            key = AnswerKey.of(REGISTRY);
        }
        return key;
    }

    /** A run of every council as the answer key has it. */
    public static RunSummary run(String runId, Instant start) {
        List<CouncilSummary> councils = new ArrayList<>();
        int index = 0;
        for (CouncilAnswer answer : key().councils()) {
            councils.add(summary(answer, index++, start));
        }
        return RunSummary.of(info(runId, start), councils);
    }

    public static RunSummary.RunInfo info(String runId, Instant start) {
        return new RunSummary.RunInfo(
                runId,
                start,
                Optional.of(start.plus(Duration.ofMinutes(42))),
                "0.1.0-SNAPSHOT",
                Optional.of("4.11.1"),
                Optional.of("156.0.7390.54"),
                "annex-b",
                "An automated approximation of the Better Connected method (Annex B)");
    }

    /** The evidence of every council of a run, by id. */
    public static Map<String, CouncilDetail> details(RunSummary run) {
        Map<String, CouncilDetail> details = new LinkedHashMap<>();
        int index = 0;
        for (CouncilSummary c : run.councils()) {
            details.put(c.id(), detail(c, index++, run.run().start()));
        }
        return details;
    }

    /** The same councils a year earlier: a few with a star more or fewer, one not audited then. */
    public static RunSummary previousYear(RunSummary run) {
        Instant start = run.run().start().minus(Duration.ofDays(365));
        List<CouncilSummary> councils = new ArrayList<>();
        int index = 0;
        for (CouncilSummary c : run.councils()) {
            councils.add(index % 5 == 1 && c.overall().isPresent() ? shifted(c, index % 2 == 0 ? 1 : -1) : c);
            index++;
        }
        return RunSummary.of(info(run.run().id() + "-earlier", start), councils);
    }

    /** A council's summary with its overall star moved by {@code delta} (within 1 to 4) and its tools score too. */
    public static CouncilSummary shifted(CouncilSummary c, int delta) {
        int overall = Math.max(1, Math.min(4, c.overall().orElseThrow() + delta));
        var comps = c.components().orElseThrow();
        var components = new wales.councilaudit.scoring.Components(
                comps.tasks(), Math.max(1, Math.min(4, comps.tools() + delta)), comps.mobile(), comps.accessibility());
        return new CouncilSummary(
                c.id(),
                c.name(),
                c.nameCy(),
                c.status(),
                c.reason(),
                Optional.of(overall),
                c.overallWhy(),
                Optional.of(components),
                c.tasks(),
                c.tools(),
                c.mobile(),
                c.accessibility(),
                c.domain(),
                c.welsh(),
                c.findings(),
                c.timings());
    }

    static CouncilSummary summary(CouncilAnswer a, int index, Instant start) {
        Council council = REGISTRY.find(a.council()).orElseThrow();
        DomainResult domain = domain(council, a.domain(), start);
        Map<String, Duration> timings =
                Map.of("domains", Duration.ofMillis(800 + index), "crawl", Duration.ofSeconds(30 + index));
        if (!a.status().equals("AUDITED")) {
            CouncilStatus status = CouncilStatus.valueOf(a.status());
            String reason = status == CouncilStatus.BLOCKED
                    ? "the home page answered 403 to our agent"
                    : "no answer: every request ended in 503";
            return CouncilSummary.unscored(
                    council.id(),
                    council.name().en(),
                    council.name().cy(),
                    status,
                    reason,
                    Optional.of(domain),
                    Optional.empty(),
                    timings);
        }
        List<TaskSummary> tasks =
                a.tasks().orElseThrow().stream().map(TaskSummary::of).toList();
        int groups = groups(a.accessibility().orElseThrow().score()).size();
        return new CouncilSummary(
                council.id(),
                council.name().en(),
                council.name().cy(),
                CouncilStatus.AUDITED,
                "",
                Optional.of(a.overall().orElseThrow().stars()),
                a.overall().orElseThrow().why(),
                a.components(),
                tasks,
                a.tools(),
                a.mobile(),
                a.accessibility(),
                Optional.of(domain),
                Optional.of(WelshCoverage.of(40, 40 - (index % 4) * 7L)),
                new FindingCounts(groups * 5 + index, groups, groups - 1),
                timings);
    }

    static DomainResult domain(Council council, DomainStatus status, Instant at) {
        URI home = council.homepage().en();
        int code = status == DomainStatus.BLOCKED ? 403 : status == DomainStatus.UNREACHABLE ? 0 : 200;
        List<Hop> chain = code == 0 ? List.of() : List.of(new Hop(home, code, "", 1, Duration.ofMillis(120)));
        Optional<TlsCertificate> tls = code == 0
                ? Optional.empty()
                : Optional.of(new TlsCertificate(
                        home.getHost(),
                        true,
                        List.of(),
                        "CN=" + home.getHost(),
                        "CN=Sandbox Wales CA",
                        at.plus(Duration.ofDays(200)),
                        200,
                        "TLSv1.3"));
        return new DomainResult(
                council.id(),
                status,
                "the English homepage ends on " + home.getHost(),
                home,
                home,
                code,
                chain,
                code == 0 ? "connection refused" : "",
                tls,
                Optional.of("max-age=31536000"),
                Optional.empty(),
                List.of(),
                at);
    }

    static CouncilDetail detail(CouncilSummary c, int index, Instant at) {
        Optional<CrawlSummary> crawl = Optional.of(crawl(c.id(), at, c.status()));
        if (c.status() != CouncilStatus.AUDITED) {
            return CouncilDetail.empty(c.id(), crawl);
        }
        URI home = c.domain().orElseThrow().finalUrl();
        int accessibility = c.components().orElseThrow().accessibility();
        int mobile = c.components().orElseThrow().mobile();
        List<FindingGroup> findings = new ArrayList<>();
        for (Finding f : groups(accessibility)) {
            Finding on = onPage(f, home);
            List<URI> pages = f.rule().equals("image-alt")
                    ? List.of(home, home.resolve("/bins"), home.resolve("/planning"))
                    : List.of(home);
            findings.add(new FindingGroup(Fingerprint.of(on), on.certainty(), on, pages, pages.size() * 2));
        }
        List<JourneyEvidence> journeys = new ArrayList<>();
        for (TaskSummary t : c.tasks()) {
            journeys.add(journey(c.id(), t, home));
        }
        List<MobilePage> mobilePages = List.of(mobilePage(home, mobile, c.id()));
        return new CouncilDetail(
                c.id(),
                findings,
                journeys,
                mobilePages,
                crawl,
                index % 3 == 0 ? List.of(home.resolve("/slow") + ": timed out after 30 s") : List.of());
    }

    static List<Finding> groups(int accessibility) {
        URI page = URI.create("https://example.invalid/");
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(
                page,
                "image-alt",
                accessibility <= 1 ? Impact.CRITICAL : Impact.SERIOUS,
                Certainty.VIOLATION,
                List.of("1.1.1"),
                "Images must have alternative text",
                "header > .logo > img",
                "<img src=\"/logo.png\">"));
        findings.add(finding(
                page,
                "region",
                Impact.MODERATE,
                Certainty.NEEDS_REVIEW,
                List.of(),
                "All page content should be contained by landmarks",
                "#cookie-banner",
                "<div id=\"cookie-banner\">"));
        if (accessibility < 3) {
            findings.add(finding(
                    page,
                    "color-contrast",
                    Impact.SERIOUS,
                    Certainty.VIOLATION,
                    List.of("1.4.3"),
                    "Elements must meet minimum color contrast ratio thresholds",
                    "footer .small-print",
                    "<p class=\"small-print\">"));
        }
        return findings;
    }

    public static Finding finding(
            URI page,
            String rule,
            Impact impact,
            Certainty certainty,
            List<String> criteria,
            String help,
            String selector,
            String html) {
        return new Finding(
                page,
                "desktop",
                View.PAGE,
                Source.AXE,
                certainty,
                rule,
                impact,
                criteria,
                help,
                "https://dequeuniversity.com/rules/axe/4.11/" + rule + "?application=axeAPI",
                selector,
                html);
    }

    private static Finding onPage(Finding f, URI page) {
        return new Finding(
                page,
                f.profile(),
                f.view(),
                f.source(),
                f.certainty(),
                f.rule(),
                f.impact(),
                f.criteria(),
                f.help(),
                f.helpUrl(),
                f.selector(),
                f.html());
    }

    static JourneyEvidence journey(String council, TaskSummary task, URI home) {
        boolean ok = task.stars() > 1;
        URI form = home.resolve("/" + task.id() + "/form");
        List<JourneyEvidence.Step> steps = List.of(
                new JourneyEvidence.Step(
                        home.toString(),
                        "opened the home page",
                        "",
                        Optional.of("councils/" + council + "/journeys/" + task.id() + "-1.png"),
                        Optional.empty()),
                new JourneyEvidence.Step(
                        home.resolve("/services").toString(),
                        "followed a link",
                        "Services",
                        Optional.empty(),
                        Optional.empty()),
                new JourneyEvidence.Step(
                        form.toString(),
                        "followed a link",
                        task.id().replace('-', ' '),
                        Optional.empty(),
                        ok ? Optional.empty() : Optional.of("no form with a submit control")));
        return new JourneyEvidence(
                task.id(),
                "desktop",
                "en",
                "navigation",
                ok ? "reached the form at " + form : "failed at step 3: no online form",
                ok,
                steps);
    }

    static MobilePage mobilePage(URI home, int mobileScore, String council) {
        ViewportMeta viewport = mobileScore == 0
                ? new ViewportMeta.Missing()
                : new ViewportMeta.Declared(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                        true,
                        false,
                        List.of());
        Overflow overflow = mobileScore <= 1
                ? Overflow.of(980, 390, new Overflow.WidestElement("body > table.layout", 960, 980))
                : Overflow.of(390, 390, new Overflow.WidestElement("", 0, 0));
        Screenshot shot = overflow.overflows()
                ? new Screenshot.Saved(java.nio.file.Path.of("councils", council, "mobile", "home.png"), true)
                : new Screenshot.NotTaken();
        return new MobilePage(home, viewport, overflow, new TextSizes(mobileScore * 200L, 1000), shot);
    }

    static CrawlSummary crawl(String council, Instant at, CouncilStatus status) {
        boolean audited = status == CouncilStatus.AUDITED;
        URI home = URI.create("https://www." + council + ".gov.wales/");
        return new CrawlSummary(
                council,
                audited ? CrawlStatus.COMPLETE : CrawlStatus.valueOf(status.name()),
                audited ? "" : "the home page answered 403",
                at,
                at.plus(Duration.ofSeconds(31)),
                CrawlLimits.DEFAULTS,
                Map.of(UrlState.DONE, audited ? 120L : 1L, UrlState.CUT, audited ? 14L : 0L),
                Map.of("200", audited ? 112L : 0L, "404", audited ? 8L : 0L),
                Map.of(),
                0,
                audited ? 96 : 0,
                Map.of("CALENDAR", audited ? 14L : 0L),
                Map.of(),
                audited ? 2 : 0,
                audited
                        ? List.of(new CrawlSummary.BrokenLink(
                                home.resolve("/old-page"), 404, Optional.empty(), 3, List.of(home)))
                        : List.of(),
                new CrawlSummary.Pdfs(audited ? 4 : 0, audited ? 204_800 : 0, List.of()),
                new CrawlSummary.TwinCoverage(
                        audited ? 48 : 0,
                        audited ? 44 : 0,
                        audited ? 40 : 0,
                        Map.of(PageTwin.Method.TOGGLE, 40L),
                        46,
                        40),
                audited
                        ? List.of(new SamplePage(
                                home, 1, List.of(new SampleReason(SampleReason.Kind.HOME, "", "the home page"))))
                        : List.of());
    }

    /** Task stars of the answer key, for tests that need one task's score. */
    public static TaskScore taskScore(String council, String task) {
        return key().council(council).orElseThrow().tasks().orElseThrow().stream()
                .filter(t -> t.taskId().equals(task))
                .findFirst()
                .orElseThrow();
    }

    /** Script payloads, each setting {@code window.__pwned} or the title if it ever ran. */
    public static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned=1;document.title='PWNED'</script>",
            "<img src=x onerror=\"window.__pwned=2;document.title='PWNED'\">",
            "\"><svg onload=\"window.__pwned=3\">",
            "'><iframe srcdoc=\"<script>parent.__pwned=4</script>\"></iframe>",
            "javascript:window.__pwned=5");

    /**
     * A run of one council whose every text from its site carries script payloads: names, reasons, evidence, journey
     * steps (with {@code javascript:} addresses), selectors, snippets, help text and links, mobile evidence.
     */
    public static RunSummary hostileRun(Instant start) {
        RunSummary base = run("hostile", start);
        CouncilSummary c = base.councils().stream()
                .filter(x -> x.status() == CouncilStatus.AUDITED)
                .findFirst()
                .orElseThrow();
        String all = String.join(" ", PAYLOADS);
        List<TaskSummary> tasks = c.tasks().stream()
                .map(t -> new TaskSummary(
                        t.id(),
                        t.stars(),
                        t.answers().stream()
                                .map(q -> new wales.councilaudit.scoring.QuestionAnswer(
                                        q.questionId(), q.answer(), q.essential(), q.evidence() + " " + all))
                                .toList(),
                        List.of("why " + all)))
                .toList();
        CouncilSummary hostile = new CouncilSummary(
                c.id(),
                c.name() + " " + PAYLOADS.get(0),
                c.nameCy() + " " + PAYLOADS.get(1),
                c.status(),
                "",
                c.overall(),
                List.of("overall " + all),
                c.components(),
                tasks,
                c.tools(),
                c.mobile(),
                c.accessibility(),
                c.domain(),
                c.welsh(),
                c.findings(),
                c.timings());
        CouncilSummary blocked = base.councils().stream()
                .filter(x -> x.status() == CouncilStatus.BLOCKED)
                .findFirst()
                .orElseThrow();
        CouncilSummary blockedHostile = CouncilSummary.unscored(
                blocked.id(),
                blocked.name(),
                blocked.nameCy(),
                blocked.status(),
                "refused " + all,
                blocked.domain(),
                Optional.empty(),
                Map.of());
        return RunSummary.of(base.run(), List.of(hostile, blockedHostile));
    }

    /** The evidence of {@link #hostileRun}'s first council, with payloads everywhere a site's text can go. */
    public static Map<String, CouncilDetail> hostileDetails(RunSummary hostileRun) {
        CouncilSummary c = hostileRun.councils().get(0);
        String all = String.join(" ", PAYLOADS);
        URI evil = URI.create("javascript:window.__pwned=6");
        URI home = c.domain().orElseThrow().finalUrl();
        Finding f = new Finding(
                home,
                "desktop",
                View.PAGE,
                Source.AXE,
                Certainty.VIOLATION,
                "image-alt",
                Impact.CRITICAL,
                List.of("1.1.1"),
                "help " + all,
                "javascript:window.__pwned=7",
                "img[alt=\"" + PAYLOADS.get(1) + "\"]",
                PAYLOADS.get(1) + PAYLOADS.get(0));
        FindingGroup group = new FindingGroup(Fingerprint.of(f), f.certainty(), f, List.of(home, evil), 2);
        List<JourneyEvidence> journeys = List.of(new JourneyEvidence(
                c.tasks().get(0).id(),
                "desktop",
                "en",
                "navigation " + PAYLOADS.get(0),
                "outcome " + all,
                false,
                List.of(new JourneyEvidence.Step(
                        "javascript:window.__pwned=8",
                        "action " + all,
                        "matched " + all,
                        Optional.of("../../etc/passwd"),
                        Optional.of("failure " + all)))));
        MobilePage mobile = new MobilePage(
                evil,
                new ViewportMeta.Declared(
                        "<meta name=viewport content=\"" + PAYLOADS.get(2) + "\">", true, false, List.of()),
                Overflow.of(980, 390, new Overflow.WidestElement(PAYLOADS.get(1), 900, 980)),
                new TextSizes(10, 10),
                new Screenshot.Failed(all));
        return Map.of(
                c.id(),
                new CouncilDetail(
                        c.id(), List.of(group), journeys, List.of(mobile), Optional.empty(), List.of("page " + all)));
    }
}
