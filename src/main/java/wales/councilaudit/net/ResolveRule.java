package wales.councilaudit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code --resolve PATTERN=ADDRESS} rule: requests for a host matching {@code pattern} connect to
 * {@code address} instead of the address DNS gives, the way {@code curl --resolve} does. Ports stay in the URLs.
 *
 * <p>{@code pattern} is a host name ({@code www.cardiff.gov.uk}) or a wildcard {@code *.domain}, which matches
 * every name below {@code domain} but not {@code domain} itself (Chromium's host-resolver rules read it the same
 * way). Names are compared case-insensitively. Immutable and thread-safe.
 *
 * @param pattern a lower-case host name, or {@code *.} followed by one
 * @param address a literal IPv4 or IPv6 address; never looked up in DNS
 */
public record ResolveRule(String pattern, InetAddress address) {

    private static final Pattern HOST =
            Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    public ResolveRule {
        if (pattern == null || !isValidPattern(pattern)) {
            throw new IllegalArgumentException("not a host name or *.domain pattern: " + pattern);
        }
        if (address == null) {
            throw new IllegalArgumentException("address is required");
        }
    }

    /**
     * Parses {@code PATTERN=ADDRESS}.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is malformed
     */
    public static ResolveRule parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(
                    "--resolve expects PATTERN=ADDRESS (for example www.cardiff.gov.uk=127.0.0.1), got: " + text);
        }
        String pattern = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String addressText = text.substring(eq + 1).trim();
        if (!isValidPattern(pattern)) {
            throw new IllegalArgumentException(
                    "--resolve pattern must be a host name or *.domain, got: " + text.substring(0, eq));
        }
        return new ResolveRule(pattern, literalAddress(addressText));
    }

    /** Whether this rule applies to {@code host} (already lower-case, without port). */
    public boolean matches(String host) {
        if (pattern.startsWith("*.")) {
            return host.endsWith(pattern.substring(1));
        }
        return host.equals(pattern);
    }

    /** Exact names beat wildcards; among wildcards the longer (more specific) domain wins. */
    int specificity() {
        return pattern.startsWith("*.") ? pattern.length() : Integer.MAX_VALUE;
    }

    /** The rule as Chromium's {@code --host-resolver-rules} entry, for example {@code MAP *.gov.wales 127.0.0.1}. */
    public String toChromiumRule() {
        String host = address.getHostAddress();
        return "MAP " + pattern + " " + (host.contains(":") ? "[" + host + "]" : host);
    }

    @Override
    public String toString() {
        return pattern + "=" + address.getHostAddress();
    }

    private static boolean isValidPattern(String pattern) {
        String host = pattern.startsWith("*.") ? pattern.substring(2) : pattern;
        return !host.isEmpty() && host.length() <= 253 && HOST.matcher(host).matches();
    }

    private static InetAddress literalAddress(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv4 = IPV4.matcher(bare).matches()
                && Arrays.stream(bare.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        boolean looksLiteral = ipv4 || (bare.contains(":") && bare.matches("[0-9a-fA-F:.]+"));
        if (!looksLiteral) { // the JDK would look up 999.1.1.1 in DNS as a name
            throw new IllegalArgumentException("--resolve address must be an IP address, got: " + text);
        }
        try {
            return InetAddress.getByName(bare); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--resolve address must be an IP address, got: " + text, e);
        }
    }
}
