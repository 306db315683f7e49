package wales.councilaudit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves host names for every network client of the product: {@code --resolve} rules first (like
 * {@code curl --resolve}), then the system's DNS, with the {@link AddressPolicy} applied to what DNS returns.
 * Immutable and thread-safe.
 */
public final class HostResolver {

    /** Looks names up in DNS; replaceable in tests. */
    @FunctionalInterface
    public interface Dns {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9a-fA-F]*:[0-9a-fA-F:.%]*]?");

    private final List<ResolveRule> rules;
    private final AddressPolicy policy;
    private final Dns dns;

    public HostResolver(List<ResolveRule> rules, AddressPolicy policy) {
        this(rules, policy, InetAddress::getAllByName);
    }

    public HostResolver(List<ResolveRule> rules, AddressPolicy policy, Dns dns) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(ResolveRule::specificity).reversed())
                .toList();
        this.policy = policy;
        this.dns = dns;
    }

    /** Normal DNS and public addresses only. */
    public static HostResolver systemDefault() {
        return new HostResolver(List.of(), AddressPolicy.publicOnly());
    }

    public List<ResolveRule> rules() {
        return rules;
    }

    public AddressPolicy policy() {
        return policy;
    }

    /** The rule that applies to {@code host}, if any. */
    public Optional<ResolveRule> ruleFor(String host) {
        String name = normalise(host);
        return rules.stream().filter(r -> r.matches(name)).findFirst();
    }

    /**
     * The addresses to connect to for {@code host} (a name or an IP literal, IPv6 with or without brackets).
     *
     * @throws RefusedAddressException when DNS gives only addresses the policy refuses
     * @throws UnknownHostException when the name does not resolve
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = normalise(host);
        Optional<ResolveRule> rule = ruleFor(name);
        if (rule.isPresent()) {
            return new InetAddress[] {rule.get().address()};
        }
        InetAddress[] found = isIpLiteral(name) ? new InetAddress[] {InetAddress.getByName(name)} : dns.lookup(name);
        List<InetAddress> allowed = new ArrayList<>();
        for (InetAddress address : found) {
            if (policy.permits(address)) {
                allowed.add(address);
            }
        }
        if (allowed.isEmpty()) {
            if (found.length > 0) {
                throw new RefusedAddressException(name, found[0]);
            }
            throw new UnknownHostException(name);
        }
        return allowed.toArray(InetAddress[]::new);
    }

    /**
     * The rules as a value for Chromium's {@code --host-resolver-rules} switch, or an empty string when there are
     * none. Chromium applies the first matching rule, so the order is the same as ours: most specific first.
     */
    public String chromiumHostResolverRules() {
        return rules.stream().map(ResolveRule::toChromiumRule).collect(Collectors.joining(", "));
    }

    /** Whether {@code host} is an IPv4 or IPv6 address literal (IPv6 with or without brackets) rather than a name. */
    public static boolean isIpLiteral(String host) {
        return IPV4_LITERAL.matcher(host).matches()
                || IPV6_LITERAL.matcher(host).matches();
    }

    private static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
