package wales.councilaudit.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolveRuleTest {

    /** An IP literal; the JDK parses it without a look-up. */
    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @Test
    void parsesHostEqualsAddress() {
        ResolveRule rule = ResolveRule.parse("www.cardiff.gov.uk=127.0.0.1");

        assertThat(rule.pattern()).isEqualTo("www.cardiff.gov.uk");
        assertThat(rule.address()).isEqualTo(ip("127.0.0.1"));
        assertThat(rule).hasToString("www.cardiff.gov.uk=127.0.0.1");
    }

    @Test
    void lowerCasesThePatternAndTrimsBothSides() {
        ResolveRule rule = ResolveRule.parse(" WWW.Cardiff.GOV.uk = 10.1.2.3 ");

        assertThat(rule.pattern()).isEqualTo("www.cardiff.gov.uk");
        assertThat(rule.address()).isEqualTo(ip("10.1.2.3"));
    }

    @Test
    void parsesAWildcard() {
        ResolveRule rule = ResolveRule.parse("*.gov.wales=127.0.0.1");

        assertThat(rule.pattern()).isEqualTo("*.gov.wales");
        assertThat(rule.address()).isEqualTo(ip("127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox.test=[::1]", "sandbox.test=::1", "sandbox.test=[0:0:0:0:0:0:0:1]"})
    void parsesIpv6WithOrWithoutBrackets(String text) {
        ResolveRule rule = ResolveRule.parse(text);

        assertThat(rule.address()).isInstanceOf(Inet6Address.class).isEqualTo(ip("::1"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "www.cardiff.gov.uk", // no '='
                "=127.0.0.1", // no pattern
                "www.cardiff.gov.uk=", // no address
                "*=127.0.0.1",
                "*.=127.0.0.1",
                "**.gov.uk=127.0.0.1",
                "*gov.uk=127.0.0.1",
                "www.*.gov.uk=127.0.0.1",
                "www.cardiff.gov.uk:443=127.0.0.1",
                "https://www.cardiff.gov.uk/=127.0.0.1",
                "-cardiff.gov.uk=127.0.0.1",
                "card_iff.gov.uk=127.0.0.1",
                "www..cardiff.gov.uk=127.0.0.1",
                "www.cardiff.gov.uk=localhost", // a host name, which would need DNS
                "www.cardiff.gov.uk=sandbox.test",
                "www.cardiff.gov.uk=1.2.3", // the JDK would read this as 1.2.0.3
                "www.cardiff.gov.uk=1.2.3.4.5",
                "www.cardiff.gov.uk=256.0.0.1",
                "www.cardiff.gov.uk=127.0.0.1:8080",
                "www.cardiff.gov.uk=[::1",
                "www.cardiff.gov.uk=:::::",
                "www.cardiff.gov.uk=fe80::1%eth0"
            })
    void rejectsMalformedRules(String text) {
        assertThatThrownBy(() -> ResolveRule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--resolve ");
    }

    @Test
    void rejectsAnOutOfRangeIpv4AddressBeforeAnyLookUp() {
        // InetAddress.getByName("999.1.1.1") asks DNS for it as a name; the rule must refuse it itself.
        assertThatThrownBy(() -> ResolveRule.parse("www.cardiff.gov.uk=999.1.1.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an IP address, got: 999.1.1.1")
                .hasNoCause();
    }

    @Test
    void constructorRejectsPatternsThatAreNotLowerCaseHostNames() {
        InetAddress loopback = ip("127.0.0.1");

        assertThatThrownBy(() -> new ResolveRule("WWW.Cardiff.gov.uk", loopback))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResolveRule("*", loopback)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResolveRule(null, loopback)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResolveRule("www.cardiff.gov.uk", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "*.gov.wales,        www.cardiff.gov.wales, true",
        "*.gov.wales,        a.b.gov.wales,         true",
        "*.gov.wales,        gov.wales,             false",
        "*.gov.wales,        evilgov.wales,         false",
        "*.gov.wales,        gov.wales.example,     false",
        "*.gov.wales,        wales,                 false",
        "www.cardiff.gov.uk, www.cardiff.gov.uk,    true",
        "www.cardiff.gov.uk, a.www.cardiff.gov.uk,  false",
        "www.cardiff.gov.uk, cardiff.gov.uk,        false"
    })
    void wildcardMatchesNamesBelowTheDomainButNotTheDomain(String pattern, String host, boolean matches) {
        ResolveRule rule = ResolveRule.parse(pattern + "=127.0.0.1");

        assertThat(rule.matches(host)).isEqualTo(matches);
    }

    @Test
    void formatsAsAChromiumHostResolverRule() {
        assertThat(ResolveRule.parse("*.gov.wales=127.0.0.1").toChromiumRule()).isEqualTo("MAP *.gov.wales 127.0.0.1");
        assertThat(ResolveRule.parse("sandbox.test=[::1]").toChromiumRule())
                .isEqualTo("MAP sandbox.test [0:0:0:0:0:0:0:1]");
    }
}
