package wales.councilaudit.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the links found on a page into the absolute URLs a crawl fetches and de-duplicates, with crawler-commons'
 * {@code BasicURLNormalizer} (its type stays inside this class). Pure, immutable and thread-safe; it never throws for
 * any link, and never fetches or resolves anything.
 *
 * <p>What a normalised URL looks like:
 *
 * <ul>
 *   <li>absolute, {@code http} or {@code https}, with a host (a name or an IPv4 literal), and no fragment;
 *   <li>scheme and host lower case, the host's trailing dot removed, a non-ASCII host in Punycode;
 *   <li>no default port ({@code :80} for http, {@code :443} for https); any other port kept ({@code :8088});
 *   <li>no user information ({@code user:password@} is dropped);
 *   <li>a path of at least {@code /}, with dot segments ({@code ./}, {@code ../}) resolved, {@code ../} above the
 *       root dropped, empty segments ({@code //}) collapsed;
 *   <li>characters that may not appear in a URL (spaces, controls, non-ASCII letters such as {@code ŵ}, a stray
 *       {@code %}) percent-encoded as UTF-8, percent-escapes in upper case, and escapes of unreserved characters
 *       ({@code %7E}, {@code %41}) decoded;
 *   <li>the query in its own parameter order (nothing is sorted), with empty parameters ({@code &&}) dropped, a
 *       parameter with an empty value written without {@code =}, and an empty query ({@code ?}) removed.
 * </ul>
 *
 * <p>Links are resolved as RFC 3986 §5.2 says (so {@code ?page=2} keeps the base's path, and an empty link or a bare
 * fragment is the base itself). Leading and trailing whitespace and any tab or line break inside a link are removed
 * first, as browsers do.
 *
 * <p>A link is rejected (an empty result) when its scheme is not http or https ({@code mailto:}, {@code javascript:},
 * {@code tel:}, {@code file:}, {@code data:}, ...), when it cannot be parsed or has no host (including host names
 * Java's {@link URI} cannot parse, such as names with {@code _}), when its port is above 65535, when the host is an
 * IPv6 literal (which {@code BasicURLNormalizer} does not accept), when an absolute URL was asked for and the text has no scheme,
 * or when the link as written or the normalised URL
 * is longer than {@link #MAX_LENGTH} characters.
 */
public final class UrlNormaliser {

    /** The longest URL accepted, in characters: what common servers, CDNs and sitemaps (50,000 URLs) allow. */
    public static final int MAX_LENGTH = 2048;

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern EDGE_WHITESPACE = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .idnNormalization(BasicURLNormalizer.IdnNormalization.PUNYCODE)
            .build();

    /**
     * Normalises an absolute URL.
     *
     * @param url an absolute URL as written (in a sitemap, a redirect's {@code Location}, the registry)
     * @return the normalised URL, or empty when it is rejected (see the class description)
     */
    public Optional<URI> normalise(String url) {
        return clean(url).filter(u -> SCHEME.matcher(u).find()).flatMap(this::normaliseAbsolute);
    }

    /**
     * Resolves a link against the URL of the page it was found on and normalises it.
     *
     * @param base the page's URL (after redirects, or its {@code <base href>} once normalised): an absolute http(s)
     *     URL
     * @param link the link as written in the page ({@code href} or {@code src}), absolute or relative
     * @return the normalised URL, or empty when the link is rejected (see the class description)
     * @throws IllegalArgumentException when {@code base} is not an absolute http(s) URL with a host
     */
    public Optional<URI> normalise(URI base, String link) {
        URI normalisedBase = normalise(base.toString())
                .orElseThrow(() -> new IllegalArgumentException("not an absolute http(s) URL: " + base));
        Optional<String> cleaned = clean(link);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> absolute = resolve(normalisedBase, cleaned.get());
        return absolute.flatMap(this::normaliseAbsolute);
    }

    /**
     * The link without whitespace at its ends, tabs and line breaks, and its fragment, with a backslash before the
     * query read as a slash (as browsers read one in http URLs); empty when it is too long or names a scheme other
     * than http(s).
     */
    private static Optional<String> clean(String link) {
        if (link.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String cleaned = TAB_OR_NEWLINE
                .matcher(EDGE_WHITESPACE.matcher(link).replaceAll(""))
                .replaceAll("");
        int hash = cleaned.indexOf('#');
        if (hash >= 0) {
            cleaned = cleaned.substring(0, hash);
        }
        int question = cleaned.indexOf('?');
        int pathEnd = question < 0 ? cleaned.length() : question;
        cleaned = cleaned.substring(0, pathEnd).replace('\\', '/') + cleaned.substring(pathEnd);
        Matcher scheme = SCHEME.matcher(cleaned);
        if (scheme.find() && !WEB_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(cleaned);
    }

    /** RFC 3986 §5.2: {@link URI#resolve} follows RFC 2396 for an empty reference and a query-only one. */
    private static Optional<String> resolve(URI base, String link) {
        String escaped = BasicURLNormalizer.escapePath(link);
        String basePath = base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath();
        if (escaped.isEmpty()) {
            return Optional.of(base.toString());
        }
        if (escaped.startsWith("?")) {
            return Optional.of(basePath + escaped);
        }
        try {
            return Optional.of(base.resolve(new URI(escaped)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Normalises an absolute URL without its fragment. The query is taken off before {@code BasicURLNormalizer} sees
     * the URL, as it would sort the parameters; its escaping and parameter rules are then applied to the query alone.
     */
    private Optional<URI> normaliseAbsolute(String url) {
        int question = url.indexOf('?');
        String withoutQuery = question < 0 ? url : url.substring(0, question);
        String query = question < 0 ? "" : normaliseQuery(url.substring(question + 1));
        String normalised;
        try {
            normalised = normalizer.filter(withoutQuery);
        } catch (RuntimeException e) {
            // BasicURLNormalizer is not known to throw; if it ever does, the link is malformed, not the crawl.
            return Optional.empty();
        }
        if (normalised == null) {
            return Optional.empty();
        }
        return checked(query.isEmpty() ? normalised : normalised + "?" + query);
    }

    /** The query escaped as {@code BasicURLNormalizer} escapes one, in its own parameter order. */
    private static String normaliseQuery(String query) {
        String escaped = BasicURLNormalizer.unescapePath(BasicURLNormalizer.escapePath(query));
        if (escaped.isEmpty()) {
            return "";
        }
        return BasicURLNormalizer.formatQueryParameters(
                BasicURLNormalizer.parseQueryParameters("?" + escaped, 1, Set.of()));
    }

    /** The URL when it is a well-formed absolute http(s) URL with a host, a valid port and an acceptable length. */
    private static Optional<URI> checked(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean web = uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme());
        boolean hasHost = uri.getHost() != null && !uri.getHost().isEmpty();
        boolean validPort = uri.getPort() <= 65_535;
        return web && hasHost && validPort ? Optional.of(uri) : Optional.empty();
    }
}
