package wales.councilaudit.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.MobileFacts;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRulesLoader;

class MobileSiteTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());
    private static final ViewportMeta GOOD = ViewportParser.parse(
            "width=device-width, initial-scale=1",
            "<meta name=viewport content=\"width=device-width, initial-scale=1\">");
    private static final ViewportMeta NO_ZOOM = ViewportParser.parse(
            "width=device-width, user-scalable=no",
            "<meta name=viewport content=\"width=device-width, user-scalable=no\">");

    static MobilePage page(String path, ViewportMeta viewport, int scrollWidth, long legible, long total) {
        int viewportWidth = viewport.mobileViewport() ? 390 : 980;
        Overflow overflow = Overflow.of(
                scrollWidth, viewportWidth, new Overflow.WidestElement("div.fixed-layout", scrollWidth, scrollWidth));
        Screenshot shot = overflow.overflows()
                ? new Screenshot.Saved(Path.of("shots", "mobile-x.png"), true)
                : new Screenshot.NotTaken();
        return new MobilePage(
                URI.create("http://www.example.gov.wales" + path),
                viewport,
                overflow,
                new TextSizes(legible, total),
                shot);
    }

    @Test
    void aWellAdaptedSiteGetsFourWithTheJourneysNotYetApplicable() {
        MobileSite site = MobileSite.of(
                List.of(page("/", GOOD, 390, 300, 300), page("/a", GOOD, 390, 580, 600)),
                List.of(new TargetSizeCount(1, 30), new TargetSizeCount(0, 20)));

        assertThat(site.facts()).isEqualTo(new MobileFacts(true, false, false, 2, 0, 1.0 / 51, 880.0 / 900, 0, 0));
        ComponentScore score = ANNEX_B.mobile(site.facts());
        assertThat(score.score()).isEqualTo(4);
        assertThat(site.evidence())
                .contains("880 of 900 characters of visible text legible (12 px or more) on 2 pages")
                .contains("target size (axe-core target-size, WCAG 2.2 SC 2.5.8): 1 of 51 targets below 24 by 24 px");
    }

    @Test
    void noViewportAndAnOverflowingHomePageIsNotAdaptedAtAll() {
        MobileSite site = MobileSite.of(
                List.of(
                        page("/", ViewportParser.missing(), 1200, 400, 400),
                        page("/a", ViewportParser.missing(), 980, 500, 500)),
                List.of());

        assertThat(site.facts()).isEqualTo(new MobileFacts(false, false, true, 2, 1, 0.0, 0.0, 0, 0));
        ComponentScore score = ANNEX_B.mobile(site.facts());
        assertThat(score.score()).isZero();
        assertThat(score.why().get(0)).startsWith("0: not adapted to mobile at all");
        assertThat(site.evidence())
                .contains("home page http://www.example.gov.wales/: viewport: no <meta name=\"viewport\"> tag")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("http://www.example.gov.wales/: overflows sideways: scrollWidth 1200 px > viewport"
                                + " width 980 px")
                        .contains("div.fixed-layout")
                        .endsWith("screenshot mobile-x.png (full page)"))
                .contains("0 of 900 characters of visible text legible (12 px or more) on 2 pages; 2 pages without a"
                        + " usable viewport count as illegible");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | zoom off | content overflows | legible | failing targets | score
            everything passes                       | false    | false             | 300     | 0               | 4
            zoom disabled                           | true     | false             | 300     | 0               | 3
            a content page overflows                | false    | true              | 300     | 0               | 3
            tiny text                               | false    | false             | 30      | 0               | 3
            small targets                           | false    | false             | 300     | 5               | 3
            zoom off, overflow, tiny text, targets  | true     | true              | 30      | 5               | 1
            """)
    void eachPageCheckCountsInTheScore(
            String what, boolean zoomOff, boolean contentOverflows, long legible, int failing, int expected) {
        ViewportMeta viewport = zoomOff ? NO_ZOOM : GOOD;
        MobileSite site = MobileSite.of(
                List.of(
                        page("/", viewport, 390, legible, 300),
                        page("/a", viewport, contentOverflows ? 900 : 390, legible, 300)),
                List.of(new TargetSizeCount(failing, 20 - failing)));

        assertThat(ANNEX_B.mobile(site.facts()).score()).as(what).isEqualTo(expected);
    }

    @Test
    void theHomePageMustComeAndNoPageTwice() {
        assertThatThrownBy(() -> MobileSite.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        MobilePage home = page("/", GOOD, 390, 1, 1);
        assertThatThrownBy(() -> MobileSite.of(List.of(home, home), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void targetCountsAddUpAndGiveTheSmallShare() {
        assertThat(TargetSizeCount.NONE.smallShare()).isZero();
        assertThat(new TargetSizeCount(1, 3).plus(new TargetSizeCount(1, 5))).isEqualTo(new TargetSizeCount(2, 8));
        assertThat(new TargetSizeCount(2, 8).smallShare()).isEqualTo(0.2);
        assertThatThrownBy(() -> new TargetSizeCount(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
