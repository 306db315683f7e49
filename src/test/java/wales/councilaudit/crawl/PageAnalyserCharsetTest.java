package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies decoded as browsers decode them: BOM, then the header, then a meta, then UTF-8 (or windows-1252). */
class PageAnalyserCharsetTest {

    private static final URI URL = URI.create("https://www.example.gov.uk/page");
    private static final String WELSH = "Gŵyl Fwyd y Bala: ŷ, â, ŵ";
    private static final String POUNDS = "Charges: £10 – café licences";

    @ParameterizedTest(name = "{0} with ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                // fixture | Content-Type | charset | source | label | malformed | title
                "charset-header-utf8-meta-says-windows-1252.html | text/html; charset=utf-8 | UTF-8 | HTTP_HEADER"
                        + " | utf-8 | false | " + WELSH,
                "charset-header-utf8-meta-says-windows-1252.html | text/html;charset=\"UTF-8\" | UTF-8 | HTTP_HEADER"
                        + " | UTF-8 | false | " + WELSH,
                "charset-header-windows-1252-meta-says-utf8.html | text/html; charset=windows-1252 | windows-1252"
                        + " | HTTP_HEADER | windows-1252 | false | " + POUNDS,
                "charset-meta-windows-1252.html | text/html | windows-1252 | META | windows-1252 | false | " + POUNDS,
                "charset-meta-windows-1252.html | text/html; charset=x-no-such-charset | windows-1252 | META"
                        + " | windows-1252 | false | " + POUNDS,
                "charset-meta-http-equiv-latin1.html | text/html | windows-1252 | META | ISO-8859-1 | false"
                        + " | Fees: €20 or £17",
                "charset-bom-utf8.html | text/html; charset=iso-8859-1 | UTF-8 | BOM | EFBBBF | false | " + WELSH,
                "charset-bom-utf16le.html | text/html; charset=utf-8 | UTF-16LE | BOM | FFFE | false | " + WELSH,
                "charset-undeclared-utf8-welsh.html | text/html | UTF-8 | DEFAULT | '' | false | " + WELSH,
                "charset-undeclared-utf8-welsh.html | '' | UTF-8 | DEFAULT | '' | false | " + WELSH,
                "charset-undeclared-windows-1252.html | text/html | windows-1252 | LEGACY_FALLBACK | '' | false | "
                        + POUNDS,
                "charset-header-utf8-bytes-windows-1252.html | text/html; charset=utf-8 | UTF-8 | HTTP_HEADER"
                        + " | utf-8 | true | Charges: \uFFFD10",
            })
    void decodesAsBrowsersDo(
            String fixture,
            String contentType,
            String charset,
            CharsetSource source,
            String label,
            boolean malformed,
            String title) {
        PageFacts facts = PageAnalyser.analyse(URL, contentType, PageFixtures.bytes(fixture));

        assertThat(facts.format()).isEqualTo(PageFormat.HTML);
        CharsetDecision decision = facts.charset().orElseThrow();
        assertThat(decision.charset().name()).isEqualTo(charset);
        assertThat(decision.source()).isEqualTo(source);
        assertThat(decision.label()).isEqualTo(label);
        assertThat(decision.malformed()).isEqualTo(malformed);
        assertThat(facts.title()).isEqualTo(title);
    }

    @Test
    void welshLettersSurviveInLinksAndLanguageToo() {
        String html = "<!doctype html><html lang=\"cy\"><title>Ŵyn</title><a href=\"/cy/ŵyn-ŷd\">Ŵyn ac ŷd</a>";

        PageFacts facts = PageAnalyser.analyse(URL, "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(facts.charset().orElseThrow().source()).isEqualTo(CharsetSource.DEFAULT);
        assertThat(facts.outlinks()).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Ŵyn ac ŷd");
            assertThat(link.url()).hasToString("https://www.example.gov.uk/cy/%C5%B5yn-%C5%B7d");
        });
    }

    @Test
    void aMetaAfterTheScanWindowIsNotRead() {
        String padding = "<!-- " + "x".repeat(CharsetSniffer.META_SCAN_BYTES) + " -->";
        String html = "<!doctype html><html><head>" + padding + "<meta charset=\"windows-1252\"><title>£</title>";

        PageFacts facts = PageAnalyser.analyse(URL, "text/html", html.getBytes(CharsetLabels.WINDOWS_1252));

        assertThat(facts.charset().orElseThrow().source()).isEqualTo(CharsetSource.LEGACY_FALLBACK);
        assertThat(facts.title()).isEqualTo("£");
    }

    @Test
    void theFirstMetaWithAKnownCharsetWins() {
        String html = "<meta charset=\"klingon\"><meta content='text/html; charset=\"cp1252\"' http-equiv=content-type>"
                + "<meta charset=utf-8><title>€</title>";

        PageFacts facts = PageAnalyser.analyse(URL, "text/html", html.getBytes(CharsetLabels.WINDOWS_1252));

        CharsetDecision decision = facts.charset().orElseThrow();
        assertThat(decision.source()).isEqualTo(CharsetSource.META);
        assertThat(decision.label()).isEqualTo("cp1252");
        assertThat(facts.title()).isEqualTo("€");
    }

    @Test
    void aMetaNamingUtf16MeansUtf8() {
        String html = "<meta charset=\"utf-16\"><title>Ŵ</title>";

        PageFacts facts = PageAnalyser.analyse(URL, "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(facts.charset().orElseThrow().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(facts.title()).isEqualTo("Ŵ");
    }
}
