package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.crawl.PageTwin.Method;

/** The Welsh twin (and a Welsh page's English twin) from hreflang, the language toggle and path conventions. */
class WelshTwinTest {

    @Test
    void hreflangComesFirstAndTheVisibleToggleIsKeptBesideIt() {
        PageFacts facts =
                PageFixtures.analyse("https://www.example.gov.uk/report-a-missed-bin", "hreflang-alternates.html");

        assertThat(facts.isWelsh()).isFalse();
        assertThat(facts.twinLanguage()).isEqualTo("cy");
        assertThat(facts.twins())
                .extracting(t -> t.url().toString(), PageTwin::method, PageTwin::raw, PageTwin::evidence)
                .containsExactly(
                        tuple(
                                "https://www.example.gov.uk/cy/rhoi-gwybod-am-fin-a-fethwyd",
                                Method.HREFLANG,
                                "https://www.example.gov.uk/cy/rhoi-gwybod-am-fin-a-fethwyd",
                                "link rel=\"alternate\" hreflang=\"CY\""),
                        tuple(
                                "https://www.example.gov.uk/cy/rhoi-gwybod",
                                Method.TOGGLE,
                                "/cy/rhoi-gwybod",
                                "a \"Cymraeg\" hreflang=\"cy\" lang=\"cy\""),
                        tuple(
                                "https://www.example.gov.uk/cy/report-a-missed-bin",
                                Method.PATH_CONVENTION,
                                "/cy/report-a-missed-bin",
                                "/... -> /cy/..."));
        assertThat(facts.welshTwin().orElseThrow().method()).isEqualTo(Method.HREFLANG);
        assertThat(facts.englishTwin()).isEmpty();
    }

    @Test
    void aToggleIsALinkReadingCymraegInAnyCase() {
        PageFacts facts = PageFixtures.analyse("https://www.example.gov.uk/blue-badge", "toggle-text-only.html");

        PageTwin twin = facts.welshTwin().orElseThrow();
        assertThat(twin.method()).isEqualTo(Method.TOGGLE);
        assertThat(twin.url()).hasToString("https://www.example.gov.uk/cy/bathodyn-glas");
        assertThat(twin.evidence()).isEqualTo("a \"CYMRAEG\"");
        assertThat(facts.twin(Method.HREFLANG)).isEmpty();
    }

    @Test
    void aToggleIsALinkInWelshAndNeverOneBackToThePageItself() {
        PageFacts facts =
                PageFixtures.analyse("https://www.example.gov.uk/library/renew", "toggle-lang-attribute.html");

        PageTwin twin = facts.welshTwin().orElseThrow();
        assertThat(twin.method()).isEqualTo(Method.TOGGLE);
        assertThat(twin.url()).hasToString("https://www.example.gov.uk/cy/llyfrgell/adnewyddu");
        assertThat(twin.evidence()).isEqualTo("a \"Newid iaith i'r Gymraeg\" lang=\"cy-GB\"");
    }

    @Test
    void aWelshPageLooksForItsEnglishTwin() {
        PageFacts facts = PageFixtures.analyse(
                "https://www.example.llyw.cymru/cy/biniau/rhoi-gwybod", "welsh-page-english-toggle.html");

        assertThat(facts.isWelsh()).isTrue();
        assertThat(facts.welshTwin()).isEmpty();
        assertThat(facts.twins())
                .extracting(t -> t.url().toString(), PageTwin::method, PageTwin::language)
                .containsExactly(
                        tuple("https://www.example.llyw.cymru/en/bins/report-a-missed-bin", Method.TOGGLE, "en"),
                        tuple("https://www.example.llyw.cymru/en/biniau/rhoi-gwybod", Method.PATH_CONVENTION, "en"),
                        tuple("https://www.example.llyw.cymru/biniau/rhoi-gwybod", Method.PATH_CONVENTION, "en"));
        assertThat(facts.englishTwin().orElseThrow().method()).isEqualTo(Method.TOGGLE);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // page | lang | path-convention twins, best first | evidence of the first
                "https://w.example.llyw.cymru/en/bins/missed | en | https://w.example.llyw.cymru/cy/bins/missed"
                        + " | /en/ -> /cy/",
                "https://w.example.llyw.cymru/en/ | en | https://w.example.llyw.cymru/cy/ | /en/ -> /cy/",
                "https://w.example.llyw.cymru/EN/x | en | https://w.example.llyw.cymru/CY/x | /EN/ -> /CY/",
                "http://www.cardiff.gov.uk:8088/ENG/Bins/Pages/default.aspx | en"
                        + " | http://www.cardiff.gov.uk:8088/CYM/Bins/Pages/default.aspx | /ENG/ -> /CYM/",
                "https://c.example.gov.uk/eng/x | en | https://c.example.gov.uk/cym/x | /eng/ -> /cym/",
                "https://m.example.gov.uk/doc.asp?doc=20017&language=1 | en"
                        + " | https://m.example.gov.uk/doc.asp?doc=20017&language=2 | language=1 -> language=2",
                "https://m.example.gov.uk/page.php?lang=en&x=1 | en | https://m.example.gov.uk/page.php?lang=cy&x=1"
                        + " | lang=en -> lang=cy",
                "https://m.example.gov.uk/page.php?slang=en | en | https://m.example.gov.uk/cy/page.php?slang=en"
                        + " | /... -> /cy/...",
                "https://d.example.gov.uk/bins/missed | en | https://d.example.gov.uk/cy/bins/missed"
                        + " | /... -> /cy/...",
                "https://d.example.gov.uk/ | en | https://d.example.gov.uk/cy | /... -> /cy/...",
                "https://d.example.gov.uk | '' | https://d.example.gov.uk/cy | /... -> /cy/...",
                "https://d.example.gov.uk/cy/biniau | '' | '' | ''",
                "https://d.example.gov.uk/cy/biniau | cy | https://d.example.gov.uk/biniau"
                        + " https://d.example.gov.uk/en/biniau | /cy/ -> /",
                "https://d.example.gov.uk/cy | cy | https://d.example.gov.uk/ https://d.example.gov.uk/en"
                        + " | /cy/ -> /",
                "http://www.caerdydd.gov.uk:8088/CYM/Pages/default.aspx | cy"
                        + " | http://www.caerdydd.gov.uk:8088/ENG/Pages/default.aspx | /CYM/ -> /ENG/",
                "https://m.example.gov.uk/index.asp?language=2 | cy-GB | https://m.example.gov.uk/index.asp?language=1"
                        + " | language=2 -> language=1",
                "https://m.example.gov.uk/about | cy | '' | ''",
            })
    void pathConventions(String page, String lang, String expected, String evidence) {
        String html = "<html" + (lang.isEmpty() ? "" : " lang=\"" + lang + "\"") + "><title>t</title>";

        PageFacts facts = PageAnalyser.analyse(URI.create(page), "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(facts.twins()).allSatisfy(t -> assertThat(t.method()).isEqualTo(Method.PATH_CONVENTION));
        assertThat(facts.twins())
                .extracting(t -> t.url().toString())
                .containsExactly(expected.isEmpty() ? new String[0] : expected.split(" "));
        if (!evidence.isEmpty()) {
            assertThat(facts.twins().get(0).evidence()).isEqualTo(evidence);
        }
    }

    @Test
    void aWelshPageUnderCyPrefersEnWhenItLinksThere() {
        String html = "<html lang=\"cy\"><a href=\"/en/contact\">Cysylltu (Saesneg)</a>";

        PageFacts facts = PageAnalyser.analyse(
                URI.create("https://d.example.gov.uk/cy/biniau"), "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(facts.twins())
                .extracting(t -> t.url().toString())
                .containsExactly("https://d.example.gov.uk/en/biniau", "https://d.example.gov.uk/biniau");
    }
}
