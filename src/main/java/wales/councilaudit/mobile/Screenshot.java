package wales.councilaudit.mobile;

import java.nio.file.Path;
import java.util.Objects;

/** The screenshot taken as evidence of a visual finding (horizontal overflow), or why there is none. */
public sealed interface Screenshot {

    /** No screenshot: the page had no visual finding. */
    record NotTaken() implements Screenshot {}

    /**
     * A PNG written to disk.
     *
     * @param file the PNG, inside the folder the probe was given
     * @param fullPage whether it shows the whole page (Chromium's DevTools protocol) or only the viewport (a driver
     *     without it, such as a Grid session)
     */
    record Saved(Path file, boolean fullPage) implements Screenshot {
        public Saved {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Taking or writing the screenshot failed; the page's measurements stand without it.
     *
     * @param reason what went wrong, for the report
     */
    record Failed(String reason) implements Screenshot {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
