package wales.councilaudit.accessibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two findings the same fault in a shared template: the rule, the element's selector normalised, and the
 * shape of its markup. Pages, profiles, views, text and attribute values are left out, so a fault in a shared header
 * has one fingerprint on every page.
 *
 * <p>Normalising a selector strips {@code :nth-child()}, {@code :nth-of-type()} and their {@code last} forms, drops
 * ids and classes that look generated (three or more digits, or a run of six or more letters and digits mixed, such
 * as {@code #ember1234} or {@code .css-1x2y3z}), and collapses every other run of digits to {@code 0}. A snippet's
 * shape is its first tag's name and attribute names, sorted: {@code <img src="a.png" alt="">} is {@code img[alt,src]}.
 *
 * @param rule the rule id
 * @param selector the normalised selector
 * @param shape the snippet's shape; empty when there was no snippet
 */
public record Fingerprint(String rule, String selector, String shape) {

    private static final Pattern NTH = Pattern.compile(":nth-(?:last-)?(?:child|of-type)\\([^)]*\\)");
    private static final Pattern ID_OR_CLASS = Pattern.compile("([#.])((?:\\\\.|[\\w-])+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GENERATED =
            Pattern.compile(".*\\d{3,}.*|.*(?=[a-zA-Z0-9]*\\d)(?=[a-zA-Z0-9]*[a-zA-Z])[a-zA-Z0-9]{6,}.*");
    private static final Pattern OPENING_TAG = Pattern.compile("^\\s*<([a-zA-Z][\\w:-]*)([^>]*)>?");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=\"'>/]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    public Fingerprint {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(shape, "shape");
    }

    /** The fingerprint of a finding. */
    public static Fingerprint of(Finding finding) {
        return new Fingerprint(finding.rule(), normaliseSelector(finding.selector()), shape(finding.html()));
    }

    /** A short stable id: the first 12 hex digits of the SHA-256 of the three parts. */
    public String id() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((rule + '\n' + selector + '\n' + shape).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Normalises each frame's and shadow root's part of the selector on its own. */
    static String normaliseSelector(String selector) {
        List<String> shadows = new ArrayList<>();
        for (String shadow : selector.split(Pattern.quote(Finding.SHADOW_SEPARATOR), -1)) {
            List<String> frames = new ArrayList<>();
            for (String frame : shadow.split(Pattern.quote(Finding.FRAME_SEPARATOR), -1)) {
                frames.add(normaliseOne(frame));
            }
            shadows.add(String.join(Finding.FRAME_SEPARATOR, frames));
        }
        return String.join(Finding.SHADOW_SEPARATOR, shadows);
    }

    private static String normaliseOne(String selector) {
        String stripped = NTH.matcher(selector).replaceAll("");
        Matcher m = ID_OR_CLASS.matcher(stripped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String replacement = GENERATED.matcher(name).matches()
                    ? ""
                    : m.group(1) + DIGITS.matcher(name).replaceAll("0");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return emptyCompoundsAsAny(out.toString());
    }

    /** A compound selector left empty ({@code div > } after {@code #ember123} went) becomes {@code *}. */
    private static String emptyCompoundsAsAny(String selector) {
        String spaced = selector.replaceAll("\\s*([>+~])\\s*", " $1 ").trim();
        String[] parts = spaced.split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean needCompound = true;
        for (String part : parts) {
            boolean combinator = part.equals(">") || part.equals("+") || part.equals("~");
            if (combinator
                    || part.equals(Finding.FRAME_SEPARATOR.strip())
                    || part.equals(Finding.SHADOW_SEPARATOR.strip())) {
                if (needCompound) {
                    out.append("* ");
                }
                out.append(part).append(' ');
                needCompound = true;
            } else if (!part.isEmpty()) {
                out.append(part).append(' ');
                needCompound = false;
            }
        }
        if (needCompound) {
            out.append('*');
        }
        return out.toString().trim();
    }

    static String shape(String html) {
        Matcher tag = OPENING_TAG.matcher(html);
        if (!tag.find()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
        while (attribute.find()) {
            names.add(attribute.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return tag.group(1).toLowerCase(java.util.Locale.ROOT) + "[" + String.join(",", names) + "]";
    }
}
