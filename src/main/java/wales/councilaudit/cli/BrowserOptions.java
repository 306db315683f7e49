package wales.councilaudit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import wales.councilaudit.browser.BrowserConfigException;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserProfiles;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.net.HostResolver;

/**
 * The browser stage's options, for a command that loads pages in Chromium to mix in ({@code @Mixin BrowserOptions
 * browser;}). Turned into {@link BrowserSettings} once, at the boundary; a malformed value becomes a {@link
 * UserInputException}.
 */
public final class BrowserOptions {

    @Option(
            names = "--browsers",
            paramLabel = "DIR",
            defaultValue = "browsers",
            description = "Browser profiles and grid.yaml (bundled copies when absent). Default: ${DEFAULT-VALUE}.")
    Path folder;

    @Option(
            names = "--grid",
            paramLabel = "URL",
            description = "Run the browser sessions on this Selenium Grid instead of local ChromeDriver (overrides "
                    + "browsers/grid.yaml).")
    String grid;

    @Option(
            names = "--browser-sessions",
            paramLabel = "N",
            defaultValue = "2",
            description = "Browser sessions at once. Default: ${DEFAULT-VALUE}.")
    int sessions;

    @Option(
            names = "--page-load-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Seconds a page may take to load in the browser. Default: ${DEFAULT-VALUE}.")
    double pageLoadSeconds;

    /** The profiles folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The settings: {@code --grid}, else {@code grid.yaml}'s url; the {@code --resolve} rules of {@code resolver}.
     *
     * @throws UserInputException naming the option or file and the problem
     */
    public BrowserSettings settings(HostResolver resolver) {
        if (!(pageLoadSeconds > 0) || pageLoadSeconds > 600) {
            throw new UserInputException("--page-load-timeout must be more than 0 and at most 600 seconds");
        }
        try {
            return BrowserSettings.defaults()
                    .withSessions(sessions)
                    .withPageLoadTimeout(Duration.ofMillis(Math.round(pageLoadSeconds * 1000)))
                    .withGrid(gridUrl())
                    .withResolve(resolver.rules());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private Optional<URI> gridUrl() {
        if (grid != null && !grid.isBlank()) {
            try {
                return Optional.of(new URI(grid.trim()));
            } catch (URISyntaxException e) {
                throw new UserInputException("--grid expects an http(s) URL, got: " + grid, e);
            }
        }
        try {
            return BrowserProfiles.grid(folder);
        } catch (BrowserConfigException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * The profiles a {@code --profile} value names: {@code both} (desktop and mobile), or names separated by commas,
     * each a profile in {@code --browsers}.
     *
     * @throws UserInputException naming a profile that is not there
     */
    List<BrowserProfile> profiles(String names) {
        List<String> chosen =
                names.strip().equalsIgnoreCase("both") ? List.of("desktop", "mobile") : List.of(names.split(","));
        List<BrowserProfile> profiles = new ArrayList<>();
        for (String name : chosen) {
            try {
                profiles.add(BrowserProfiles.find(folder(), name.strip()));
            } catch (BrowserConfigException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        return profiles;
    }
}
