package wales.councilaudit.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An address that came from a site, as the HTML report shows it: always as text, and as a link only when it is an
 * absolute {@code http} or {@code https} URI. A {@code javascript:}, {@code data:} or {@code vbscript:} address, a
 * relative one, or one that does not parse is never put in an {@code href}.
 *
 * @param text the address as recorded, shown escaped
 * @param href the address to link to, or an empty string when it must not be linked
 */
public record SafeLink(String text, String href) {

    /** The link of a recorded address. */
    public static SafeLink of(String address) {
        return new SafeLink(
                address, linkable(address) ? URI.create(address.strip()).toASCIIString() : "");
    }

    public static SafeLink of(URI address) {
        return of(address.toString());
    }

    /** Whether the address may be linked: only when {@link #href} is not empty. */
    public boolean safe() {
        return !href.isEmpty();
    }

    static boolean linkable(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return false;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
