package wales.councilaudit.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.RetryPolicy;
import wales.councilaudit.net.TrustMaterial;

/**
 * Points the product's clients at local test servers: every {@code .gov.uk}, {@code .gov.wales} and
 * {@code .llyw.cymru} name resolves to 127.0.0.1 through {@code --resolve}-style rules; other names go to a fake
 * DNS (never the real one).
 */
public final class LocalSites {

    public static final String USER_AGENT = "council-audit/test (+https://example.org/contact)";

    private LocalSites() {}

    /** Rules for the test domains, and a fake DNS answering from {@code dns} (anything else does not resolve). */
    public static HostResolver resolver(Map<String, String> dns) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        List<ResolveRule> rules = List.of(
                new ResolveRule("*.gov.uk", loopback),
                new ResolveRule("*.gov.wales", loopback),
                new ResolveRule("*.llyw.cymru", loopback));
        return new HostResolver(rules, AddressPolicy.publicOnly(), host -> {
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host + " (test DNS)");
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    public static HttpSettings settings(Duration timeout, Optional<java.nio.file.Path> trust) {
        return new HttpSettings(
                USER_AGENT,
                timeout,
                timeout,
                5,
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                trust);
    }

    public static HttpFetcher fetcher(HostResolver resolver, HttpSettings settings, RecordingSleeper sleeper)
            throws java.io.IOException {
        return new HttpFetcher(
                settings, resolver, TrustMaterial.load(settings.extraTrustStore()), sleeper, Clock.systemUTC());
    }
}
