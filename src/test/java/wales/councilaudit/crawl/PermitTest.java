package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A permit as the gate of a redirect chain, and its life cycle. */
class PermitTest {

    private static final Duration DELAY = Duration.ofSeconds(2);

    private final PolitenessFakeTime time = new PolitenessFakeTime();
    private final HostPoliteness politeness =
            new HostPoliteness(PolitenessSettings.defaults().withDelay(DELAY), time, time);

    @Test
    void pacesRedirectsToTheSameHostOnly() throws Exception {
        try (Permit p = politeness.acquire("www.cardiff.gov.uk").orElseThrow()) {
            p.beforeRequest(URI.create("http://www.cardiff.gov.uk/a"), 0);
            assertThat(time.waits()).isEmpty();

            p.beforeRequest(URI.create("https://WWW.CARDIFF.GOV.UK/a"), 1);
            assertThat(time.waits()).containsExactly(DELAY);

            p.beforeRequest(URI.create("https://www.caerdydd.gov.uk/"), 2);
            assertThat(time.waits()).containsExactly(DELAY);
        }
    }

    @Test
    void redirectPacingFollowsTheCrawlDelay() throws Exception {
        politeness.crawlDelay("www.cardiff.gov.uk", Duration.ofSeconds(9));

        try (Permit p = politeness.acquire("www.cardiff.gov.uk").orElseThrow()) {
            p.beforeRequest(URI.create("https://www.cardiff.gov.uk/b"), 1);
        }

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void closingTwiceFreesTheSlotOnce() throws Exception {
        HostPoliteness two = new HostPoliteness(
                PolitenessSettings.defaults().withDelay(Duration.ZERO).withMaxConcurrentPerHost(2), time, time);
        Permit first = two.acquire("www.cardiff.gov.uk").orElseThrow();
        Permit second = two.acquire("www.cardiff.gov.uk").orElseThrow();
        first.close();
        first.close();
        Permit third = two.acquire("www.cardiff.gov.uk").orElseThrow();

        Thread fourth = new Thread(() -> {
            try {
                two.acquire("www.cardiff.gov.uk").orElseThrow().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        fourth.start();
        HostPolitenessTest.awaitParked(fourth); // two in flight: second and third; the double close freed one
        second.close();
        fourth.join(10_000);
        third.close();

        assertThat(fourth.isAlive()).isFalse();
    }

    @Test
    void refusesUseAfterCloseAndStatusesOutOfRange() throws Exception {
        Permit p = politeness.acquire("www.cardiff.gov.uk").orElseThrow();

        assertThatThrownBy(() -> p.report(0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.report(600, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        p.close();
        assertThatThrownBy(() -> p.report(200, Optional.empty())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.beforeRequest(URI.create("https://www.cardiff.gov.uk/"), 1))
                .isInstanceOf(IllegalStateException.class);
        assertThat(p.host()).isEqualTo("www.cardiff.gov.uk");
    }
}
