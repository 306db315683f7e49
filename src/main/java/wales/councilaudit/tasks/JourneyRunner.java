package wales.councilaudit.tasks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import wales.councilaudit.accessibility.BannerDismisser;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.PageScan;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.DocumentStatus;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.tasks.JourneyFindings.AtoZ;
import wales.councilaudit.tasks.JourneyFindings.Online;
import wales.councilaudit.tasks.JourneyFindings.Search;

/**
 * Runs one journey in a session the pool has lent, starting on the home page it has loaded: the Welsh toggle (in
 * Welsh), navigation, the site search, the A–Z, the task page and its transaction (examined, never submitted), each
 * step recorded with a screenshot. One instance per journey; not thread-safe.
 */
final class JourneyRunner {

    /** Candidate links followed from each page, best first. */
    private static final int BEAM = 4;
    /** Pages navigation may load in one journey. */
    private static final int MAX_NAVIGATION_PAGES = 24;
    /** Results of the site search that count. */
    static final int TOP = 5;

    private static final Duration QUIET = Duration.ofSeconds(8);

    private final TaskScript script;
    private final BrowserProfile profile;
    private final Lang lang;
    private final boolean examine;
    private final boolean primary;
    private final PageScanner scanner;
    private final BannerDismisser banner;
    private final Path evidence;
    private final String folder;
    private final List<JourneyStep> steps = new ArrayList<>();
    private final Set<String> hosts = new HashSet<>();
    private WebDriver driver;

    /**
     * @param examine whether to run the axe scan on the task page and the council's own form
     * @param primary whether this is the primary journey, which always tries the search and the A–Z (the others
     *     try them only when navigation does not find the task page)
     * @param evidence the evidence folder; screenshots go below it in {@code folder}
     */
    JourneyRunner(
            TaskScript script,
            BrowserProfile profile,
            Lang lang,
            boolean examine,
            boolean primary,
            PageScanner scanner,
            BannerDismisser banner,
            Path evidence,
            String folder,
            Set<String> councilHosts) {
        this.script = script;
        this.profile = profile;
        this.lang = lang;
        this.examine = examine;
        this.primary = primary;
        this.scanner = scanner;
        this.banner = banner;
        this.evidence = evidence;
        this.folder = folder;
        this.hosts.addAll(councilHosts);
    }

    /** A step that could not finish ends the journey as failed. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message);
        }
    }

    /** A page reached, with what was read of it. */
    private record Shown(PageView view, int status) {}

    /** The journey from the home page the session shows. */
    Journey run(WebDriver session, URI home) {
        this.driver = session;
        JourneyFindings findings = JourneyFindings.none();
        try {
            try {
                banner.dismiss(driver);
            } catch (WebDriverException e) {
                // no banner handled: the journey goes on under it
            }
            Shown start = record(home.toString(), "open the home page", "", read());
            // the host the home page lands on is the council's, whatever the registry's address redirected from
            hosts.add(host(start.view().url()));
            if (lang == Lang.CY && !start.view().lang().startsWith("cy")) {
                Optional<PageView.Link> toggle = start.view().toggle(Lang.CY);
                if (toggle.isEmpty()) {
                    return end(Journey.Outcome.NOT_FOUND, findings, "no link to the Welsh site on the home page");
                }
                start = load(
                        toggle.get().href(),
                        "switch to Welsh with the site's toggle",
                        toggle.get().text());
                hosts.add(host(start.view().url()));
            }
            return continueFrom(start);
        } catch (StepFailed e) {
            return new Journey(script.id(), profile.name(), lang, Journey.Outcome.FAILED, steps, findings);
        }
    }

    private Journey continueFrom(Shown first) throws StepFailed {
        Shown start = first;
        PageView home = start.view();
        Optional<PageView.Link> atozLink = home.links().stream()
                .filter(l -> l.visible() || !profile.mobile())
                .filter(l -> TaskScript.normalise(l.text()).matches(".*\\ba ?(to|-|–|i) ?(z|y)\\b.*"))
                .findFirst();
        // the site search and the A–Z first (the primary journey always; the others only as a way to the task
        // page when navigation fails), navigation last, so that the session ends on the task page it found
        Search search = Search.NOT_TRIED;
        Optional<String> bySearch = Optional.empty();
        AtoZ atoz = AtoZ.NOT_TRIED;
        Optional<String> byAtoz = Optional.empty();
        if (primary) {
            search = Search.NO_SEARCH;
            if (home.search().isPresent()) {
                bySearch = search(home.search().get());
                search = bySearch.isPresent() ? Search.IN_TOP_FIVE : Search.NOT_IN_TOP_FIVE;
            }
            atoz = AtoZ.NO_ATOZ;
            if (atozLink.isPresent()) {
                byAtoz = atoz(atozLink.get());
                atoz = byAtoz.isPresent() ? AtoZ.LISTED : AtoZ.NOT_LISTED;
            }
            if (search != Search.NO_SEARCH || atoz != AtoZ.NO_ATOZ) {
                start = load(start.view().url(), "back to the home page", "");
            }
        }
        Route route = navigate(start);
        if (!primary && route.task().isEmpty()) {
            if (home.search().isPresent()) {
                bySearch = search(home.search().get());
                search = bySearch.isPresent() ? Search.IN_TOP_FIVE : Search.NOT_IN_TOP_FIVE;
            }
            if (bySearch.isEmpty() && atozLink.isPresent()) {
                byAtoz = atoz(atozLink.get());
                atoz = byAtoz.isPresent() ? AtoZ.LISTED : AtoZ.NOT_LISTED;
            }
        }
        Optional<String> searched = bySearch;
        Optional<String> listed = byAtoz;
        Optional<String> taskAddress = route.task().or(() -> searched).or(() -> listed);
        if (taskAddress.isEmpty()) {
            return end(
                    Journey.Outcome.NOT_FOUND,
                    new JourneyFindings(
                            Optional.empty(),
                            false,
                            search,
                            atoz,
                            Optional.empty(),
                            Optional.empty(),
                            Online.NOT_TRIED,
                            Optional.empty(),
                            Impact.NONE,
                            false,
                            route.broken()),
                    "the task page was not found by navigation, search or the A–Z");
        }
        Shown task = route.shown().isPresent()
                ? route.shown().get()
                : load(taskAddress.get(), "open the task page", script.name().first(lang));
        boolean broken = route.broken() || task.status() >= 400;
        Optional<String> twin =
                task.view().toggle(lang == Lang.EN ? Lang.CY : Lang.EN).map(PageView.Link::href);
        JourneyFindings found = new JourneyFindings(
                route.clicks(),
                route.landingLink(),
                search,
                atoz,
                Optional.of(task.view().url()),
                twin,
                Online.NOT_TRIED,
                Optional.empty(),
                Impact.NONE,
                false,
                broken);
        if (script.kind() == TaskScript.Kind.TOOL) {
            return new Journey(script.id(), profile.name(), lang, Journey.Outcome.REACHED, steps, found);
        }
        return transaction(task, found);
    }

    /** The task page's online way: a form here, or a start link followed one step; examined and never submitted. */
    private Journey transaction(Shown task, JourneyFindings found) throws StepFailed {
        Impact worst = Impact.NONE;
        boolean scanned = false;
        if (examine) {
            worst = worst(scanner.scanShown(driver, URI.create(task.view().url()), profile, false));
            scanned = true;
        }
        Online online;
        Optional<String> onlineHost = Optional.empty();
        boolean broken = found.brokenStep();
        Optional<PageView.Form> form = ownForm(task.view());
        // a link back to this very page (a section menu's current item, say) is not a way to the service
        String here = withoutFragment(task.view().url());
        Optional<PageView.Link> start = task.view().links().stream()
                .filter(l -> script.startLink(l.text(), lang))
                .filter(l -> !withoutFragment(l.href()).equals(here))
                .findFirst();
        if (form.isPresent() && form.get().visible()) {
            online = Online.FORM;
            onlineHost = Optional.of(host(task.view().url()));
            record(task.view().url(), "examine the form (not submitted)", describe(form.get()), task);
        } else if (start.isPresent() && start.get().visible()) {
            Shown next = load(
                    start.get().href(),
                    "follow the start link (GET, nothing submitted)",
                    start.get().text());
            onlineHost = Optional.of(host(next.view().url()));
            broken |= next.status() >= 400;
            online = Online.START_LINK;
            Optional<PageView.Form> there = ownForm(next.view());
            if (there.isPresent() && hosts.contains(onlineHost.get())) {
                online = Online.FORM;
                record(next.view().url(), "examine the form (not submitted)", describe(there.get()), next);
                if (examine) {
                    Impact formImpact = worst(
                            scanner.scanShown(driver, URI.create(next.view().url()), profile, false));
                    worst = formImpact.compareTo(worst) > 0 ? formImpact : worst;
                }
            }
        } else if (form.isPresent() || start.isPresent()) {
            online = Online.HIDDEN;
        } else {
            online = Online.NONE;
        }
        JourneyFindings done = new JourneyFindings(
                found.clicks(),
                found.landingLink(),
                found.search(),
                found.atoz(),
                found.taskPage(),
                found.twin(),
                online,
                onlineHost,
                worst,
                scanned,
                broken);
        return new Journey(script.id(), profile.name(), lang, Journey.Outcome.REACHED, steps, done);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static Optional<PageView.Form> ownForm(PageView view) {
        return view.forms().stream()
                .filter(f -> f.fields() > 0 && f.submit())
                .max(Comparator.comparing(PageView.Form::visible));
    }

    private static String describe(PageView.Form form) {
        return form.fields() + " fields (" + form.unnamedFields() + " without a label), "
                + form.method().toUpperCase(Locale.ROOT) + " to " + form.action();
    }

    private static Impact worst(PageScan scan) {
        Impact worst = Impact.NONE;
        for (Finding finding : scan.findings()) {
            if (finding.certainty() == Certainty.VIOLATION && finding.impact().compareTo(worst) > 0) {
                worst = finding.impact();
            }
        }
        return worst;
    }

    /** The navigation route found, if any. */
    private record Route(
            Optional<String> task,
            Optional<Integer> clicks,
            boolean landingLink,
            boolean broken,
            Optional<Shown> shown) {}

    private record Node(String url, int depth, String parentHeading, int score, int order) {}

    /**
     * Breadth-first by clicks, best-scoring links first within a depth, following at most {@link #BEAM} links a page
     * whose text holds the script's words; a link whose text names the task page is opened at once. Links are read
     * in one script call per page, and only visible links count (on a phone the menu is opened first).
     */
    private Route navigate(Shown start) throws StepFailed {
        Set<String> seen = new HashSet<>();
        seen.add(key(start.view().url()));
        Deque<Node> queue = new ArrayDeque<>();
        Map<String, String> headings = new HashMap<>();
        int loads = 0;
        List<Node> level = new ArrayList<>(candidates(start.view(), 0, seen));
        int order = 0;
        Optional<Route> found = taskLink(start.view(), 0, seen);
        if (found.isPresent()) {
            return found.get();
        }
        while (!level.isEmpty() && loads < MAX_NAVIGATION_PAGES) {
            level.sort(Comparator.comparingInt(Node::score).reversed().thenComparingInt(Node::order));
            List<Node> next = new ArrayList<>();
            for (Node node : level) {
                if (loads >= MAX_NAVIGATION_PAGES) {
                    break;
                }
                loads++;
                Shown page = load(
                        node.url(),
                        "follow link (" + node.depth() + " of " + script.exploreClicks() + ")",
                        node.parentHeading());
                headings.put(key(page.view().url()), page.view().headingOrTitle());
                if (node.depth() >= script.exploreClicks()) {
                    continue;
                }
                Optional<Route> route = taskLink(page.view(), node.depth(), seen);
                if (route.isPresent()) {
                    return route.get();
                }
                for (Node child : candidates(page.view(), node.depth(), seen)) {
                    next.add(new Node(child.url(), child.depth(), child.parentHeading(), child.score(), order++));
                }
            }
            level = next;
        }
        queue.clear();
        return new Route(Optional.empty(), Optional.empty(), false, false, Optional.empty());
    }

    /** Opens a link on this page whose text names the task page; a route when the page it opens is the task. */
    private Optional<Route> taskLink(PageView page, int depth, Set<String> seen) throws StepFailed {
        for (PageView.Link link : usable(page)) {
            if (script.namesTaskPage(link.text(), lang) && seen.add(key(link.href()))) {
                Shown task = load(
                        link.href(),
                        "follow link (" + (depth + 1) + " of " + script.exploreClicks() + ")",
                        link.text());
                if (script.namesTaskPage(task.view().headingOrTitle(), lang)) {
                    boolean landing = script.landingHeading(page.headingOrTitle(), lang) && depth > 0;
                    return Optional.of(new Route(
                            Optional.of(task.view().url()),
                            Optional.of(depth + 1),
                            landing,
                            task.status() >= 400,
                            Optional.of(task)));
                }
            }
        }
        return Optional.empty();
    }

    private List<Node> candidates(PageView page, int depth, Set<String> seen) {
        List<Node> scored = new ArrayList<>();
        int order = 0;
        for (PageView.Link link : usable(page)) {
            int score = script.score(link.text(), page.headingOrTitle(), lang);
            if (score > 0 && !seen.contains(key(link.href()))) {
                scored.add(new Node(link.href(), depth + 1, link.text(), score, order++));
            }
        }
        scored.sort(Comparator.comparingInt(Node::score).reversed().thenComparingInt(Node::order));
        List<Node> chosen = new ArrayList<>();
        for (Node node : scored) {
            if (chosen.size() >= BEAM) {
                break;
            }
            if (seen.add(key(node.url()))) {
                chosen.add(node);
            }
        }
        return chosen;
    }

    /** Visible links to the council's pages, not the language toggle, not anchors, mail or phone links. */
    private List<PageView.Link> usable(PageView page) {
        List<PageView.Link> out = new ArrayList<>();
        for (PageView.Link link : page.links()) {
            if (!link.visible() || link.text().isEmpty() || !link.lang().isEmpty()) {
                continue;
            }
            String href = link.href();
            if (!(href.startsWith("http://") || href.startsWith("https://")) || !hosts.contains(host(href))) {
                continue;
            }
            if (key(href).equals(key(page.url()))) {
                continue;
            }
            out.add(link);
        }
        return out;
    }

    /** Runs the search as the form would (a GET the runner builds), waits for script-rendered results, reads five. */
    private Optional<String> search(PageView.SearchForm form) throws StepFailed {
        String query = script.search().first(lang);
        StringBuilder q = new StringBuilder();
        for (List<String> field : form.fields()) {
            String value = field.get(0).equals(form.input()) ? query : field.get(1);
            q.append(q.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(field.get(0), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        String action = form.action().replaceAll("[?#].*$", "");
        Shown results = load(action + "?" + q, "search the site", query);
        waitQuiet();
        PageView view = read().view();
        List<PageView.Link> top = results(view);
        for (int i = 0; i < Math.min(TOP, top.size()); i++) {
            PageView.Link link = top.get(i);
            if (script.namesTaskPage(link.text(), lang) || script.taskAddress(link.href())) {
                record(view.url(), "read the top five results", "result " + (i + 1) + ": " + link.text(), results);
                return Optional.of(link.href());
            }
        }
        record(view.url(), "read the top five results", "not in the top five (" + top.size() + " results)", results);
        return Optional.empty();
    }

    /** The links of the main content, outside navigation, header, footer and forms, in document order. */
    static List<PageView.Link> results(PageView view) {
        boolean hasMain = view.links().stream().anyMatch(PageView.Link::main);
        return view.links().stream()
                .filter(l -> l.visible()
                        && !l.chrome()
                        && (!hasMain || l.main())
                        && !l.text().isEmpty())
                .filter(l -> !l.href().contains("#"))
                .toList();
    }

    /** Opens the A–Z and the letters of the script's entries until the task is listed. */
    private Optional<String> atoz(PageView.Link link) throws StepFailed {
        Shown index = load(link.href(), "open the A–Z", link.text());
        Set<String> opened = new HashSet<>();
        for (String entry : script.atoz().in(lang)) {
            String letter = TaskScript.normalise(entry).substring(0, 1);
            if (!opened.add(letter)) {
                continue;
            }
            Optional<PageView.Link> letterLink = index.view().links().stream()
                    .filter(l -> TaskScript.normalise(l.text()).equals(letter))
                    .findFirst();
            if (letterLink.isEmpty()) {
                continue;
            }
            Shown page = load(
                    letterLink.get().href(),
                    "open the A–Z letter",
                    letterLink.get().text());
            for (PageView.Link l : page.view().links()) {
                if (!l.chrome() && script.namesTaskPage(l.text(), lang)) {
                    return Optional.of(l.href());
                }
            }
        }
        return Optional.empty();
    }

    private void waitQuiet() {
        int[] calm = {0};
        try {
            new WebDriverWait(driver, QUIET, Duration.ofMillis(100)).until(d -> {
                Object quiet = ((JavascriptExecutor) d)
                        .executeScript("return document.readyState==='complete'&&!(window.__councilAuditPending>0);");
                calm[0] = Boolean.TRUE.equals(quiet) ? calm[0] + 1 : 0;
                return calm[0] >= 2;
            });
        } catch (TimeoutException e) {
            // read what is there
        }
    }

    private Shown load(String url, String action, String matched) throws StepFailed {
        try {
            try {
                driver.get(url);
            } catch (TimeoutException first) {
                driver.get(url); // once more: a single slow answer is not yet a failed step
            }
        } catch (TimeoutException e) {
            fail(url, action, matched, "the page did not load in time (twice)");
        } catch (WebDriverException e) {
            fail(url, action, matched, "the browser could not load the page: " + firstLine(e.getMessage()));
        }
        return record(url, action, matched, read());
    }

    private Shown read() throws StepFailed {
        try {
            PageView view = PageView.read(driver);
            return new Shown(view, DocumentStatus.httpStatus(driver));
        } catch (TimeoutException e) {
            fail(driver.getCurrentUrl(), "read the page", "", "the page did not answer in time");
        } catch (WebDriverException e) {
            fail("", "read the page", "", "the browser failed: " + firstLine(e.getMessage()));
        }
        throw new IllegalStateException("unreachable");
    }

    private Shown record(String url, String action, String matched, Shown shown) {
        String shot = screenshot();
        if (!shown.view().menuOpened().isEmpty()) {
            steps.add(new JourneyStep(
                    shown.view().url(),
                    "open the menu",
                    shown.view().menuOpened(),
                    shown.status(),
                    "",
                    Optional.empty()));
        }
        Optional<String> failure =
                shown.status() >= 400 ? Optional.of("the page answered " + shown.status()) : Optional.empty();
        steps.add(new JourneyStep(shown.view().url(), action, matched, shown.status(), shot, failure));
        return shown;
    }

    private void fail(String url, String action, String matched, String why) throws StepFailed {
        steps.add(new JourneyStep(url, action, matched, 0, "", Optional.of(why)));
        throw new StepFailed(why);
    }

    private Journey end(Journey.Outcome outcome, JourneyFindings findings, String why) {
        String url = steps.isEmpty() ? "" : steps.get(steps.size() - 1).url();
        steps.add(new JourneyStep(url, "stop", "", 0, "", Optional.of(why)));
        return new Journey(script.id(), profile.name(), lang, outcome, steps, findings);
    }

    private String screenshot() {
        if (evidence == null) {
            return "";
        }
        String name = folder + "/" + profile.name() + "-" + lang.code() + "-" + String.format("%02d", steps.size() + 1)
                + (driver instanceof HasCdp ? ".jpg" : ".png");
        try {
            byte[] png;
            if (driver instanceof HasCdp cdp) {
                // the viewport at one image pixel per CSS pixel, as JPEG: a tenth of a full-resolution PNG's cost
                Map<String, Object> clip = Map.of(
                        "x",
                        0,
                        "y",
                        0,
                        "width",
                        profile.width(),
                        "height",
                        profile.height(),
                        "scale",
                        1.0 / profile.pixelRatio());
                Map<String, Object> shot = cdp.executeCdpCommand(
                        "Page.captureScreenshot", Map.of("format", "jpeg", "quality", 60, "clip", clip));
                png = java.util.Base64.getDecoder().decode(String.valueOf(shot.get("data")));
            } else {
                png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            }
            Path file = evidence.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return name;
        } catch (IOException | WebDriverException e) {
            return "";
        }
    }

    static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** An address without its fragment, for "seen". */
    private static String key(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 ? url.substring(0, hash) : url;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
