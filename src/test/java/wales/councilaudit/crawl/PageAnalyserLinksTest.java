package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Title, language, canonical, {@code <base href>}, outlinks and {@code hreflang}, from fixture pages. */
class PageAnalyserLinksTest {

    @Test
    void readsTitleLanguageAndCanonicalAndResolvesAgainstTheBase() {
        PageFacts facts =
                PageFixtures.analyse("https://www.example.llyw.cymru/old/place", "head-title-lang-canonical-base.html");

        assertThat(facts.title()).isEqualTo("Casglu biniau ac ailgylchu");
        assertThat(facts.lang()).isEqualTo("cy-GB");
        assertThat(facts.isWelsh()).isTrue();
        assertThat(facts.canonical()).contains(URI.create("https://www.example.llyw.cymru/cy/gwasanaethau/biniau"));
        assertThat(facts.outlinks())
                .extracting(PageLink::url, PageLink::text)
                .containsExactly(
                        tuple(URI.create("https://www.example.llyw.cymru/cy/gwasanaethau/ailgylchu"), "Ailgylchu"),
                        tuple(URI.create("https://www.example.llyw.cymru/cy/"), "Hafan"),
                        tuple(URI.create("https://www.example.llyw.cymru/cy/amdanom"), "Amdanom ni"));
    }

    @Test
    void aPageWithoutTitleLanguageOrCanonicalHasEmptyOnes() {
        PageFacts facts = PageFixtures.analyse("https://www.example.gov.uk/", "head-missing.html");

        assertThat(facts.title()).isEmpty();
        assertThat(facts.lang()).isEmpty();
        assertThat(facts.isWelsh()).isFalse();
        assertThat(facts.canonical()).isEmpty();
        assertThat(facts.outlinks()).isEmpty();
        assertThat(facts.hreflang()).isEmpty();
    }

    @Test
    void extractsOutlinksInOrderOnceEachWithTheirText() {
        PageFacts facts =
                PageFixtures.analyse("https://www.example.gov.uk/links#top", "links-extraction-and-duplicates.html");

        assertThat(facts.url()).hasToString("https://www.example.gov.uk/links");
        assertThat(facts.outlinks())
                .extracting(link -> link.url().toString(), PageLink::text)
                .containsExactly(
                        tuple("https://www.example.gov.uk/news/feed", "News feed"),
                        tuple("https://www.example.gov.uk/bins", "Bins and recycling"),
                        tuple("https://www.example.gov.uk/search?q=council%20tax&page=2", "Council tax, page 2"),
                        tuple("https://www.example.gov.uk/cy/gwasanaethau/%C5%B5yr", "Ŵyr"),
                        tuple("https://other.example.org/planning", "Planning portal"),
                        tuple("https://cdn.example.net/guide.pdf", "Download the guide (PDF)"),
                        tuple("https://www.example.gov.uk/img-link", "Council logo"),
                        tuple("https://www.example.gov.uk/titled", "Only a title"),
                        tuple("https://www.example.gov.uk/empty", ""),
                        tuple("https://www.example.gov.uk/wards/north", "North ward"),
                        tuple("https://www.example.gov.uk/wards/south", "South ward"),
                        tuple("https://www.example.gov.uk/spaced?x=1", "Spaced"),
                        tuple("https://www.example.gov.uk/percent%20encoded/100%25", "Percent"));
    }

    @Test
    void mapsHreflangAlternatesFromLinksAndAnchors() {
        PageFacts facts =
                PageFixtures.analyse("https://www.example.gov.uk/report-a-missed-bin", "hreflang-alternates.html");

        assertThat(facts.hreflang())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry(
                                "en-gb", URI.create("https://www.example.gov.uk/report-a-missed-bin")),
                        org.assertj.core.api.Assertions.entry(
                                "cy", URI.create("https://www.example.gov.uk/cy/rhoi-gwybod-am-fin-a-fethwyd")),
                        org.assertj.core.api.Assertions.entry(
                                "x-default", URI.create("https://www.example.gov.uk/report-a-missed-bin")),
                        org.assertj.core.api.Assertions.entry(
                                "ga", URI.create("https://www.example.gov.uk/ga/tuairisc")));
    }

    @Test
    void nonHtmlContentHasNoLinks() {
        byte[] pdf = "%PDF-1.4\n<a href=\"/x\">not html</a>".getBytes(StandardCharsets.US_ASCII);
        URI url = URI.create("https://www.example.gov.uk/documents/guide.pdf");

        PageFacts declared = PageAnalyser.analyse(url, "application/pdf", pdf);
        PageFacts sniffed = PageAnalyser.analyse(url, "", pdf);
        PageFacts octets = PageAnalyser.analyse(url, "application/octet-stream", pdf);

        for (PageFacts facts : new PageFacts[] {declared, sniffed, octets}) {
            assertThat(facts.format()).isEqualTo(PageFormat.PDF);
            assertThat(facts.charset()).isEmpty();
            assertThat(facts.outlinks()).isEmpty();
            assertThat(facts.twins()).isEmpty();
            assertThat(facts.welshTwin()).isEmpty();
        }
        assertThat(declared.contentType()).isEqualTo("application/pdf");
        assertThat(sniffed.contentType()).isEmpty();
    }

    @Test
    void imagesAndOtherTypesAreRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        URI url = URI.create("https://www.example.gov.uk/logo");
        byte[] html = "<a href=\"/x\">x</a>".getBytes(StandardCharsets.US_ASCII);

        assertThat(PageAnalyser.analyse(url, "IMAGE/PNG", png).format()).isEqualTo(PageFormat.IMAGE);
        assertThat(PageAnalyser.analyse(url, "", png).format()).isEqualTo(PageFormat.IMAGE);
        assertThat(PageAnalyser.analyse(url, "text/css", html).format()).isEqualTo(PageFormat.OTHER);
        assertThat(PageAnalyser.analyse(url, "application/octet-stream", html).format())
                .isEqualTo(PageFormat.OTHER);
        PageFacts undeclared = PageAnalyser.analyse(url, "", html);
        assertThat(undeclared.format()).isEqualTo(PageFormat.HTML);
        assertThat(undeclared.outlinks()).hasSize(1);
        PageFacts xhtml = PageAnalyser.analyse(url, "application/xhtml+xml; charset=utf-8", html);
        assertThat(xhtml.format()).isEqualTo(PageFormat.HTML);
    }

    @Test
    void brokenMarkupAndEmptyBodiesDoNotThrow() {
        URI url = URI.create("https://www.example.gov.uk/broken");
        byte[] broken =
                "<html lang=cy><title>Ha<a href='/x' <a href=\"http://[bad/\">\u0000".getBytes(StandardCharsets.UTF_8);

        assertThat(PageAnalyser.analyse(url, "text/html", broken).lang()).isEqualTo("cy");
        assertThat(PageAnalyser.analyse(url, "text/html", new byte[0]).title()).isEmpty();
    }

    @Test
    void refusesAUrlThatIsNotAbsoluteHttp() {
        assertThatThrownBy(() -> PageAnalyser.analyse(URI.create("/relative"), "text/html", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageAnalyser.analyse(URI.create("file:///etc/passwd"), "text/html", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
