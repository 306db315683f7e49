package wales.councilaudit.serve;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders the dashboard's pages with Pebble, auto-escaping on and strict about variables, as the report does. The
 * dashboard's templates ({@code serve/templates/}) come first; the report's ({@code report/templates/}) answer the
 * includes the dashboard shares with it ({@code league-table}, {@code council-head}, {@code council-body}).
 * Thread-safe.
 */
final class Pages {

    private final PebbleEngine engine;

    Pages() {
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(List.<Loader<?>>of(
                        loader("wales/councilaudit/serve/templates"), loader("wales/councilaudit/report/templates"))))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .cacheActive(true)
                .build();
    }

    /** The page {@code template} with {@code model}. */
    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the dashboard's " + template + " page", e);
        }
        return out.toString();
    }

    private static ClasspathLoader loader(String prefix) {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix(prefix);
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        return loader;
    }
}
