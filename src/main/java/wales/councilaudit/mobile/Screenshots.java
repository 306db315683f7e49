package wales.councilaudit.mobile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Full-page PNG screenshots as evidence of visual findings. With a Chromium driver that speaks the DevTools protocol
 * ({@link HasCdp}: a local ChromeDriver) the whole page is captured with {@code Page.captureScreenshot} and {@code
 * captureBeyondViewport}, clipped to the page's CSS content size (at most {@link #MAX_CSS_PX} each way) at a scale
 * of one image pixel per CSS pixel; any other driver that {@link TakesScreenshot} gives the viewport only. Failures
 * are {@link Screenshot.Failed}, never exceptions. Not thread-safe per driver, like the driver itself.
 */
public final class Screenshots {

    /** The largest width or height captured, CSS px: longer pages are cut off at the bottom. */
    public static final int MAX_CSS_PX = 8000;

    private static final int MAX_NAME = 80;

    private Screenshots() {}

    /**
     * Captures what {@code driver} shows into {@code folder}, named by {@link #fileName(URI)}.
     *
     * @param folder created when missing
     */
    public static Screenshot capture(WebDriver driver, URI page, Path folder) {
        Path file = folder.resolve(fileName(page));
        try {
            Files.createDirectories(folder);
            if (driver instanceof HasCdp cdp) {
                Files.write(file, fullPage(cdp, pixelRatio(driver)));
                return new Screenshot.Saved(file, true);
            }
            if (driver instanceof TakesScreenshot shooter) {
                Files.write(file, shooter.getScreenshotAs(OutputType.BYTES));
                return new Screenshot.Saved(file, false);
            }
            return new Screenshot.Failed("the driver cannot take screenshots");
        } catch (IOException e) {
            return new Screenshot.Failed("cannot write " + file + ": " + e.getMessage());
        } catch (WebDriverException e) {
            return new Screenshot.Failed("the browser did not give a screenshot: " + firstLine(e.getMessage()));
        }
    }

    /**
     * A file name for a page's screenshot: {@code mobile-}, the host and path with anything but letters, digits,
     * dots and hyphens made a hyphen (shortened), and the first 10 hex digits of the address's SHA-256, so two
     * addresses never share a name in practice and the name is safe on every file system.
     */
    public static String fileName(URI page) {
        String readable =
                (page.getHost() == null ? "" : page.getHost()) + (page.getRawPath() == null ? "" : page.getRawPath());
        readable = readable.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (readable.length() > MAX_NAME) {
            readable = readable.substring(0, MAX_NAME);
        }
        return "mobile-" + readable + "-" + digest(page.toString()) + ".png";
    }

    private static byte[] fullPage(HasCdp cdp, double pixelRatio) {
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double width = Math.min(MAX_CSS_PX, Math.max(1, ((Number) size.get("width")).doubleValue()));
        double height = Math.min(MAX_CSS_PX, Math.max(1, ((Number) size.get("height")).doubleValue()));
        Map<String, Object> clip = new LinkedHashMap<>();
        clip.put("x", 0);
        clip.put("y", 0);
        clip.put("width", Math.ceil(width));
        clip.put("height", Math.ceil(height));
        clip.put("scale", 1.0 / pixelRatio);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", "png");
        params.put("captureBeyondViewport", true);
        params.put("clip", clip);
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", params);
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static double pixelRatio(WebDriver driver) {
        if (driver instanceof JavascriptExecutor js
                && js.executeScript("return window.devicePixelRatio") instanceof Number ratio
                && ratio.doubleValue() > 0) {
            return ratio.doubleValue();
        }
        return 1.0;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
