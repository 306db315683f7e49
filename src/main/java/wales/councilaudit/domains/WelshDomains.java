package wales.councilaudit.domains;

import java.util.List;
import java.util.Locale;

/** The Welsh public-sector second-level domains of Annex F. */
public final class WelshDomains {

    /** The suffixes, with their leading dot. */
    public static final List<String> SUFFIXES = List.of(".gov.wales", ".llyw.cymru");

    private WelshDomains() {}

    /** Whether {@code host} is a name under {@code .gov.wales} or {@code .llyw.cymru}. */
    public static boolean isWelshDomain(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        for (String suffix : SUFFIXES) {
            if (h.endsWith(suffix) && h.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }
}
