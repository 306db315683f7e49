package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentStrategyLoaderTest {

    @Test
    void theBundledStrategyKnowsEnglishAndWelshButtonsAndTheSandboxs() {
        ConsentStrategy bundled = ConsentStrategyLoader.bundled();

        assertThat(bundled.buttonTexts())
                .contains("Accept all cookies", "Derbyn pob cwci", "Accept cookies", "Derbyn cwcis");
        assertThat(bundled.selectors()).contains("#onetrust-accept-btn-handler");
        assertThat(bundled.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aUsersFileReplacesTheDefaults() throws ConsentStrategyException {
        ConsentStrategy strategy = parse("button-texts:\n  - Iawn\ntimeout-seconds: 2\n");

        assertThat(strategy.buttonTexts()).containsExactly("Iawn");
        assertThat(strategy.selectors()).isEmpty();
        assertThat(strategy.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "selectors: ['#a']\\nbuttons: [Ok]                | consent.yaml:2: unknown key 'buttons'",
                "selectors: ['#a']\\nselectors: ['#b']            | consent.yaml:2: duplicate key 'selectors' (first at line 1)",
                "button-texts: Accept                            | consent.yaml:1: button-texts must be a list of strings",
                "button-texts:\\n  - Accept\\n  - ''              | consent.yaml:3: button-texts must hold non-blank strings",
                "button-texts: [Ok]\\ntimeout-seconds: 90         | consent.yaml:2: timeout-seconds must be a whole number from 1 to 60",
                "timeout-seconds: 3                              | consent.yaml:1: name at least one of selectors or button-texts",
                "- Accept                                        | consent.yaml:1: expected a mapping",
                "button-texts: [Ok\\n                             | consent.yaml:",
            })
    void aBadFileIsRefusedNamingFileAndLine(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(ConsentStrategyException.class)
                .hasMessageStartingWith(message.strip());
    }

    private static ConsentStrategy parse(String yaml) throws ConsentStrategyException {
        return ConsentStrategyLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "consent.yaml");
    }
}
