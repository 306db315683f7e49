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

    public BrowserProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("profile name must be lower-case letters, digits and hyphens: " + name);
        }
        if (width < 200 || width > 4000 || height < 200 || height > 4000) {
            throw new IllegalArgumentException(
                    "viewport must be 200 to 4000 pixels each way, got " + width + "x" + height);
        }
        if (!(pixelRatio > 0) || pixelRatio > 5) {
            throw new IllegalArgumentException("pixel ratio must be more than 0 and at most 5, got " + pixelRatio);
        }
    }
}
