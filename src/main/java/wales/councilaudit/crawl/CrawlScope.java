package wales.councilaudit.crawl;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.registry.Council;

/**
 * Which URLs belong to a council's crawl: http and https URLs whose host is exactly one of the council's hosts, on
 * any port. Every other URL is out of scope, with a reason ({@link OutOfScope}) so it can be recorded as an outlink.
 * Immutable and thread-safe; it never looks anything up.
 *
 * <p>Hosts are compared exactly, after lower-casing, removing a trailing dot and converting a non-ASCII name to
 * Punycode: {@code www.cardiff.gov.uk} and {@code cardiff.gov.uk} are different hosts, and each must be listed to be
 * crawled; subdomains of a listed host are not in scope. A listed host is in scope even when it is an IP literal or a
 * non-public address (the operator named it). An unlisted host is {@link OutOfScope#NON_PUBLIC_ADDRESS} when it can
 * only be a non-public address — an IP literal that {@link AddressPolicy#isPublic} refuses, or {@code localhost} and
 * names below it (RFC 6761) — unless the policy allows non-public addresses, in which case such a literal is an
 * {@link OutOfScope#IP_LITERAL} and such a name an {@link OutOfScope#OTHER_HOST}.
 *
 * <p>Scope is decided on the URL alone. A listed host name whose DNS answer is a non-public address is refused
 * later, when it is connected to, by {@link wales.councilaudit.net.HostResolver}.
 */
public final class CrawlScope {

    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d+(?:\\.\\d+){0,3}");

    private final Set<String> hosts;
    private final AddressPolicy policy;

    /**
     * @param hosts the council's hosts: names or IP literals, without scheme or port, in any case; at least one
     * @param policy whether non-public addresses may be reached at all (it only changes the reason given for them)
     * @throws IllegalArgumentException when there is no host or one is not a host name or IP literal
     */
    public CrawlScope(Collection<String> hosts, AddressPolicy policy) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a crawl scope needs at least one host");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String host : hosts) {
            canonical.add(canonicalListedHost(host));
        }
        this.hosts = Set.copyOf(canonical);
        this.policy = policy;
    }

    /** The scope of a council from the registry: every host it answers on ({@link Council#allHosts()}). */
    public static CrawlScope forCouncil(Council council, AddressPolicy policy) {
        return new CrawlScope(council.allHosts(), policy);
    }

    /** The council's hosts, canonical (lower case, Punycode, no trailing dot, IPv6 without brackets). */
    public Set<String> hosts() {
        return hosts;
    }

    /** Whether {@code url} belongs to the crawl: the same as {@code whyOutOfScope(url).isEmpty()}. */
    public boolean inScope(URI url) {
        return whyOutOfScope(url).isEmpty();
    }

    /**
     * Why {@code url} is not part of the crawl.
     *
     * @param url any URI; a normalised one ({@link UrlNormaliser}) for a meaningful answer
     * @return empty when the URL is in scope, otherwise the reason it is not
     */
    public Optional<OutOfScope> whyOutOfScope(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(OutOfScope.SCHEME);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of(OutOfScope.NO_HOST);
        }
        String host = canonical(url.getHost());
        if (hosts.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(unlisted(host));
    }

    private OutOfScope unlisted(String host) {
        Optional<InetAddress> literal = literalAddress(host);
        if (literal.isPresent()) {
            boolean refused = !policy.permits(literal.get());
            return refused ? OutOfScope.NON_PUBLIC_ADDRESS : OutOfScope.IP_LITERAL;
        }
        boolean loopbackName = host.equals("localhost") || host.endsWith(".localhost");
        return loopbackName && !policy.allowNonPublic() ? OutOfScope.NON_PUBLIC_ADDRESS : OutOfScope.OTHER_HOST;
    }

    /**
     * The address an IP-literal host stands for, parsed without any lookup; empty for a host name, for something
     * that only looks like an IP literal ({@code 999.1.1.1}) and for an IPv6 literal with a zone ({@code %eth0}).
     */
    static Optional<InetAddress> literalAddress(String host) {
        try {
            if (host.indexOf(':') >= 0) {
                // Only hex digits, colons and dots: InetAddress parses it as an IPv6 literal and never asks DNS.
                return IPV6_LITERAL.matcher(host).matches()
                        ? Optional.of(InetAddress.getByName(host))
                        : Optional.empty();
            }
            Optional<byte[]> octets = ipv4(host);
            return octets.isPresent() ? Optional.of(InetAddress.getByAddress(octets.get())) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The four bytes of an IPv4 literal in any form Java's {@link InetAddress} reads without DNS: {@code a.b.c.d},
     * and the shorter {@code a.b.c}, {@code a.b} and {@code a} whose last part fills the remaining bytes (so {@code
     * 2130706433} is {@code 127.0.0.1}); all parts decimal.
     */
    private static Optional<byte[]> ipv4(String host) {
        if (!IPV4_LITERAL.matcher(host).matches()) {
            return Optional.empty();
        }
        String[] parts = host.split("\\.");
        long value = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            long max = last ? (1L << (8 * (4 - i))) - 1 : 255;
            long part = parts[i].length() > 10 ? Long.MAX_VALUE : Long.parseLong(parts[i]);
            if (part > max) {
                return Optional.empty();
            }
            value = last ? (value << (8 * (4 - i))) | part : (value << 8) | part;
        }
        byte[] octets = new byte[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = (byte) (value >>> (8 * (3 - i)));
        }
        return Optional.of(octets);
    }

    private static String canonicalListedHost(String host) {
        String canonical;
        try {
            canonical = canonical(IDN.toASCII(host.trim(), IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a host name or IP literal: '" + host + "'", e);
        }
        boolean valid =
                canonical.length() <= 253 && HOST_NAME.matcher(canonical).matches()
                        || literalAddress(canonical).isPresent();
        if (!valid) {
            throw new IllegalArgumentException("not a host name or IP literal: '" + host + "'");
        }
        return canonical;
    }

    /**
     * Lower case, without IPv6 brackets or a trailing dot; an IP literal in Java's textual form, so that
     * {@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same host.
     */
    private static String canonical(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return literalAddress(name).map(InetAddress::getHostAddress).orElse(name);
    }
}
