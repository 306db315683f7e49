package wales.councilaudit.crawl;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jsoup.nodes.Element;

/**
 * Turns the URL attributes of a parsed page into absolute {@code http}/{@code https} {@link URI}s: resolved against
 * the page's base (its {@code <base href>}, else its own URL) the way jsoup and browsers do, without the fragment,
 * with what a browser would escape percent-encoded (spaces, non-ASCII characters as UTF-8, stray {@code %}), the
 * host in ASCII (IDNA) and back slashes in the path read as slashes. Nothing is normalised beyond that (no case
 * folding, no default ports removed): that is the URL normaliser's job. Stateless and thread-safe.
 */
final class PageUrls {

    /** Characters that stay as they are in a path or query (RFC 3986 unreserved, sub-delims, ':', '@', '/', '?'). */
    private static final String KEPT = "-._~!$&'()*+,;=:@/?";

    private PageUrls() {}

    /**
     * Links resolved lately, by the origin of the page's base and the attribute as written: a site's header, footer
     * and navigation repeat the same root-relative and absolute links on every page. Lossy and bounded (one entry
     * per slot, the newer replacing the older); thread-safe without locks.
     */
    private static final AtomicReferenceArray<Resolved> RESOLVED = new AtomicReferenceArray<>(8192);

    private record Resolved(String origin, String raw, Optional<URI> url) {}

    /** The element's attribute as an absolute web URL, or empty when missing, blank or not http(s). */
    static Optional<URI> resolve(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return Optional.empty();
        }
        String raw = element.attr(attribute);
        String origin = reusableOrigin(element.baseUri(), raw);
        if (origin == null) {
            return toWebUri(element.absUrl(attribute));
        }
        int h = origin.hashCode() * 31 + raw.hashCode();
        int slot = (h ^ (h >>> 16)) & (RESOLVED.length() - 1);
        Resolved known = RESOLVED.get(slot);
        if (known != null && known.raw().equals(raw) && known.origin().equals(origin)) {
            return known.url();
        }
        Optional<URI> url = toWebUri(element.absUrl(attribute));
        RESOLVED.set(slot, new Resolved(origin, raw, url));
        return url;
    }

    /**
     * The base's scheme and authority when the link resolves the same against any base with them: an absolute
     * {@code http(s)://} link, or a root-relative one ({@code /path}, not {@code //host} or {@code /\host}); else
     * {@code null}. Resolution then depends on nothing else of the base (RFC 3986 section 5.2.2), so the answer may
     * be remembered.
     */
    private static String reusableOrigin(String base, String raw) {
        boolean absolute = raw.startsWith("http://") || raw.startsWith("https://");
        boolean rootRelative =
                raw.startsWith("/") && (raw.length() == 1 || (raw.charAt(1) != '/' && raw.charAt(1) != '\\'));
        if (!absolute && !rootRelative) {
            return null;
        }
        int colon = base.indexOf("://");
        if (colon < 0 || !(base.startsWith("http://") || base.startsWith("https://"))) {
            return null;
        }
        return base.substring(0, indexOfAny(base, colon + 3, "/?#"));
    }

    /** Whether the attribute's value, as written, only names a place in the same document ({@code #top}). */
    static boolean isFragmentOnly(Element element, String attribute) {
        return element.attr(attribute).strip().startsWith("#");
    }

    /** An absolute URL string as a web URI without its fragment; empty when it is not an absolute http(s) URL. */
    static Optional<URI> toWebUri(String absolute) {
        int hash = absolute.indexOf('#');
        String url = hash < 0 ? absolute : absolute.substring(0, hash);
        int colon = url.indexOf("://");
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int pathStart = indexOfAny(url, colon + 3, "/?");
        String authority = url.substring(colon + 3, pathStart);
        String rest = url.substring(pathStart);
        try {
            URI uri = new URI(scheme + "://" + asciiAuthority(authority) + escape(rest));
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** The authority with a non-ASCII host name in its IDNA ASCII form. */
    private static String asciiAuthority(String authority) {
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return authority;
        }
        int at = authority.lastIndexOf('@');
        int portColon = authority.indexOf(':', at + 1);
        int hostEnd = portColon < 0 ? authority.length() : portColon;
        String host = authority.substring(at + 1, hostEnd);
        return authority.substring(0, at + 1) + IDN.toASCII(host) + authority.substring(hostEnd);
    }

    /** The path and query with what may not stand in a URI percent-encoded, and '\' in the path as '/'. */
    private static String escape(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        StringBuilder out = new StringBuilder(pathAndQuery.length() + 16);
        for (int i = 0; i < pathAndQuery.length(); i++) {
            char c = pathAndQuery.charAt(i);
            if (c == '\\' && (query < 0 || i < query)) {
                out.append('/');
            } else if (isKept(c) || (c == '%' && isHexPair(pathAndQuery, i + 1))) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < pathAndQuery.length() ? i + 2 : i + 1;
                for (byte b : pathAndQuery.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0;
    }

    private static boolean isHexPair(String s, int at) {
        return at + 1 < s.length()
                && Character.digit(s.charAt(at), 16) >= 0
                && Character.digit(s.charAt(at + 1), 16) >= 0;
    }
}
