package wales.councilaudit.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The axe-core script bundled in Deque's {@code com.deque.html.axe-core:selenium} jar ({@code axe.min.js} at the jar's
 * root), read once, and the small scripts of this package ({@code wales/councilaudit/accessibility/*.js}).
 * Thread-safe.
 */
final class AxeScript {

    private static final Pattern VERSION = Pattern.compile("/\\*! axe v(\\d+\\.\\d+\\.\\d+\\S*)");

    private AxeScript() {}

    private static final class Holder {
        static final String SOURCE = read("axe.min.js");
        static final String VERSION_TEXT = version(SOURCE);
    }

    /** axe-core's source. */
    static String source() {
        return Holder.SOURCE;
    }

    /** axe-core's version as its banner states it ({@code 4.11.1}). */
    static String version() {
        return Holder.VERSION_TEXT;
    }

    /** One of this package's scripts, by file name ({@code axe-run.js}). */
    static String packaged(String name) {
        return read("wales/councilaudit/accessibility/" + name);
    }

    static String version(String source) {
        Matcher m = VERSION.matcher(source.substring(0, Math.min(source.length(), 200)));
        if (!m.find()) {
            throw new IllegalStateException("axe.min.js does not start with its version banner");
        }
        return m.group(1);
    }

    private static String read(String resource) {
        try (InputStream in = AxeScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
