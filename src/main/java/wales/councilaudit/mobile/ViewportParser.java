package wales.councilaudit.mobile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a meta viewport's {@code content} the way Blink does: properties {@code key=value} separated by commas,
 * semicolons or white space (white space around {@code =} allowed), keys and keywords in any case. Never fetches,
 * never throws on bad content: a tag with no known property is {@link ViewportMeta.Invalid}. Pure and thread-safe.
 *
 * <p>Rules: {@code width=device-width} makes the viewport usable ({@link ViewportMeta#mobileViewport()}); zoom is
 * disabled by {@code user-scalable} set to anything Blink reads as "no" ({@code no}, or a number below 1 in absolute
 * value, or a word other than {@code yes}, {@code device-width} and {@code device-height}), or by a {@code
 * maximum-scale} that is a number below 2 (axe-core's {@code meta-viewport} threshold). When one key appears twice
 * the later one wins, as in Blink.
 */
public final class ViewportParser {

    /** The longest tag text kept as evidence, in characters. */
    public static final int MAX_EVIDENCE = 300;

    /** The lowest {@code maximum-scale} that still allows zoom (axe-core's {@code meta-viewport}, WCAG 1.4.4). */
    public static final double MIN_MAXIMUM_SCALE = 2.0;

    private static final Set<String> KNOWN = Set.of(
            "width",
            "height",
            "initial-scale",
            "minimum-scale",
            "maximum-scale",
            "user-scalable",
            "viewport-fit",
            "interactive-widget",
            "shrink-to-fit",
            "target-densitydpi");
    private static final Pattern AROUND_EQUALS = Pattern.compile("\\s*=\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private ViewportParser() {}

    /** The outcome for a document without a viewport tag. */
    public static ViewportMeta missing() {
        return new ViewportMeta.Missing();
    }

    /**
     * Reads one viewport tag.
     *
     * @param content the tag's {@code content} attribute; empty when it has none
     * @param tag the tag as written (its outer HTML), kept as evidence, shortened to {@link #MAX_EVIDENCE}
     */
    public static ViewportMeta parse(String content, String tag) {
        Objects.requireNonNull(content, "content");
        String evidence = shorten(Objects.requireNonNull(tag, "tag"));
        String width = null;
        String userScalable = null;
        String maximumScale = null;
        boolean known = false;
        List<String> ignored = new ArrayList<>();
        for (String token :
                SEPARATORS.split(AROUND_EQUALS.matcher(content.strip()).replaceAll("="))) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            String key = (eq < 0 ? token : token.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : token.substring(eq + 1).toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(key)) {
                ignored.add(token);
                continue;
            }
            known = true;
            switch (key) {
                case "width" -> width = value;
                case "user-scalable" -> userScalable = value;
                case "maximum-scale" -> maximumScale = value;
                default -> {
                    // a valid property that neither makes the viewport usable nor disables zoom
                }
            }
        }
        if (!known) {
            return new ViewportMeta.Invalid(evidence, ignored);
        }
        boolean zoomDisabled = scalableSaysNo(userScalable) || belowMinimumScale(maximumScale);
        return new ViewportMeta.Declared(evidence, "device-width".equals(width), zoomDisabled, ignored);
    }

    private static boolean scalableSaysNo(String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("yes") || value.equals("device-width") || value.equals("device-height")) {
            return false;
        }
        return number(value).map(n -> Math.abs(n) < 1).orElse(true);
    }

    private static boolean belowMinimumScale(String value) {
        return value != null && number(value).map(n -> n < MIN_MAXIMUM_SCALE).orElse(false);
    }

    private static Optional<Double> number(String value) {
        try {
            double n = Double.parseDouble(value);
            return Double.isFinite(n) ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String tag) {
        String oneLine = tag.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_EVIDENCE ? oneLine : oneLine.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}
