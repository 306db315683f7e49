package wales.councilaudit.tasks;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import wales.councilaudit.accessibility.BannerDismisser;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.PageOutcome;
import wales.councilaudit.scoring.ContentLookup;
import wales.councilaudit.scoring.ToolsFacts;

/**
 * The top-task stage for one council: every top-task script on every profile in every language, the navigation
 * tasks (tools) on the first desktop profile in English, and the site checks behind the tools score (a search box
 * on each sampled page, a helpful page for a search with no results). Journeys run on the pool's sessions, as many
 * at once as it has; each journey is one {@link BrowserPool#visit} whose work walks the whole journey. The pool's
 * {@link wales.councilaudit.browser.SubmitGuard} refuses every submission off its allow-list: journeys examine forms
 * and never submit them. Thread-safe; {@link #run} may be called for one council after another.
 */
public final class TaskSuite {

    /** Typed into the site search to see its no-results page. */
    static final String NONSENSE = "xqzvkwpj";

    private static final Pattern ADVICE = Pattern.compile(
            "spelling|different words|fewer words|more general words|a to z|sillafu|geiriau gwahanol|lai o eiriau|a i y",
            Pattern.CASE_INSENSITIVE);

    private final BrowserPool pool;
    private final List<TaskScript> scripts;
    private final PageScanner scanner;
    private final BannerDismisser banner;
    private final Path evidence;

    /**
     * @param pool the browser sessions (with the never-submit guard)
     * @param scripts the task scripts (top tasks and tools)
     * @param scanner the accessibility stage's scanner, for the axe scan of the task page and form
     * @param evidence where screenshots are written ({@code tasks/<host>/<task>/…png}); null for none
     */
    public TaskSuite(BrowserPool pool, List<TaskScript> scripts, PageScanner scanner, Path evidence) {
        this(pool, scripts, scanner, ConsentStrategyLoader.bundled(), evidence);
    }

    public TaskSuite(
            BrowserPool pool, List<TaskScript> scripts, PageScanner scanner, ConsentStrategy consent, Path evidence) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.scripts = List.copyOf(scripts);
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.banner = new BannerDismisser(consent);
        this.evidence = evidence;
    }

    private record Job(TaskScript script, BrowserProfile profile, Lang lang, boolean examine, boolean primary) {}

    private record SiteCheck(boolean search, int examined, int withSearchBox, boolean helpful) {}

    /**
     * Runs the suite on one council.
     *
     * @param home the English home page
     * @param samplePages the crawl's sample, for the search box on each page (the home page is added when missing)
     * @param profiles the profiles to try the top tasks on (desktop and mobile)
     * @param langs the languages to try them in
     * @param progress told of each journey as it ends, one call at a time
     */
    public CouncilTasks run(
            URI home,
            List<URI> samplePages,
            List<BrowserProfile> profiles,
            Set<Lang> langs,
            Consumer<Journey> progress) {
        if (profiles.isEmpty() || langs.isEmpty()) {
            throw new IllegalArgumentException("at least one profile and one language");
        }
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(JourneyRunner.host(home.toString()));
        samplePages.forEach(p -> hosts.add(JourneyRunner.host(p.toString())));
        BrowserProfile first =
                profiles.stream().filter(p -> !p.mobile()).findFirst().orElse(profiles.get(0));
        Lang firstLang = langs.contains(Lang.EN) ? Lang.EN : langs.iterator().next();
        // grouped by profile, the first profile's first: a pool session serves one profile, so interleaving them
        // would quit and start sessions all the time
        List<Job> jobs = new ArrayList<>();
        for (TaskScript script : scripts) {
            if (script.kind() == TaskScript.Kind.TOOL) {
                jobs.add(new Job(script, first, firstLang, false, true));
            }
        }
        List<BrowserProfile> ordered = new ArrayList<>(profiles);
        ordered.remove(first);
        ordered.add(0, first);
        for (BrowserProfile profile : ordered) {
            for (TaskScript script : scripts) {
                if (script.kind() != TaskScript.Kind.TASK) {
                    continue;
                }
                for (Lang lang : List.of(Lang.EN, Lang.CY)) {
                    if (langs.contains(lang)) {
                        boolean primary = profile.equals(first) && lang == firstLang;
                        jobs.add(new Job(script, profile, lang, primary, primary));
                    }
                }
            }
        }
        Set<String> mobile = new LinkedHashSet<>();
        profiles.stream().filter(BrowserProfile::mobile).forEach(p -> mobile.add(p.name()));
        int threads = Math.max(1, Math.min(pool.settings().sessions(), jobs.size() + 1));
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            Future<SiteCheck> site = executor.submit(() -> siteCheck(home, samplePages, first));
            List<Future<Journey>> futures = new ArrayList<>();
            for (Job job : jobs) {
                Callable<Journey> call = () -> {
                    Journey journey = journey(job, home, hosts);
                    synchronized (progress) {
                        progress.accept(journey);
                    }
                    return journey;
                };
                futures.add(executor.submit(call));
            }
            List<Journey> journeys = new ArrayList<>();
            for (Future<Journey> f : futures) {
                journeys.add(f.get());
            }
            return assemble(journeys, site.get(), mobile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a journey failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private Journey journey(Job job, URI home, Set<String> hosts) {
        String folder = "tasks/" + JourneyRunner.host(home.toString()) + "/"
                + job.script().id();
        PageOutcome<Journey> outcome = pool.visit(job.profile(), home, (driver, page) -> new JourneyRunner(
                        job.script(),
                        job.profile(),
                        job.lang(),
                        job.examine(),
                        job.primary(),
                        job.profile().mobile() ? scanner.forMobile() : scanner,
                        banner,
                        evidence,
                        folder,
                        hosts)
                .run(driver, page));
        if (outcome instanceof PageOutcome.Done<Journey> done) {
            return done.value();
        }
        PageOutcome.Failed<Journey> failed = (PageOutcome.Failed<Journey>) outcome;
        JourneyStep step = new JourneyStep(
                home.toString(),
                "open the home page",
                "",
                0,
                "",
                Optional.of(failed.kind().name().toLowerCase().replace('_', ' ') + ": " + failed.message()));
        return new Journey(
                job.script().id(),
                job.profile().name(),
                job.lang(),
                Journey.Outcome.FAILED,
                List.of(step),
                JourneyFindings.none());
    }

    /** The search box on every sampled page, and the page a search for nonsense gives. */
    private SiteCheck siteCheck(URI home, List<URI> samplePages, BrowserProfile profile) {
        List<URI> pages = new ArrayList<>(samplePages);
        if (!pages.contains(home)) {
            pages.add(0, home);
        }
        PageOutcome<SiteCheck> outcome = pool.visit(profile, home, (driver, page) -> {
            PageView homeView = PageView.read(driver);
            int examined = 0;
            int withBox = 0;
            for (URI uri : pages) {
                PageView view;
                if (uri.equals(home)) {
                    view = homeView;
                } else {
                    try {
                        driver.get(uri.toString());
                        view = PageView.read(driver);
                    } catch (WebDriverException e) {
                        continue;
                    }
                }
                examined++;
                if (view.search().isPresent()) {
                    withBox++;
                }
            }
            boolean helpful = homeView.search().isPresent()
                    && helpful(driver, homeView.search().get());
            return new SiteCheck(homeView.search().isPresent(), Math.max(examined, 1), withBox, helpful);
        });
        if (outcome instanceof PageOutcome.Done<SiteCheck> done) {
            return done.value();
        }
        return new SiteCheck(false, 1, 0, false);
    }

    private static boolean helpful(WebDriver driver, PageView.SearchForm form) {
        StringBuilder q = new StringBuilder();
        for (List<String> field : form.fields()) {
            String value = field.get(0).equals(form.input()) ? NONSENSE : field.get(1);
            q.append(q.length() == 0 ? "" : "&")
                    .append(java.net.URLEncoder.encode(field.get(0), java.nio.charset.StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            driver.get(form.action().replaceAll("[?#].*$", "") + "?" + q);
            new org.openqa.selenium.support.ui.WebDriverWait(
                            driver, java.time.Duration.ofSeconds(8), java.time.Duration.ofMillis(100))
                    .until(d -> ADVICE.matcher(PageView.mainText(d)).find()
                            || Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                                    .executeScript("return document.readyState==='complete'"
                                            + "&&!(window.__councilAuditPending>0)&&performance.now()>1500;")));
            return ADVICE.matcher(PageView.mainText(driver)).find();
        } catch (WebDriverException e) {
            return false;
        }
    }

    private CouncilTasks assemble(List<Journey> journeys, SiteCheck site, Set<String> mobile) {
        List<TaskResult> tasks = new ArrayList<>();
        List<ContentLookup> lookups = new ArrayList<>();
        int tried = 0;
        int working = 0;
        boolean atoz = false;
        for (TaskScript script : scripts) {
            List<Journey> own = journeys.stream()
                    .filter(j -> j.taskId().equals(script.id()))
                    .toList();
            if (script.kind() == TaskScript.Kind.TASK) {
                tasks.add(new TaskResult(script.id(), TaskAnswers.answers(script, own, mobile), own));
                Optional<Journey> desktop = TaskAnswers.find(own, mobile, false, Lang.EN);
                Optional<Journey> phone = TaskAnswers.find(own, mobile, true, Lang.EN);
                if (desktop.isPresent() && phone.isPresent() && desktop.get().outcome() == Journey.Outcome.REACHED) {
                    tried++;
                    if (TaskAnswers.working(phone.get(), desktop.get())) {
                        working++;
                    }
                }
            } else if (!own.isEmpty()) {
                JourneyFindings f = own.get(0).findings();
                atoz |= f.atoz() != JourneyFindings.AtoZ.NO_ATOZ && f.atoz() != JourneyFindings.AtoZ.NOT_TRIED;
                lookups.add(new ContentLookup(
                        script.id(),
                        f.clicks().isPresent() && f.clicks().get() <= script.maxClicks(),
                        site.search() && f.search() == JourneyFindings.Search.IN_TOP_FIVE,
                        f.atoz() == JourneyFindings.AtoZ.LISTED));
            }
        }
        for (Journey j : journeys) {
            JourneyFindings.AtoZ a = j.findings().atoz();
            atoz |= a == JourneyFindings.AtoZ.LISTED || a == JourneyFindings.AtoZ.NOT_LISTED;
        }
        boolean finalAtoz = atoz;
        if (lookups.isEmpty()) {
            lookups.add(new ContentLookup("none", false, false, false));
        }
        List<ContentLookup> checked = lookups.stream()
                .map(l -> new ContentLookup(l.itemId(), l.byNavigation(), l.bySearch(), finalAtoz && l.byAtoZ()))
                .toList();
        ToolsFacts tools = new ToolsFacts(
                checked,
                site.search(),
                atoz,
                site.examined(),
                Math.min(site.withSearchBox(), site.examined()),
                site.helpful());
        return new CouncilTasks(tasks, tools, tried, working, journeys);
    }
}
