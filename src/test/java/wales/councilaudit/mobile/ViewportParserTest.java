package wales.councilaudit.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewportParserTest {

    @ParameterizedTest(name = "[{0}] -> {1}, device-width {2}, zoom disabled {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # content                                                                | outcome  | device-width | zoom disabled
            width=device-width, initial-scale=1                                      | Declared | true         | false
            width=device-width, initial-scale=1.0, minimum-scale=1.0                 | Declared | true         | false
            WIDTH = Device-Width ; Initial-Scale = 1                                 | Declared | true         | false
            width=device-width initial-scale=1                                       | Declared | true         | false
            width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no   | Declared | true         | true
            width=device-width, user-scalable=no                                     | Declared | true         | true
            width=device-width, user-scalable=0                                      | Declared | true         | true
            width=device-width, user-scalable=0.5                                    | Declared | true         | true
            width=device-width, user-scalable=yes                                    | Declared | true         | false
            width=device-width, user-scalable=1                                      | Declared | true         | false
            width=device-width, user-scalable=device-width                           | Declared | true         | false
            width=device-width, maximum-scale=1                                      | Declared | true         | true
            width=device-width, maximum-scale=1.99                                   | Declared | true         | true
            width=device-width, maximum-scale=2                                      | Declared | true         | false
            width=device-width, maximum-scale=5                                      | Declared | true         | false
            width=device-width, maximum-scale=device-width                           | Declared | true         | false
            width=device-width, maximum-scale=1, user-scalable=yes                   | Declared | true         | true
            width=device-width, user-scalable=no, user-scalable=yes                  | Declared | true         | false
            width=980                                                                | Declared | false        | false
            initial-scale=1                                                          | Declared | false        | false
            width=device-width, shrink-to-fit=no                                     | Declared | true         | false
            width=device-width, foo=bar                                              | Declared | true         | false
            invalid-content=should_have_looked_it_up                                 | Invalid  | false        | false
            ''                                                                       | Invalid  | false        | false
            device-width                                                             | Invalid  | false        | false
            """)
    void readsTheContentAttribute(String content, String outcome, boolean deviceWidth, boolean zoomDisabled) {
        String tag = "<meta name=\"viewport\" content=\"" + content + "\">";

        ViewportMeta meta = ViewportParser.parse(content, tag);

        assertThat(meta.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(meta.mobileViewport()).as("device-width").isEqualTo(deviceWidth);
        assertThat(meta.zoomDisabled()).as("zoom disabled").isEqualTo(zoomDisabled);
        assertThat(meta.evidence()).startsWith(tag);
    }

    @Test
    void invalidContentNamesWhatWasIgnored() {
        ViewportMeta meta = ViewportParser.parse(
                "invalid-content=should_have_looked_it_up",
                "<meta name=\"viewport\" content=\"invalid-content=should_have_looked_it_up\">");

        assertThat(meta).isInstanceOf(ViewportMeta.Invalid.class);
        assertThat(((ViewportMeta.Invalid) meta).ignored()).containsExactly("invalid-content=should_have_looked_it_up");
        assertThat(meta.evidence()).contains("no valid viewport property");
    }

    @Test
    void aMissingTagIsNeitherUsableNorZoomDisabled() {
        ViewportMeta meta = ViewportParser.missing();

        assertThat(meta.mobileViewport()).isFalse();
        assertThat(meta.zoomDisabled()).isFalse();
        assertThat(meta.evidence()).isEqualTo("no <meta name=\"viewport\"> tag");
    }

    @Test
    void longTagsAreShortenedToOneLineOfEvidence() {
        String content = "width=device-width,\n   " + "x".repeat(400);

        ViewportMeta meta = ViewportParser.parse(content, "<meta name=viewport content=\"" + content + "\">");

        assertThat(meta.evidence())
                .hasSize(ViewportParser.MAX_EVIDENCE)
                .doesNotContain("\n")
                .endsWith("…");
        assertThat(meta.mobileViewport()).isTrue();
    }
}
