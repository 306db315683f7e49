package wales.councilaudit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryLoaderTest {

    /** W06000001 to W06000024 without W06000007 and W06000017, which no longer exist. */
    static final List<String> WELSH_GSS_CODES = IntStream.rangeClosed(1, 24)
            .filter(n -> n != 7 && n != 17)
            .mapToObj(n -> String.format("W060000%02d", n))
            .toList();

    /** A fixture under {@code src/test/resources/registry/}, as a file path like the one a user would pass. */
    static Path fixture(String name) {
        URL url = RegistryLoaderTest.class.getResource("/registry/" + name);
        assertThat(url).as("fixture %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bundledRegistryHoldsTheTwentyTwoWelshCouncilsInGssOrder() {
        Registry registry = RegistryLoader.bundled();

        assertThat(registry.councils()).hasSize(22);
        assertThat(registry.councils()).extracting(Council::gss).containsExactlyElementsOf(WELSH_GSS_CODES);
        assertThat(registry.councils()).extracting(Council::id).doesNotHaveDuplicates();
        assertThat(registry.source()).contains(RegistryLoader.BUNDLED);
    }

    @Test
    void everyBundledCouncilHasBothNamesAndAnHttpHomepage() {
        for (Council council : RegistryLoader.bundled().councils()) {
            assertThat(council.name().en()).as("%s name.en", council.id()).isNotBlank();
            assertThat(council.name().cy()).as("%s name.cy", council.id()).isNotBlank();
            List<URI> homepages = council.homepage().cy().isPresent()
                    ? List.of(council.homepage().en(), council.homepage().cy().get())
                    : List.of(council.homepage().en());
            for (URI homepage : homepages) {
                assertThat(homepage.getScheme())
                        .as("%s %s", council.id(), homepage)
                        .isIn("http", "https");
                assertThat(homepage.getHost())
                        .as("%s %s", council.id(), homepage)
                        .isNotBlank();
            }
        }
    }

    @Test
    void bundledRegistryHasTheCurrentHomepagesOfCouncilsThatMoved() {
        Registry registry = RegistryLoader.bundled();

        Council gwynedd = registry.find("gwynedd").orElseThrow();
        assertThat(gwynedd.homepage().en().getHost()).isEqualTo("www.gwynedd.llyw.cymru");

        Council carmarthenshire = registry.find("carmarthenshire").orElseThrow();
        assertThat(carmarthenshire.homepage().en().getHost()).isEqualTo("www.carmarthenshire.gov.wales");
        assertThat(carmarthenshire.homepage().cy()).map(URI::getHost).contains("www.sirgar.llyw.cymru");

        Council neathPortTalbot = registry.find("neath-port-talbot").orElseThrow();
        assertThat(neathPortTalbot.homepage().en().getHost()).isEqualTo("www.npt.gov.uk");
    }

    @ParameterizedTest(name = "{0}: line {1}, {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            duplicate-id.yaml           | 10 | duplicate id 'alpha' (first at line 3)
            duplicate-gss.yaml          | 17 | duplicate gss 'W06000901' (first at line 3)
            missing-name.yaml           |  3 | council 'alpha': name.en is missing
            missing-name-en.yaml        | 10 | council 'beta': name.en is missing
            missing-name-cy.yaml        |  3 | council 'alpha': name.cy is missing
            missing-homepage.yaml       |  3 | council 'alpha': homepage.en is missing
            missing-homepage-en.yaml    |  3 | council 'alpha': homepage.en is missing
            malformed-url-space.yaml    |  3 | homepage.en 'https://exa mple.org/' is malformed
            malformed-url-ftp.yaml      |  3 | homepage.cy 'ftp://x' must be an absolute http or https URL
            malformed-url-relative.yaml |  3 | homepage.en 'www.alpha.example/' must be an absolute http or https URL
            url-without-host.yaml       |  3 | homepage.en 'https:///index.html' has no valid host name
            url-with-user-info.yaml     |  3 | must not contain a user name or password
            unknown-council-key.yaml    | 10 | unknown key 'host' in a council (known: gss, homepage, hosts, id, name)
            unknown-name-key.yaml       |  8 | unknown key 'ga' in name (known: cy, en)
            unknown-homepage-key.yaml   |  9 | unknown key 'welsh' in homepage (known: cy, en)
            unknown-top-level-key.yaml  |  2 | unknown key 'version' (known: councils)
            bad-id-slug.yaml            |  3 | id 'Alpha_County' must be a lower-case slug
            bad-gss.yaml                |  3 | council 'alpha': gss 'W0600001' is not a GSS code
            bad-host.yaml               | 10 | council 'beta': hosts entry 'https://old.beta.example/' is not a host name
            hosts-not-a-list.yaml       | 11 | wrong value for 'hosts'
            duplicate-key.yaml          |  8 | Duplicate field 'gss'
            council-not-a-mapping.yaml  |  3 | wrong value for 'a council'
            councils-not-a-list.yaml    |  2 | 'councils' must be a list
            empty-councils.yaml         |  3 | the 'councils' list is empty
            not-yaml.yaml               |  4 | not valid YAML
            broken-yaml.yaml            |  5 | not valid YAML
            plain-text.yaml             |  2 | expected a mapping with a 'councils' list
            empty-file.yaml             |  1 | expected a mapping with a 'councils' list
            """)
    void rejectsABadRegistryNamingFileAndLine(String name, int line, String problem) {
        Path file = fixture(name);

        assertThatThrownBy(() -> RegistryLoader.load(file)).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage())
                    .isEqualTo(file + ":" + line + ": " + e.problem())
                    .doesNotContain("\n");
        });
    }

    @Test
    void missingFileIsReportedWithoutALine(@TempDir Path dir) {
        Path file = dir.resolve("no-such-registry.yaml");

        assertThatThrownBy(() -> RegistryLoader.load(file))
                .isInstanceOf(RegistryException.class)
                .hasMessage(file + ": no such file")
                .extracting(e -> ((RegistryException) e).line())
                .isEqualTo(0);
    }

    @Test
    void loadsAValidCustomRegistry() throws RegistryException {
        Path file = fixture("valid-two-councils.yaml");

        Registry registry = RegistryLoader.load(file);

        assertThat(registry.source()).isEqualTo(file.toString());
        assertThat(registry.councils()).extracting(Council::id).containsExactly("alpha", "beta-town");

        Council alpha = registry.councils().get(0);
        assertThat(alpha.gss()).isEqualTo("W06000901");
        assertThat(alpha.name()).isEqualTo(new Council.Names("Alpha County", "Sir Alffa"));
        assertThat(alpha.homepage().en()).isEqualTo(URI.create("https://www.alpha.example/en/"));
        assertThat(alpha.homepage().cy()).contains(URI.create("https://www.alffa.example/cy/"));
        assertThat(alpha.hosts()).containsExactly("www.alpha.gov.example", "alpha.example");
        assertThat(alpha.allHosts())
                .containsExactly("www.alpha.example", "www.alffa.example", "www.alpha.gov.example", "alpha.example");

        Council beta = registry.councils().get(1);
        assertThat(beta.gss()).isEqualTo("W06000902");
        assertThat(beta.name().en()).as("trimmed").isEqualTo("Beta Town");
        assertThat(beta.homepage().en()).as("an empty path becomes /").isEqualTo(URI.create("http://beta.example/"));
        assertThat(beta.homepage().cy()).isEqualTo(Optional.empty());
        assertThat(beta.hosts()).isEmpty();
    }

    @Test
    void parseNamesTheGivenSourceInMessages() {
        byte[] yaml = "councils: []\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RegistryLoader.parse(new ByteArrayInputStream(yaml), "pasted text"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("pasted text:1: the 'councils' list is empty");
    }

    @Test
    void selectReturnsCouncilsInTheOrderAsked() throws RegistryException {
        Registry registry = RegistryLoader.load(fixture("valid-two-councils.yaml"));

        assertThat(registry.select(List.of("beta-town", "alpha")))
                .extracting(Council::id)
                .containsExactly("beta-town", "alpha");
        assertThat(registry.select(List.of("alpha", "alpha")))
                .extracting(Council::id)
                .containsExactly("alpha");
        assertThat(registry.select(List.of())).extracting(Council::id).containsExactly("alpha", "beta-town");
        assertThat(RegistryLoader.bundled().select(List.of("merthyr-tydfil", "cardiff", "isle-of-anglesey")))
                .extracting(Council::gss)
                .containsExactly("W06000024", "W06000015", "W06000001");
    }

    @Test
    void selectNamesEveryUnknownId() throws RegistryException {
        Path file = fixture("valid-two-councils.yaml");
        Registry registry = RegistryLoader.load(file);

        assertThatThrownBy(() -> registry.select(List.of("nope", "alpha", "cardiff")))
                .isInstanceOf(UnknownCouncilException.class)
                .hasMessageContaining("nope, cardiff")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("alpha");
    }
}
