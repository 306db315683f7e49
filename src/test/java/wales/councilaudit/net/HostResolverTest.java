package wales.councilaudit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wales.councilaudit.net.ResolveRuleTest.ip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostResolverTest {

    /** For resolvers that must answer from their rules alone. */
    private static final HostResolver.Dns NO_DNS = host -> {
        throw new AssertionError("DNS was asked for " + host);
    };

    /** Parses IP literals (which never needs DNS) and fails the test for anything else. */
    private static final HostResolver.Dns LITERALS_ONLY = host -> {
        if (!host.matches("[0-9a-fA-F.:]+")) {
            throw new AssertionError("DNS was asked for " + host);
        }
        return InetAddress.getAllByName(host);
    };

    /** A DNS that knows one name. */
    private static HostResolver.Dns dns(String name, String... addresses) {
        return host -> {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            InetAddress[] found = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                found[i] = ip(addresses[i]);
            }
            return found;
        };
    }

    private static List<ResolveRule> rules(String... texts) {
        List<ResolveRule> rules = new ArrayList<>();
        for (String text : texts) {
            rules.add(ResolveRule.parse(text));
        }
        return rules;
    }

    @Test
    void aRuleAnswersWithoutDns() throws UnknownHostException {
        HostResolver resolver =
                new HostResolver(rules("www.cardiff.gov.uk=203.0.113.7"), AddressPolicy.publicOnly(), NO_DNS);

        assertThat(resolver.resolve("www.cardiff.gov.uk")).containsExactly(ip("203.0.113.7"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*.gov.uk=10.0.0.1,*.cardiff.gov.uk=10.0.0.2,www.cardiff.gov.uk=10.0.0.3",
                "www.cardiff.gov.uk=10.0.0.3,*.cardiff.gov.uk=10.0.0.2,*.gov.uk=10.0.0.1",
                "*.cardiff.gov.uk=10.0.0.2,www.cardiff.gov.uk=10.0.0.3,*.gov.uk=10.0.0.1"
            })
    void exactBeatsWildcardAndTheLongerWildcardBeatsTheShorter(String given) throws UnknownHostException {
        HostResolver resolver = new HostResolver(rules(given.split(",")), AddressPolicy.publicOnly(), NO_DNS);

        assertThat(resolver.resolve("www.cardiff.gov.uk")).containsExactly(ip("10.0.0.3"));
        assertThat(resolver.resolve("my.cardiff.gov.uk")).containsExactly(ip("10.0.0.2"));
        assertThat(resolver.resolve("cardiff.gov.uk")).containsExactly(ip("10.0.0.1"));
        assertThat(resolver.resolve("www.swansea.gov.uk")).containsExactly(ip("10.0.0.1"));
        assertThat(resolver.rules())
                .extracting(ResolveRule::pattern)
                .containsExactly("www.cardiff.gov.uk", "*.cardiff.gov.uk", "*.gov.uk");
    }

    @Test
    void aWildcardLeavesTheBareDomainToDns() throws UnknownHostException {
        HostResolver resolver = new HostResolver(
                rules("*.gov.wales=127.0.0.1"), AddressPolicy.publicOnly(), dns("gov.wales", "8.8.8.8"));

        assertThat(resolver.resolve("www.gov.wales")).containsExactly(ip("127.0.0.1"));
        assertThat(resolver.resolve("gov.wales")).containsExactly(ip("8.8.8.8"));
        assertThat(resolver.ruleFor("gov.wales")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WWW.Cardiff.GOV.UK", "www.cardiff.gov.uk.", "Www.Cardiff.Gov.Uk."})
    void namesAreCaseInsensitiveAndATrailingDotIsIgnored(String host) throws UnknownHostException {
        HostResolver resolver = new HostResolver(
                rules("www.cardiff.gov.uk=127.0.0.1", "*.gov.wales=127.0.0.2"), AddressPolicy.publicOnly(), NO_DNS);

        assertThat(resolver.resolve(host)).containsExactly(ip("127.0.0.1"));
        assertThat(resolver.ruleFor(host)).map(ResolveRule::pattern).contains("www.cardiff.gov.uk");
        assertThat(resolver.resolve("WWW.Cardiff.GOV.Wales.")).containsExactly(ip("127.0.0.2"));
    }

    @Test
    void dnsIsAskedForTheNormalisedName() throws UnknownHostException {
        HostResolver resolver =
                new HostResolver(List.of(), AddressPolicy.publicOnly(), dns("www.cardiff.gov.uk", "8.8.8.8"));

        assertThat(resolver.resolve("WWW.Cardiff.gov.uk.")).containsExactly(ip("8.8.8.8"));
    }

    @Test
    void chromiumRulesListTheMostSpecificFirst() {
        HostResolver resolver = new HostResolver(
                rules("*.gov.wales=127.0.0.1", "www.a.gov.uk=127.0.0.1"), AddressPolicy.publicOnly(), NO_DNS);

        assertThat(resolver.chromiumHostResolverRules())
                .isEqualTo("MAP www.a.gov.uk 127.0.0.1, MAP *.gov.wales 127.0.0.1");
        assertThat(new HostResolver(List.of(), AddressPolicy.publicOnly(), NO_DNS).chromiumHostResolverRules())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wales.councilaudit.net.AddressPolicyTest#nonPublicAddresses")
    void aNameResolvingToANonPublicAddressIsRefused(String address) {
        HostResolver resolver =
                new HostResolver(List.of(), AddressPolicy.publicOnly(), dns("www.evil.example", address));

        assertThatThrownBy(() -> resolver.resolve("www.evil.example"))
                .isInstanceOfSatisfying(RefusedAddressException.class, e -> {
                    assertThat(e.host()).isEqualTo("www.evil.example");
                    assertThat(e.getMessage())
                            .contains("www.evil.example")
                            .contains(ip(address).getHostAddress());
                });
    }

    @ParameterizedTest
    @MethodSource("wales.councilaudit.net.AddressPolicyTest#nonPublicAddresses")
    void allowingNonPublicAddressesLetsThemThrough(String address) throws UnknownHostException {
        HostResolver resolver = new HostResolver(List.of(), new AddressPolicy(true), dns("staging.example", address));

        assertThat(resolver.resolve("staging.example")).containsExactly(ip(address));
    }

    @Test
    void aPublicAddressPasses() throws UnknownHostException {
        HostResolver resolver = new HostResolver(
                List.of(), AddressPolicy.publicOnly(), dns("www.cardiff.gov.uk", "8.8.8.8", "2001:4860:4860::8888"));

        assertThat(resolver.resolve("www.cardiff.gov.uk")).containsExactly(ip("8.8.8.8"), ip("2001:4860:4860::8888"));
    }

    @Test
    void aMixOfAddressesKeepsOnlyThePublicOnes() throws UnknownHostException {
        HostResolver resolver = new HostResolver(
                List.of(),
                AddressPolicy.publicOnly(),
                dns("mixed.example", "127.0.0.1", "8.8.8.8", "10.0.0.1", "fe80::1", "2001:4860:4860::8888"));

        assertThat(resolver.resolve("mixed.example")).containsExactly(ip("8.8.8.8"), ip("2001:4860:4860::8888"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "[::1]"})
    void aRuleAddressIsAllowedEvenUnderThePublicOnlyPolicy(String address) throws UnknownHostException {
        HostResolver resolver =
                new HostResolver(rules("www.cardiff.gov.uk=" + address), AddressPolicy.publicOnly(), NO_DNS);

        assertThat(resolver.resolve("www.cardiff.gov.uk"))
                .containsExactly(ip(address.replace("[", "").replace("]", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "127.0.0.1", "10.0.0.1", "[::1]", "[fe80::1]", "::1"})
    void anIpLiteralHostIsRefusedWhenNotPublic(String host) {
        HostResolver resolver = new HostResolver(List.of(), AddressPolicy.publicOnly(), LITERALS_ONLY);

        assertThatThrownBy(() -> resolver.resolve(host)).isInstanceOf(RefusedAddressException.class);
    }

    @Test
    void aPublicIpLiteralHostPasses() throws UnknownHostException {
        HostResolver resolver = new HostResolver(List.of(), AddressPolicy.publicOnly(), LITERALS_ONLY);

        assertThat(resolver.resolve("8.8.8.8")).containsExactly(ip("8.8.8.8"));
        assertThat(resolver.resolve("[2001:4860:4860::8888]")).containsExactly(ip("2001:4860:4860::8888"));
    }

    @Test
    void anUnknownNameIsAnUnknownHostNotARefusal() {
        HostResolver resolver = new HostResolver(List.of(), AddressPolicy.publicOnly(), dns("known.example"));

        assertThatThrownBy(() -> resolver.resolve("unknown.example"))
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> resolver.resolve("known.example"))
                .as("DNS answered with no addresses")
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(RefusedAddressException.class);
    }

    @Test
    void theSystemDefaultHasNoRulesAndThePublicOnlyPolicy() {
        HostResolver resolver = HostResolver.systemDefault();

        assertThat(resolver.rules()).isEmpty();
        assertThat(resolver.policy()).isEqualTo(AddressPolicy.publicOnly());
    }

    @Test
    void theResolverKeepsItsPolicy() {
        assertThat(new HostResolver(List.of(), new AddressPolicy(true), NO_DNS).policy())
                .isEqualTo(new AddressPolicy(true));
    }

    @Test
    void rulesAreCopiedNotShared() {
        List<ResolveRule> given = rules("www.cardiff.gov.uk=127.0.0.1");
        HostResolver resolver = new HostResolver(given, AddressPolicy.publicOnly(), NO_DNS);

        given.add(ResolveRule.parse("*.gov.wales=127.0.0.1"));

        assertThat(resolver.rules()).extracting(ResolveRule::pattern).containsExactly("www.cardiff.gov.uk");
    }
}
