package wales.councilaudit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.net.ResolveRuleTest.ip;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AddressPolicyTest {

    /** Addresses a crawled link must never lead to without the operator's say-so. */
    static Stream<String> nonPublicAddresses() {
        return Stream.of(
                "169.254.169.254", // cloud metadata (link-local)
                "169.254.0.1",
                "10.0.0.1",
                "10.255.255.255",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "127.0.0.1",
                "127.8.9.10",
                "100.64.0.1", // carrier-grade NAT
                "100.127.255.255",
                "0.0.0.0",
                "0.1.2.3",
                "224.0.0.1",
                "255.255.255.255",
                "::ffff:127.0.0.1", // IPv4-mapped loopback
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "fec0::1",
                "ff02::1");
    }

    static Stream<String> publicAddresses() {
        return Stream.of(
                "8.8.8.8",
                "151.101.0.1",
                "11.0.0.1",
                "100.63.255.255", // just below carrier-grade NAT
                "100.128.0.1", // just above it
                "172.15.255.255", // just below 172.16/12
                "172.32.0.1", // just above it
                "169.253.255.255",
                "192.169.0.1",
                "2001:4860:4860::8888",
                "2a00:1450:4009:81b::200e");
    }

    @ParameterizedTest
    @MethodSource("nonPublicAddresses")
    void nonPublicAddressesAreRefusedUnlessAllowed(String literal) {
        assertThat(AddressPolicy.isPublic(ip(literal))).isFalse();
        assertThat(AddressPolicy.publicOnly().permits(ip(literal))).isFalse();
        assertThat(new AddressPolicy(true).permits(ip(literal))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("publicAddresses")
    void publicAddressesArePermitted(String literal) {
        assertThat(AddressPolicy.isPublic(ip(literal))).isTrue();
        assertThat(AddressPolicy.publicOnly().permits(ip(literal))).isTrue();
        assertThat(new AddressPolicy(true).permits(ip(literal))).isTrue();
    }

    @Test
    void theDefaultIsPublicOnly() {
        assertThat(AddressPolicy.publicOnly()).isEqualTo(new AddressPolicy(false));
    }
}
