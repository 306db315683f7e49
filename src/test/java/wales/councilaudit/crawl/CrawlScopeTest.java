package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.registry.Council;

class CrawlScopeTest {

    private static final CrawlScope GWYNEDD = new CrawlScope(
            List.of("www.gwynedd.llyw.cymru", "www.gwynedd.gov.uk", "10.1.2.3"), AddressPolicy.publicOnly());

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "IN", textBlock = """
            # URL                                               | why out of scope (IN: in scope)
            https://www.gwynedd.llyw.cymru/cy/                  | IN
            http://www.gwynedd.llyw.cymru/en/                   | IN
            https://www.gwynedd.gov.uk/en/Residents/Bins        | IN
            http://www.gwynedd.llyw.cymru:8088/cy/              | IN
            https://www.gwynedd.llyw.cymru:8443/cy/             | IN
            HTTPS://WWW.Gwynedd.LLYW.Cymru/cy/                  | IN
            https://www.gwynedd.llyw.cymru./cy/                 | IN
            http://10.1.2.3:8088/                               | IN
            https://gwynedd.llyw.cymru/cy/                      | OTHER_HOST
            https://gwynedd.gov.uk/                             | OTHER_HOST
            https://cyngor.www.gwynedd.llyw.cymru/              | OTHER_HOST
            https://www.gwynedd.llyw.cymru.example.net/         | OTHER_HOST
            https://www.gov.uk/council-tax                      | OTHER_HOST
            https://wales.ent.sirsidynix.net.uk/client/gwynedd  | OTHER_HOST
            https://81.2.69.160/                                | IP_LITERAL
            http://[2a00:1450:4009:81f::200e]/                  | IP_LITERAL
            http://127.0.0.1:8088/                              | NON_PUBLIC_ADDRESS
            http://169.254.169.254/latest/meta-data/            | NON_PUBLIC_ADDRESS
            http://192.168.1.1/                                 | NON_PUBLIC_ADDRESS
            http://10.1.2.4/                                    | NON_PUBLIC_ADDRESS
            http://100.64.0.1/                                  | NON_PUBLIC_ADDRESS
            http://[::1]:8088/                                  | NON_PUBLIC_ADDRESS
            http://[fd00::1]/                                   | NON_PUBLIC_ADDRESS
            http://localhost:8088/                              | NON_PUBLIC_ADDRESS
            http://admin.localhost/                             | NON_PUBLIC_ADDRESS
            ftp://www.gwynedd.llyw.cymru/                       | SCHEME
            file:///etc/passwd                                  | SCHEME
            mailto:post@gwynedd.llyw.cymru                      | SCHEME
            /cy/relative                                        | SCHEME
            http:opaque                                         | NO_HOST
            http://127.1/                                       | NO_HOST
            http://2130706433/                                  | NON_PUBLIC_ADDRESS
            http://1359103392/                                  | IP_LITERAL
            """)
    void decidesScopeByExactHost(String url, OutOfScope expected) {
        URI uri = URI.create(url);

        assertThat(GWYNEDD.whyOutOfScope(uri)).isEqualTo(Optional.ofNullable(expected));
        assertThat(GWYNEDD.inScope(uri)).isEqualTo(expected == null);
    }

    @Test
    void whenTheOperatorAllowsNonPublicAddressesTheyAreOnlyAnotherHost() {
        CrawlScope scope = new CrawlScope(List.of("www.gwynedd.llyw.cymru"), new AddressPolicy(true));

        assertThat(scope.whyOutOfScope(URI.create("http://127.0.0.1/"))).contains(OutOfScope.IP_LITERAL);
        assertThat(scope.whyOutOfScope(URI.create("http://localhost/"))).contains(OutOfScope.OTHER_HOST);
        assertThat(scope.inScope(URI.create("http://127.0.0.1/"))).isFalse();
    }

    @Test
    void aListedLoopbackAddressIsInScopeWhateverThePolicy() {
        CrawlScope scope = new CrawlScope(List.of("127.0.0.1", "::1"), AddressPolicy.publicOnly());

        assertThat(scope.inScope(URI.create("http://127.0.0.1:8088/"))).isTrue();
        assertThat(scope.inScope(URI.create("http://[0:0:0:0:0:0:0:1]:8088/"))).isTrue();
    }

    @Test
    void listedHostsAreCanonicalised() {
        CrawlScope scope = new CrawlScope(
                List.of(" WWW.Cardiff.GOV.uk. ", "caerdydd.example", "bücher.example"), AddressPolicy.publicOnly());

        assertThat(scope.hosts())
                .containsExactlyInAnyOrder("www.cardiff.gov.uk", "caerdydd.example", "xn--bcher-kva.example");
        assertThat(scope.inScope(URI.create("https://xn--bcher-kva.example/"))).isTrue();
    }

    @Test
    void aCouncilsScopeIsEveryHostItAnswersOn() {
        Council gwynedd = new Council(
                "gwynedd",
                "W06000002",
                new Council.Names("Gwynedd", "Gwynedd"),
                new Council.Homepages(
                        URI.create("https://www.gwynedd.llyw.cymru/en/"),
                        Optional.of(URI.create("https://www.gwynedd.llyw.cymru/cy/"))),
                List.of("www.gwynedd.gov.uk"));

        CrawlScope scope = CrawlScope.forCouncil(gwynedd, AddressPolicy.publicOnly());

        assertThat(scope.hosts()).isEqualTo(Set.of("www.gwynedd.llyw.cymru", "www.gwynedd.gov.uk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://www.cardiff.gov.uk", "www.cardiff.gov.uk:443", "www.cardiff.gov.uk/", "a b"})
    void rejectsWhatIsNotAHost(String host) {
        assertThatThrownBy(() -> new CrawlScope(List.of(host), AddressPolicy.publicOnly()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAHost() {
        assertThatThrownBy(() -> new CrawlScope(List.of(), AddressPolicy.publicOnly()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
