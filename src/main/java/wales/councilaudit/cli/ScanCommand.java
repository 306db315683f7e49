package wales.councilaudit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.ConsentStrategyException;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.RefusedAddressException;

/**
 * {@code council-audit scan URL ... [--profile desktop|mobile|both] [--json] [--out DIR]}: the browser stage on the
 * pages given, without crawling; what a web team runs on its own pages.
 */
@Command(
        name = "scan",
        description = "Scan the given pages in headless Chromium: axe-core on every page and profile, the keyboard "
                + "probe (traps, invisible focus, skip links) on desktop, the mobile checks (viewport, overflow, "
                + "legible text, target size) on mobile; each host's first page is scanned as a home page, before "
                + "and after its cookie banner is dismissed. Writes scan.json, findings.csv and overflow "
                + "screenshots; prints a table (or the JSON with --json) and, last, the folder.")
final class ScanCommand implements Callable<Integer> {

    /** The most pages one scan takes: a web team's pages, not a crawl. */
    static final int MAX_PAGES = 500;

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    BrowserOptions browser;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Pages to scan (absolute http or https).")
    List<String> urls = new ArrayList<>();

    @Option(
            names = "--profile",
            paramLabel = "desktop|mobile|both|NAME",
            defaultValue = "both",
            description = "Browser profile(s) from the browsers folder. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--json", description = "Print scan.json to standard output instead of the table.")
    boolean json;

    @Option(
            names = "--keyboard",
            paramLabel = "all|home",
            defaultValue = "all",
            description = "Run the keyboard probe on every desktop page, or on home pages only. Default: "
                    + "${DEFAULT-VALUE}.")
    String keyboard;

    @Option(
            names = "--consent",
            paramLabel = "FILE",
            description = "How to dismiss cookie banners (YAML, see the bundled consent strategy). Default: bundled.")
    Path consent;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of <results>/<run-id>/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ScanRun.Outcome outcome = new ScanRun(settings(), Clock.systemUTC())
                .execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.folder());
        spec.commandLine().getOut().flush();
        return outcome.exitCode();
    }

    /** Validates every input before a browser starts or anything is written. */
    ScanRun.Settings settings() {
        GlobalOptions global = root.global;
        HostResolver resolver = global.hostResolver();
        List<URI> pages = pages(resolver);
        if (!keyboard.equals("all") && !keyboard.equals("home")) {
            throw new UserInputException("--keyboard must be all or home, got " + keyboard);
        }
        RunFolder.checkUsable(out);
        ConsentStrategy strategy;
        try {
            strategy = consent == null ? ConsentStrategyLoader.bundled() : ConsentStrategyLoader.load(consent);
        } catch (ConsentStrategyException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new ScanRun.Settings(
                pages,
                profiles(),
                browser.settings(resolver),
                strategy,
                keyboard.equals("all"),
                json,
                global.resultsDir(),
                Optional.ofNullable(out));
    }

    private List<BrowserProfile> profiles() {
        return browser.profiles(profile);
    }

    /** The pages, each once, in order: absolute http(s), with a host the address policy allows. */
    private List<URI> pages(HostResolver resolver) {
        LinkedHashSet<URI> pages = new LinkedHashSet<>();
        for (String text : urls) {
            URI url;
            try {
                url = new URI(text.strip());
            } catch (URISyntaxException e) {
                throw new UserInputException("not a URL: " + text, e);
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new UserInputException("scan takes absolute http or https URLs, got: " + text);
            }
            try {
                resolver.resolve(url.getHost());
            } catch (RefusedAddressException e) {
                throw new UserInputException(
                        url.getHost() + " is a private, loopback or link-local address: refused unless "
                                + "--allow-private-addresses is given (or a --resolve rule maps it)",
                        e);
            } catch (UnknownHostException e) {
                // Chromium resolves names itself; a name that does not resolve becomes that page's failure.
            }
            pages.add(url);
        }
        if (pages.size() > MAX_PAGES) {
            throw new UserInputException("scan takes at most " + MAX_PAGES + " pages, got " + pages.size());
        }
        return List.copyOf(pages);
    }
}
