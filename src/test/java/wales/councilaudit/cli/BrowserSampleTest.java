package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.crawl.SampleReason;

class BrowserSampleTest {

    private static final SampleReason HOME = new SampleReason(SampleReason.Kind.HOME, "", "the home page");
    private static final SampleReason CONTACT = new SampleReason(SampleReason.Kind.CONTACT, "", "title matches");
    private static final SampleReason LINKED = new SampleReason(SampleReason.Kind.MOST_LINKED, "", "9 in-links");

    private static SampleReason task(String id) {
        return new SampleReason(SampleReason.Kind.TASK, id, "title matches");
    }

    private static SamplePage page(int rank, SampleReason... reasons) {
        return new SamplePage(URI.create("http://example.org/p" + rank), rank, List.of(reasons));
    }

    @Test
    void takesTheHomePageThenThePagesPickedForATaskThenTheRestInRankOrder() {
        List<SamplePage> sample = List.of(
                page(1, HOME),
                page(2, CONTACT, task("missed-bin")),
                page(3, task("missed-bin"), LINKED),
                page(4, LINKED, task("blue-badge")),
                page(5, task("blue-badge")));

        BrowserSample chosen = BrowserSample.of(sample);

        assertThat(chosen.home()).isEqualTo(sample.get(0));
        assertThat(chosen.taskPages()).containsExactly(sample.get(2), sample.get(4));
        assertThat(chosen.topPages()).containsExactly(sample.get(1), sample.get(3));
        assertThat(chosen.urls()).extracting(URI::getPath).containsExactly("/p1", "/p3", "/p5", "/p2", "/p4");
    }

    @Test
    void boundsTheTaskAndTopPagesTaskPagesBeyondTheBoundBecomingTopPages() {
        List<SamplePage> sample = new ArrayList<>(List.of(page(1, HOME)));
        for (int rank = 2; rank <= 25; rank++) {
            sample.add(rank % 2 == 0 ? page(rank, task("missed-bin")) : page(rank, LINKED));
        }

        BrowserSample chosen = BrowserSample.of(sample, 2, 3);

        assertThat(chosen.taskPages()).extracting(SamplePage::rank).containsExactly(2, 4);
        assertThat(chosen.topPages()).extracting(SamplePage::rank).containsExactly(3, 5, 6);
        assertThat(BrowserSample.of(sample).urls()).hasSize(1 + 4 + 5);
    }

    @Test
    void theHomePagesTwinIsNotATopPage() {
        List<SamplePage> sample = List.of(page(1, HOME), page(2, LINKED), page(3, LINKED), page(4, task("missed-bin")));
        URI welshHome = sample.get(1).url();

        BrowserSample chosen = BrowserSample.of(BrowserSample.withoutHomeTwins(sample, Set.of(welshHome)));

        assertThat(chosen.topPages()).containsExactly(sample.get(2));
        assertThat(chosen.taskPages()).containsExactly(sample.get(3));
        assertThat(BrowserSample.withoutHomeTwins(sample, Set.of(sample.get(0).url())))
                .as("the home page itself stays")
                .isEqualTo(sample);
    }

    @Test
    void aSampleOfTheHomePageAloneIsTheHomePage() {
        BrowserSample chosen = BrowserSample.of(List.of(page(1, HOME)));
        assertThat(chosen.taskPages()).isEmpty();
        assertThat(chosen.topPages()).isEmpty();
        assertThatThrownBy(() -> BrowserSample.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
