package wales.councilaudit.browser;

import java.util.Objects;

/**
 * How a browser session presents itself: the viewport in CSS pixels, the device pixel ratio, whether it emulates a
 * phone (mobile emulation with touch and a mobile user agent) and the user agent it sends.
 *
 * @param name the profile's name, such as {@code desktop} or {@code mobile}; lower-case letters, digits and hyphens
 * @param width the viewport's width in CSS pixels, 200 to 4000
 * @param height the viewport's height in CSS pixels, 200 to 4000
 * @param pixelRatio the device pixel ratio, more than 0 and at most 5
 * @param mobile whether Chromium emulates a mobile device (touch, mobile viewport rules)
 * @param userAgent the user agent to send, or empty for Chromium's own
 *     <p>Immutable and thread-safe. Profiles are read from {@code browsers/} by {@link BrowserProfiles}.
 */
public record BrowserProfile(String name, int width, int height, double pixelRatio, boolean mobile, String userAgent) {

    /** The desktop profile of the brief: 1366×768. */
    public static final BrowserProfile DESKTOP = new BrowserProfile("desktop", 1366, 768, 1.0, false, "");

    /** The mobile profile of the brief: 390×844 at pixel ratio 3, touch, a mobile user agent. */
    public static final BrowserProfile MOBILE = new BrowserProfile(
            "mobile",
            390,
            844,
            3.0,
            true,
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/156.0.0.0 Mobile Safari/537.36");

    /** The smallest viewport side, in CSS pixels. */
    public static final int MIN_SIZE = 200;

    /** The largest viewport side, in CSS pixels. */
    public static final int MAX_SIZE = 4000;

    /** The largest device pixel ratio. */
    public static final double MAX_PIXEL_RATIO = 5;

    public BrowserProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("profile name must be lower-case letters, digits and hyphens: " + name);
        }
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "viewport must be 200 to 4000 pixels each way, got " + width + "x" + height);
        }
        if (!(pixelRatio > 0) || pixelRatio > MAX_PIXEL_RATIO) {
            throw new IllegalArgumentException("pixel ratio must be more than 0 and at most 5, got " + pixelRatio);
        }
    }

    /** Whether {@code name} may name a profile: lower-case letters, digits and hyphens, starting with a letter or digit. */
    public static boolean isValidName(String name) {
        return name != null && name.matches("[a-z0-9][a-z0-9-]*");
    }
}
