package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormaliserTest {

    private static final UrlNormaliser NORMALISER = new UrlNormaliser();
    private static final URI PAGE = URI.create("http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/biniau?a=1");

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # link as written on PAGE                  | normalised
            casgliadau                                 | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/casgliadau
            ./casgliadau                               | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/casgliadau
            ../                                        | http://www.sandbox-cardiff.gov.wales:8088/cy/
            ../../en/services                          | http://www.sandbox-cardiff.gov.wales:8088/en/services
            ../../../../../en/services                 | http://www.sandbox-cardiff.gov.wales:8088/en/services
            /en/bins                                   | http://www.sandbox-cardiff.gov.wales:8088/en/bins
            ?page=2                                    | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/biniau?page=2
            ''                                         | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/biniau?a=1
            '#cynnwys'                                 | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/biniau?a=1
            casgliadau#dydd-llun                       | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/casgliadau
            //www.gov.uk/council-tax                   | http://www.gov.uk/council-tax
            HTTPS://WWW.Cardiff.GOV.uk/En/Bins         | https://www.cardiff.gov.uk/En/Bins
            http://www.cardiff.gov.uk:80/bins          | http://www.cardiff.gov.uk/bins
            https://www.cardiff.gov.uk:443/bins        | https://www.cardiff.gov.uk/bins
            http://www.cardiff.gov.uk:443/bins         | http://www.cardiff.gov.uk:443/bins
            https://www.cardiff.gov.uk:8443/bins       | https://www.cardiff.gov.uk:8443/bins
            https://www.cardiff.gov.uk                 | https://www.cardiff.gov.uk/
            https://www.cardiff.gov.uk./bins           | https://www.cardiff.gov.uk/bins
            https://user:secret@www.cardiff.gov.uk/x   | https://www.cardiff.gov.uk/x
            /cy/gwasanaethau/ŵyl                       | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/%C5%B5yl
            /cy/ysgolion/ysgol-gynradd-llŷn            | http://www.sandbox-cardiff.gov.wales:8088/cy/ysgolion/ysgol-gynradd-ll%C5%B7n
            /cy/gwasanaethau/%c5%b5yl                  | http://www.sandbox-cardiff.gov.wales:8088/cy/gwasanaethau/%C5%B5yl
            /%7Euser/%41bout                           | http://www.sandbox-cardiff.gov.wales:8088/~user/About
            /a%2Fb                                     | http://www.sandbox-cardiff.gov.wales:8088/a%2Fb
            /100%                                      | http://www.sandbox-cardiff.gov.wales:8088/100%25
            /council tax/pay online                    | http://www.sandbox-cardiff.gov.wales:8088/council%20tax/pay%20online
            '  /en/bins  '                             | http://www.sandbox-cardiff.gov.wales:8088/en/bins
            /search?q=council tax&lang=cy              | http://www.sandbox-cardiff.gov.wales:8088/search?q=council%20tax&lang=cy
            /search?q=Ŵyl+Fwyd                         | http://www.sandbox-cardiff.gov.wales:8088/search?q=%C5%B4yl+Fwyd
            /search?z=1&a=2&m=3                        | http://www.sandbox-cardiff.gov.wales:8088/search?z=1&a=2&m=3
            /search?b=&&a=1                            | http://www.sandbox-cardiff.gov.wales:8088/search?b&a=1
            /search?                                   | http://www.sandbox-cardiff.gov.wales:8088/search
            /search?q=a%26b                            | http://www.sandbox-cardiff.gov.wales:8088/search?q=a%26b
            /a//b/./c/                                 | http://www.sandbox-cardiff.gov.wales:8088/a/b/c/
            \\en\\bins                                 | http://www.sandbox-cardiff.gov.wales:8088/en/bins
            https://bücher.example/                    | https://xn--bcher-kva.example/
            http://127.0.0.1:8088/robots.txt           | http://127.0.0.1:8088/robots.txt
            """)
    void resolvesAndNormalisesLinks(String link, String expected) {
        assertThat(NORMALISER.normalise(PAGE, link)).contains(URI.create(expected));
    }

    @Test
    void removesTabsAndLineBreaksInsideALinkAsBrowsersDo() {
        assertThat(NORMALISER.normalise(PAGE, "/en/\n\tbins\r\n"))
                .contains(URI.create("http://www.sandbox-cardiff.gov.wales:8088/en/bins"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "mailto:cyswllt@cardiff.gov.uk",
                "MAILTO:cyswllt@cardiff.gov.uk",
                "javascript:void(0)",
                " JavaScript:alert(1)",
                "tel:+442920872087",
                "file:///etc/passwd",
                "data:text/html,<p>hi</p>",
                "ftp://ftp.cardiff.gov.uk/file",
                "sms:07700900000",
                "http://",
                "https:///no-host",
                "http:relative",
                "http://[::1]:8088/",
                "http://www.cardiff.gov.uk:99999/",
                "http://www.cardiff.gov.uk:port/",
                "http://my_host.cardiff.gov.uk/",
            })
    void rejectsLinksThatCannotBeCrawled(String link) {
        assertThat(NORMALISER.normalise(PAGE, link)).isEmpty();
    }

    @Test
    void rejectsUrlsLongerThan2048Characters() {
        String prefix = "http://www.cardiff.gov.uk/";
        String fits = prefix + "a".repeat(UrlNormaliser.MAX_LENGTH - prefix.length());
        String tooLong = fits + "a";

        assertThat(NORMALISER.normalise(fits)).contains(URI.create(fits));
        assertThat(NORMALISER.normalise(tooLong)).isEmpty();
        assertThat(NORMALISER.normalise(PAGE, tooLong)).isEmpty();
    }

    @Test
    void rejectsALinkThatOnlyBecomesTooLongWhenEncoded() {
        String welsh = "/" + "ŵ".repeat(400); // 401 characters as written, 2,401 percent-encoded

        assertThat(NORMALISER.normalise(PAGE, welsh)).isEmpty();
    }

    @Test
    void anAbsoluteUrlMustHaveAScheme() {
        assertThat(NORMALISER.normalise("www.cardiff.gov.uk/bins")).isEmpty();
        assertThat(NORMALISER.normalise("/bins")).isEmpty();
        assertThat(NORMALISER.normalise("https://www.cardiff.gov.uk/bins"))
                .contains(URI.create("https://www.cardiff.gov.uk/bins"));
    }

    @Test
    void normalisingIsIdempotent() {
        String[] links = {"/cy/gwasanaethau/ŵyl?q=a b&z=1&a=", "../x/./y//z#f", "HTTP://Example.ORG:80"};
        for (String link : links) {
            URI once = NORMALISER.normalise(PAGE, link).orElseThrow();
            assertThat(NORMALISER.normalise(once.toString())).contains(once);
        }
    }

    @Test
    void aBaseThatIsNotAnAbsoluteWebUrlIsTheCallersError() {
        assertThatThrownBy(() -> NORMALISER.normalise(URI.create("/relative"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NORMALISER.normalise(URI.create("mailto:a@b.c"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverThrowsForOddLinks() {
        String[] odd = {"%", "%%", "?#", "http://%zz/", "http://a b/", "//", "///", "\u0000", "?&=&", ":", "[", "]"};
        for (String link : odd) {
            Optional<URI> result = NORMALISER.normalise(PAGE, link);
            result.ifPresent(u -> assertThat(u.getScheme()).isIn("http", "https"));
        }
    }
}
