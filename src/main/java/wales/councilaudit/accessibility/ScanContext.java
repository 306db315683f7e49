package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.Objects;

/**
 * What every finding of one scan shares.
 *
 * @param page the page's address
 * @param profile the browser profile's name
 * @param view which view of the page
 */
public record ScanContext(URI page, String profile, View view) {

    public ScanContext {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(view, "view");
    }

    ScanContext inView(View other) {
        return new ScanContext(page, profile, other);
    }
}
