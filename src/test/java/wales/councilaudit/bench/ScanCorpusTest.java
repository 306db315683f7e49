package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scan benchmark's pages, without a server or a browser: count, faults planted, clean pages. */
class ScanCorpusTest {

    private final ScanCorpus corpus = new ScanCorpus(120);

    @Test
    void theDefaultCorpusHasItsPagesAtTheirPaths() {
        assertThat(corpus.pages()).isEqualTo(120);
        assertThat(corpus.pageAt("/")).contains(0);
        assertThat(corpus.pageAt("/p/119.html")).contains(119);
        assertThat(corpus.pageAt("/p/120.html")).isEmpty();
        assertThat(corpus.pageAt("/p/007.html")).isEmpty();
        assertThat(corpus.frameAt("/frame/3.html")).contains(3);
        assertThat(corpus.imageAt("/img/1.svg")).contains(1);
        assertThat(ScanCorpus.path(0)).isEqualTo("/");
        assertThat(ScanCorpus.path(5)).isEqualTo("/p/5.html");
    }

    @Test
    void everyFaultIsPlantedOnAtLeastFivePagesAndSomePagesAreClean() {
        Map<ScanFault, Integer> pagesWith = new EnumMap<>(ScanFault.class);
        int clean = 0;
        for (int n = 0; n < corpus.pages(); n++) {
            corpus.faults(n).forEach(f -> pagesWith.merge(f, 1, Integer::sum));
            clean += corpus.faults(n).isEmpty() ? 1 : 0;
        }
        assertThat(pagesWith.keySet()).containsExactlyInAnyOrder(ScanFault.values());
        assertThat(pagesWith.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        assertThat(clean).isEqualTo(18); // 0, 7, …, 119
        assertThat(corpus.faults(0)).isEmpty();
        assertThat(corpus.plantedRules(15)).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @EnumSource(ScanFault.class)
    void aFaultsMarkupIsInThePagesThatHaveItAndOnlyThose(ScanFault fault) {
        for (int n = 0; n < corpus.pages(); n++) {
            String html = corpus.html(n);
            assertThat(html.contains(fault.marker()))
                    .as("page %d, %s", n, fault)
                    .isEqualTo(corpus.faults(n).contains(fault));
        }
    }

    @Test
    void aPlantedFaultIsWhatItsRuleLooksFor() {
        Document titleless = page(ScanFault.DOCUMENT_TITLE);
        assertThat(titleless.select("title")).isEmpty();
        assertThat(page(ScanFault.HTML_HAS_LANG).selectFirst("html").hasAttr("lang"))
                .isFalse();
        assertThat(page(ScanFault.IMAGE_ALT).select("img.photo:not([alt])")).hasSize(1);
        assertThat(page(ScanFault.FRAME_TITLE).select("iframe:not([title])")).hasSize(1);
        assertThat(page(ScanFault.LABEL).select("input[name=postcode]:not([id])"))
                .hasSize(1);
        assertThat(page(ScanFault.BUTTON_NAME).select("button.menu-toggle").text())
                .isEmpty();
        assertThat(page(ScanFault.LINK_NAME).select("a.next-arrow").text()).isEmpty();
        assertThat(page(ScanFault.LIST).select("ul.quick-links > div")).hasSize(1);
        assertThat(page(ScanFault.REGION).select("body > div.promo-strip")).hasSize(1);
        Document clean = Jsoup.parse(corpus.html(7));
        assertThat(clean.select("title")).hasSize(1);
        assertThat(clean.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(clean.select("main h1")).hasSize(1);
    }

    @Test
    void pagesAreSmallAndDifferFromOneAnother() {
        for (int n = 0; n < corpus.pages(); n++) {
            int size = corpus.html(n).getBytes(StandardCharsets.UTF_8).length;
            assertThat(size).as("page %d", n).isBetween(1_500, 8_000);
        }
        assertThat(corpus.html(3)).isNotEqualTo(corpus.html(4)).isEqualTo(new ScanCorpus(120).html(3));
        assertThat(corpus.frameHtml(3)).contains("<title>").contains("lang=\"en\"");
    }

    @Test
    void theCorpusSizeIsChecked() {
        assertThatThrownBy(() -> new ScanCorpus(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> corpus.faults(120)).isInstanceOf(IllegalArgumentException.class);
    }

    private Document page(ScanFault fault) {
        for (int n = 0; n < corpus.pages(); n++) {
            if (corpus.faults(n).contains(fault)) {
                return Jsoup.parse(corpus.html(n));
            }
        }
        throw new AssertionError("no page with " + fault);
    }
}
