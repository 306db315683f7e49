package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "header > nav > ul > li:nth-child(3) > a       | header > nav > ul > li > a",
                "li:nth-of-type(12) > a:nth-last-child(2)      | li > a",
                "#ember1234 > button                           | * > button",
                "#main-nav .item-7 > a                         | #main-nav .item-0 > a",
                ".css-1x2y3z                                   | *",
                "div.col-12.col-md-6                           | div.col-0.col-md-0",
                "#site-header                                  | #site-header",
                "iframe >> img:nth-child(2)                    | iframe >> img",
                "#ctl00_PlaceHolderMain_g_5e1f2a3b > img        | * > img",
            })
    void normalisesSelectors(String selector, String expected) {
        assertThat(Fingerprint.normaliseSelector(selector.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<img src=\"/a.png\" width=\"120\" height=\"40\">  | img[height,src,width]",
                "<IMG HEIGHT=40 src='b.png' width=\"1\">           | img[height,src,width]",
                "<a href=\"/\"><span class=\"icon\"></span></a>    | a[href]",
                "<input type=\"text\" disabled name=\"q\">         | input[disabled,name,type]",
                "<button class=\"x\">Search</button>               | button[class]",
                "plain text                                        | ''",
            })
    void shapesKeepTagAndAttributeNamesOnly(String html, String expected) {
        assertThat(Fingerprint.shape(html.strip())).isEqualTo(expected.strip());
    }
}
