package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wales.councilaudit.net.ResolveRule;

class BrowserSettingsTest {

    private final BrowserSettings defaults = BrowserSettings.defaults();

    @Test
    void theDefaultsAreLocalWithTwoSessions() {
        assertThat(defaults.sessions()).isEqualTo(2);
        assertThat(defaults.grid()).isEmpty();
        assertThat(defaults.pageLoadTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThatThrownBy(() -> defaults.withSessions(0)).hasMessageContaining("sessions must be 1 to 64");
        assertThatThrownBy(() -> defaults.withSessions(65)).hasMessageContaining("sessions must be 1 to 64");
        assertThatThrownBy(() -> defaults.withRecycleAfter(0)).hasMessageContaining("recycle-after");
        assertThatThrownBy(() -> defaults.withPageLoadTimeout(Duration.ZERO)).hasMessageContaining("page-load timeout");
        assertThatThrownBy(() -> defaults.withScriptTimeout(Duration.ofMinutes(11)))
                .hasMessageContaining("script timeout");
        assertThatThrownBy(() -> defaults.withPageLoadTimeout(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theGridMustBeAnHttpUrlWithAHost() {
        assertThat(defaults.withGrid(Optional.of(URI.create("http://127.0.0.1:4444")))
                        .grid())
                .isPresent();
        for (String bad : List.of("ftp://grid:4444", "http:///nohost", "http://grid:4444/?x=1", "grid:4444")) {
            assertThatThrownBy(() -> defaults.withGrid(Optional.of(URI.create(bad))))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Grid URL");
        }
    }

    @Test
    void theResolveRulesAreCopied() {
        List<ResolveRule> rules = new ArrayList<>(List.of(ResolveRule.parse("www.a.test=127.0.0.1")));
        BrowserSettings settings = defaults.withResolve(rules);
        rules.clear();
        assertThat(settings.resolve()).hasSize(1);
    }
}
