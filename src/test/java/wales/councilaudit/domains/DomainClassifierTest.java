package wales.councilaudit.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.Hop;

/** The classification rules on hand-made evidence, one row per case. */
class DomainClassifierTest {

    /**
     * A check of {@code start} whose chain is {@code hops} ("host status" pairs separated by '>'); a failure kind
     * instead of the last status when the fetch failed.
     */
    private static SiteCheck site(String hops) {
        List<Hop> chain = new ArrayList<>();
        Optional<FailureKind> failure = Optional.empty();
        int status = 0;
        for (String hop : hops.split(">")) {
            String[] parts = hop.trim().split(" ");
            URI url = URI.create("https://" + parts[0] + "/");
            if (parts[1].matches("\\d+")) {
                status = Integer.parseInt(parts[1]);
                chain.add(new Hop(url, status, status / 100 == 3 ? "/next" : "", 1, Duration.ZERO));
            } else {
                failure = Optional.of(FailureKind.valueOf(parts[1]));
                status = 0;
                chain.add(new Hop(url, 0, "", 1, Duration.ZERO));
            }
        }
        URI last = chain.get(chain.size() - 1).url();
        return new SiteCheck(chain.get(0).url(), chain, last, status, failure, failure.isPresent() ? "detail" : "");
    }

    @ParameterizedTest(name = "{0} | welsh: {1} | probes: {2} -> {3}")
    @CsvSource(
            delimiter = ';',
            nullValues = "-",
            value = {
                "www.a.gov.wales 200; -; -; MIGRATED",
                "www.a.llyw.cymru 200; -; -; MIGRATED",
                "www.a.gov.uk 301 > www.a.gov.wales 200; -; -; MIGRATED",
                "www.a.gov.wales 301 > www.a.gov.uk 200; -; -; NOT_MIGRATED",
                "www.a.gov.uk 200; www.a.llyw.cymru 200; -; PARTIAL",
                "www.a.gov.uk 200; -; www.a.gov.wales 302 > www.a.gov.uk 200; PARTIAL",
                "www.a.gov.uk 200; www.b.gov.uk 301 > www.b.llyw.cymru 200; -; PARTIAL",
                "www.a.gov.uk 200; www.a.llyw.cymru 403; -; NOT_MIGRATED",
                "www.a.gov.uk 200; -; www.a.gov.wales DNS; NOT_MIGRATED",
                "www.a.gov.uk 200; www.b.gov.uk 200; -; NOT_MIGRATED",
                "www.a.gov.uk 200; -; -; NOT_MIGRATED",
                "www.a.gov.uk 403; www.a.llyw.cymru 200; -; BLOCKED",
                "www.a.gov.wales 401; -; -; BLOCKED",
                "www.a.gov.uk 429; -; -; BLOCKED",
                "www.a.gov.uk 500; -; -; UNREACHABLE",
                "www.a.gov.uk 404; -; -; UNREACHABLE",
                "www.a.gov.wales TIMEOUT; -; -; UNREACHABLE",
                "www.a.gov.uk 301 > www.a.gov.wales TLS; -; -; UNREACHABLE",
                "www.a.gov.uk REFUSED_ADDRESS; -; -; UNREACHABLE",
            })
    void classifies(String english, String welsh, String probe, DomainStatus expected) {
        DomainClassifier.Verdict verdict = DomainClassifier.classify(
                site(english),
                Optional.ofNullable(welsh).map(DomainClassifierTest::site),
                probe == null ? List.of() : List.of(site(probe)));

        assertThat(verdict.status()).isEqualTo(expected);
        assertThat(verdict.reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        "www.cardiff.gov.wales, true",
        "caerdydd.llyw.cymru, true",
        "WWW.GWYNEDD.LLYW.CYMRU., true",
        "gov.wales, false",
        "llyw.cymru, false",
        "www.cardiff.gov.uk, false",
        "cardiffidoxcloud.wales, false",
        "notgov.wales, false",
        "www.example.gov.wales.evil.com, false",
    })
    void recognisesWelshDomainNames(String host, boolean welsh) {
        assertThat(WelshDomains.isWelshDomain(host)).isEqualTo(welsh);
    }
}
