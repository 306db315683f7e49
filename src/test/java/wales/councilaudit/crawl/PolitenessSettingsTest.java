package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolitenessSettingsTest {

    @Test
    void defaultsAreOneRequestAtATimeOneSecondApart() {
        PolitenessSettings d = PolitenessSettings.defaults();

        assertThat(d.maxConcurrentPerHost()).isEqualTo(1);
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.maxPause()).isEqualTo(Duration.ofMinutes(2));
        assertThat(d.forbiddenToBlock()).isEqualTo(3);
    }

    @Test
    void theBackoffDoublesUpToTheCap() {
        PolitenessSettings s = PolitenessSettings.defaults();

        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.backoff(7)).isEqualTo(Duration.ofSeconds(64));
        assertThat(s.backoff(8)).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.pauseFor(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.pauseFor(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsense() {
        PolitenessSettings d = PolitenessSettings.defaults();

        assertThatThrownBy(() -> d.withMaxConcurrentPerHost(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withForbiddenToBlock(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.backoff(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
