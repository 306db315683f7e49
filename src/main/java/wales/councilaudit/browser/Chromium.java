package wales.councilaudit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import wales.councilaudit.net.ResolveRule;

/**
 * Starts a local headless Chromium through Debian's ChromeDriver, with explicit paths so that Selenium Manager never
 * runs and nothing is downloaded. Each session gets its own fresh profile, HOME and TMPDIR in a temporary folder.
 *
 * <p>The paths default to Debian's ({@value #DEFAULT_BINARY}, {@value #DEFAULT_DRIVER}); the system properties or
 * environment variables {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} override them.
 */
public final class Chromium {

    public static final String DEFAULT_BINARY = "/usr/lib/chromium/chromium";
    public static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    private Chromium() {}

    /** The Chromium binary to run. */
    public static Path binary() {
        return Path.of(setting("CHROMIUM_BINARY", DEFAULT_BINARY));
    }

    /** The ChromeDriver to run. */
    public static Path driver() {
        return Path.of(setting("CHROMEDRIVER", DEFAULT_DRIVER));
    }

    /** Whether this machine has both the binary and the driver (the browser tests need them). */
    public static boolean installed() {
        return Files.isExecutable(binary()) && Files.isExecutable(driver());
    }

    /**
     * The options for a local headless session of the given profile: {@link #gridOptions} plus the binary's path and
     * a fresh {@code --user-data-dir}.
     *
     * @param profile the viewport and device to present
     * @param resolve host-resolver rules (the {@code --resolve} option), in order; may be empty
     * @param userDataDir a fresh folder for Chromium's profile
     */
    public static ChromeOptions options(BrowserProfile profile, List<ResolveRule> resolve, Path userDataDir) {
        ChromeOptions options = gridOptions(profile, resolve);
        options.setBinary(binary().toFile());
        options.addArguments("--user-data-dir=" + userDataDir);
        return options;
    }

    /**
     * The options for a headless session of the given profile with no local paths, as sent to a Selenium Grid:
     * the flags, the viewport (a window size, or mobile emulation with touch and the user agent) and the
     * host-resolver rules.
     *
     * @param profile the viewport and device to present
     * @param resolve host-resolver rules (the {@code --resolve} option), in order; may be empty
     */
    public static ChromeOptions gridOptions(BrowserProfile profile, List<ResolveRule> resolve) {
        SeleniumLogging.quiet();
        ChromeOptions options = new ChromeOptions();
        List<String> args = new ArrayList<>(List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage"));
        if (profile.mobile()) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation(profile));
        } else {
            args.add("--window-size=" + profile.width() + "," + profile.height());
            if (profile.pixelRatio() != 1.0) {
                args.add("--force-device-scale-factor=" + profile.pixelRatio());
            }
            if (!profile.userAgent().isEmpty()) {
                args.add("--user-agent=" + profile.userAgent());
            }
        }
        if (!resolve.isEmpty()) {
            args.add("--host-resolver-rules="
                    + resolve.stream().map(ResolveRule::toChromiumRule).collect(Collectors.joining(",")));
        }
        options.addArguments(args);
        return options;
    }

    private static Map<String, Object> mobileEmulation(BrowserProfile profile) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", profile.width());
        metrics.put("height", profile.height());
        metrics.put("pixelRatio", profile.pixelRatio());
        metrics.put("touch", true);
        metrics.put("mobile", true);
        Map<String, Object> emulation = new LinkedHashMap<>();
        emulation.put("deviceMetrics", metrics);
        if (!profile.userAgent().isEmpty()) {
            emulation.put("userAgent", profile.userAgent());
        }
        return emulation;
    }

    /**
     * Starts a local session. The caller owns it and must {@link ChromeDriver#quit()} it; the temporary folder is
     * left for the caller's clean-up ({@code home}).
     *
     * @param profile the viewport and device to present
     * @param resolve host-resolver rules, in order; may be empty
     * @param home a fresh folder for the session's HOME, TMPDIR and Chromium profile
     * @param startTimeout how long to wait for the driver to start
     */
    public static ChromeDriver start(
            BrowserProfile profile, List<ResolveRule> resolve, Path home, Duration startTimeout) {
        return start(options(profile, resolve, userDataDir(home)), home, startTimeout);
    }

    /** The Chromium profile folder of a session whose temporary folder is {@code home}: {@code home/profile}. */
    public static Path userDataDir(Path home) {
        return home.resolve("profile");
    }

    /**
     * Starts a local session with options from {@link #options} (whose {@code --user-data-dir} should be {@code
     * home/profile}). The caller owns it and must {@link ChromeDriver#quit()} it and delete {@code home}.
     *
     * @param options the session's options, with the binary's path set
     * @param home a fresh folder for the session's HOME, TMPDIR and Chromium profile
     * @param startTimeout how long to wait for the driver to start
     */
    public static ChromeDriver start(ChromeOptions options, Path home, Duration startTimeout) {
        Objects.requireNonNull(options, "options");
        Path tmp = home.resolve("tmp");
        Path userData = userDataDir(home);
        try {
            Files.createDirectories(tmp);
            Files.createDirectories(userData);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the browser's folders under " + home, e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().toFile())
                .usingAnyFreePort()
                .withTimeout(startTimeout)
                .withEnvironment(Map.of("HOME", home.toString(), "TMPDIR", tmp.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
