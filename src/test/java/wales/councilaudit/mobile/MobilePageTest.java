package wales.councilaudit.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MobilePageTest {

    private static final ViewportMeta GOOD =
            ViewportParser.parse("width=device-width", "<meta name=viewport content=width=device-width>");

    @Test
    void withAUsableViewportTheShareIsMeasuredInCssPixels() {
        MobilePage page = MobileSiteTest.page("/", GOOD, 390, 75, 100);

        assertThat(page.legibleChars()).isEqualTo(75);
        assertThat(page.legibleTextShare()).isEqualTo(0.75);
        assertThat(page.evidence().get(2)).endsWith("75 of 100 characters of visible text at 12 px or more");
    }

    @Test
    void withoutAUsableViewportNoTextIsLegibleBecauseThePageIsZoomedOut() {
        ViewportMeta invalid =
                ViewportParser.parse("invalid-content=x", "<meta name=viewport content=invalid-content=x>");
        for (ViewportMeta viewport : new ViewportMeta[] {ViewportParser.missing(), invalid}) {
            MobilePage page = MobileSiteTest.page("/", viewport, 980, 100, 100);

            assertThat(page.text().cssShare()).isEqualTo(1.0);
            assertThat(page.legibleChars()).isZero();
            assertThat(page.legibleTextShare()).isZero();
            assertThat(page.evidence().get(2)).contains("text illegible: no usable viewport");
        }
    }

    @Test
    void aPageWithoutTextIsNotCountedAgainst() {
        assertThat(MobileSiteTest.page("/", ViewportParser.missing(), 980, 0, 0).legibleTextShare())
                .isEqualTo(1.0);
    }

    @Test
    void overflowOutcomesAgreeWithTheirWidths() {
        Overflow.WidestElement none = new Overflow.WidestElement("", 0, 0);
        assertThat(Overflow.of(390, 390, none)).isInstanceOf(Overflow.Fits.class);
        assertThat(Overflow.of(391, 390, none).overflows()).isTrue();
        assertThat(Overflow.of(391, 390, none).evidence()).endsWith("no single element reaches past the right edge");
        assertThatThrownBy(() -> new Overflow.Fits(400, 390)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overflow.Overflows(390, 390, none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSizes(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void screenshotNamesAreSafeShortAndDistinct() {
        String name =
                Screenshots.fileName(URI.create("http://www.caerphilly.gov.uk:8080/doc.asp?doc=20060&language=1"));
        String other =
                Screenshots.fileName(URI.create("http://www.caerphilly.gov.uk:8080/doc.asp?doc=20061&language=1"));

        assertThat(name).matches("mobile-www\\.caerphilly\\.gov\\.uk-doc\\.asp-[0-9a-f]{10}\\.png");
        assertThat(other).isNotEqualTo(name);
        String longName = Screenshots.fileName(URI.create("http://x.gov.wales/" + "a/".repeat(100)));
        assertThat(longName).hasSize("mobile-".length() + 80 + "-0123456789.png".length());
        String traversal = Screenshots.fileName(URI.create("http://x.gov.wales/..%2F..%2Fetc%5Cpasswd"));
        assertThat(traversal)
                .startsWith("mobile-x.gov.wales-")
                .doesNotContain("/")
                .doesNotContain("\\");
    }
}
