package wales.councilaudit.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.net.ResolveRule;

/**
 * How the {@link BrowserPool} runs its sessions. Immutable and thread-safe.
 *
 * @param sessions the most sessions alive at once, 1 to 64; also the most pages loaded at once
 * @param recycleAfter pages a session loads before it is quit and replaced, 1 to 100,000 (each attempt counts)
 * @param pageLoadTimeout how long a navigation may take before the page fails with {@link
 *     FailureKind#PAGE_LOAD_TIMEOUT}; more than 0, at most 10 minutes
 * @param scriptTimeout how long an asynchronous script the work runs may take; more than 0, at most 10 minutes
 * @param startTimeout how long a session may take to start; more than 0, at most 10 minutes
 * @param grid a Selenium Grid's http(s) URL, or empty for local ChromeDriver sessions
 * @param resolve host-resolver rules ({@code --resolve}) given to Chromium, in order; may be empty
 */
public record BrowserSettings(
        int sessions,
        int recycleAfter,
        Duration pageLoadTimeout,
        Duration scriptTimeout,
        Duration startTimeout,
        Optional<URI> grid,
        List<ResolveRule> resolve) {

    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    public BrowserSettings {
        if (sessions < 1 || sessions > 64) {
            throw new IllegalArgumentException("sessions must be 1 to 64, got " + sessions);
        }
        if (recycleAfter < 1 || recycleAfter > 100_000) {
            throw new IllegalArgumentException("recycle-after must be 1 to 100000 pages, got " + recycleAfter);
        }
        checkTimeout("page-load timeout", pageLoadTimeout);
        checkTimeout("script timeout", scriptTimeout);
        checkTimeout("start timeout", startTimeout);
        Objects.requireNonNull(grid, "grid");
        grid.ifPresent(BrowserSettings::checkGrid);
        resolve = List.copyOf(resolve);
    }

    /**
     * Two local sessions (both cores of a small machine are busy with two), recycled after 100 pages, 30 s to load
     * a page, 30 s for a script, 60 s to start, no Grid, no resolver rules.
     */
    public static BrowserSettings defaults() {
        return new BrowserSettings(
                2,
                100,
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                Optional.empty(),
                List.of());
    }

    public BrowserSettings withSessions(int value) {
        return new BrowserSettings(value, recycleAfter, pageLoadTimeout, scriptTimeout, startTimeout, grid, resolve);
    }

    public BrowserSettings withRecycleAfter(int value) {
        return new BrowserSettings(sessions, value, pageLoadTimeout, scriptTimeout, startTimeout, grid, resolve);
    }

    public BrowserSettings withPageLoadTimeout(Duration value) {
        return new BrowserSettings(sessions, recycleAfter, value, scriptTimeout, startTimeout, grid, resolve);
    }

    public BrowserSettings withScriptTimeout(Duration value) {
        return new BrowserSettings(sessions, recycleAfter, pageLoadTimeout, value, startTimeout, grid, resolve);
    }

    public BrowserSettings withGrid(Optional<URI> value) {
        return new BrowserSettings(
                sessions, recycleAfter, pageLoadTimeout, scriptTimeout, startTimeout, value, resolve);
    }

    public BrowserSettings withResolve(List<ResolveRule> value) {
        return new BrowserSettings(sessions, recycleAfter, pageLoadTimeout, scriptTimeout, startTimeout, grid, value);
    }

    /**
     * Checks a Grid URL: absolute, http or https, with a host, no query or fragment.
     *
     * @return {@code url}
     * @throws IllegalArgumentException naming the problem
     */
    static URI checkGrid(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || url.getHost() == null
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException("the Grid URL must be http(s)://HOST[:PORT][/PATH], got " + url);
        }
        return url;
    }

    private static void checkTimeout(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(what + " must be more than 0 and at most 10 minutes, got " + value);
        }
    }
}
