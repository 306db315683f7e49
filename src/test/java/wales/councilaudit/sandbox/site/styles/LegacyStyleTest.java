package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.sandbox.site.styles.LegacySites.address;
import static wales.councilaudit.sandbox.site.styles.LegacySites.attr;
import static wales.councilaudit.sandbox.site.styles.LegacySites.decode;
import static wales.councilaudit.sandbox.site.styles.LegacySites.deep;
import static wales.councilaudit.sandbox.site.styles.LegacySites.get;
import static wales.councilaudit.sandbox.site.styles.LegacySites.hrefs;
import static wales.councilaudit.sandbox.site.styles.LegacySites.html;
import static wales.councilaudit.sandbox.site.styles.LegacySites.plain;
import static wales.councilaudit.sandbox.site.styles.LegacySites.profile;
import static wales.councilaudit.sandbox.site.styles.LegacySites.site;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.SiteFeatures;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;
import wales.councilaudit.sandbox.site.Vocabulary;

class LegacyStyleTest {

    private static final Pattern DOC = Pattern.compile("/doc\\.asp\\?doc=(\\d+)&language=([12])");

    @Test
    void everyPageAnswersAtItsAddressInEachLanguageItExistsIn() {
        for (CouncilProfile profile : List.of(plain(), deep())) {
            SimulatedSite site = site(profile);
            for (PlanPage page : site.context().plan().pages()) {
                for (Lang lang : Lang.values()) {
                    SiteResponse response = get(site, address(site, page, lang));
                    if (page.exists(lang)) {
                        assertThat(response.status())
                                .as(page.key() + " " + lang)
                                .isEqualTo(200);
                        assertThat(decode(response)).contains("<html lang=\"" + lang.code() + "\"");
                    } else {
                        assertThat(response.status())
                                .as(page.key() + " " + lang)
                                .isEqualTo(404);
                    }
                }
            }
        }
    }

    @Test
    void addressesAreQueryStringDocumentNumbersUniquePerPageAndSharedByTwins() {
        SimulatedSite site = site(deep());
        PlanPage home = site.context().plan().home();
        assertThat(address(site, home, Lang.EN)).isEqualTo("/index.asp");
        assertThat(address(site, home, Lang.CY)).isEqualTo("/index.asp?language=2");
        Set<String> numbers = new HashSet<>();
        for (PlanPage page : site.context().plan().pages()) {
            if (page.kind() == PageKind.HOME) {
                continue;
            }
            Matcher en = DOC.matcher(address(site, page, Lang.EN));
            Matcher cy = DOC.matcher(address(site, page, Lang.CY));
            assertThat(en.matches() && cy.matches()).as(page.key()).isTrue();
            assertThat(en.group(2)).isEqualTo("1");
            assertThat(cy.group(2)).isEqualTo("2");
            assertThat(cy.group(1)).isEqualTo(en.group(1));
            assertThat(numbers.add(en.group(1)))
                    .as("unique number for " + page.key())
                    .isTrue();
        }
        assertThat(get(site, "/").headers()).containsEntry("Location", "/index.asp");
        assertThat(get(site, "/doc.asp?language=1&doc=20001").status()).isEqualTo(404);
    }

    @Test
    void pagesUseATableLayoutWithALeftColumnAndNoNavElement() {
        SimulatedSite site = site(plain());
        PlanPage task = site.context().plan().taskPage("missed-bin");
        String page = html(get(site, address(site, task, Lang.CY)));
        assertThat(page)
                .contains("<table role=\"presentation\" width=\"100%\"")
                .contains("<td class=\"leftnav\" valign=\"top\">")
                .contains("<a class=\"skiplink\" href=\"#content\">")
                .contains("<main id=\"content\">")
                .contains(">English</a>")
                .contains("action=\"/search.asp\"")
                .contains("name=\"language\" value=\"2\"")
                .contains("<form method=\"post\" action=\"/forms/missed-bin/submit\"")
                .doesNotContain("<nav")
                .contains("src=\"data:image/svg+xml,")
                .contains("alt=\"Cyngor Merthyr Tudful: hafan\"");
        for (PlanPage section : site.context().plan().sections()) {
            assertThat(page).contains("href=\"" + attr(address(site, section, Lang.CY)) + "\"");
        }
    }

    @Test
    void everyInternalLinkOnEveryPageResolves() {
        for (CouncilProfile profile : List.of(plain(), deep())) {
            SimulatedSite site = site(profile);
            Map<String, Integer> checked = new HashMap<>();
            List<String> pages = new ArrayList<>();
            for (PlanPage page : site.context().plan().pages()) {
                for (Lang lang : Lang.values()) {
                    if (page.exists(lang)) {
                        pages.add(address(site, page, lang));
                    }
                }
            }
            pages.add(site.context().style().searchAddress(Lang.EN, "missed bin"));
            pages.add(site.context().style().searchAddress(Lang.CY, "bin a fethwyd"));
            pages.add(site.context().style().searchAddress(Lang.EN, "zzxqv"));
            for (String from : pages) {
                for (String href : hrefs(decode(get(site, from)))) {
                    int status = checked.computeIfAbsent(href, h -> get(site, h).status());
                    assertThat(status).as(href + " on " + from).isEqualTo(200);
                }
            }
            assertThat(checked).hasSizeGreaterThan(100);
        }
    }

    @Test
    void theLegacyCharsetPageIsEncodedAndDeclaredAsWindows1252() {
        SimulatedSite site = site(plain());
        PlanPage legacy = site.context().plan().page("legacy/archive");
        assertThat(legacy.kind()).isEqualTo(PageKind.LEGACY_CHARSET);
        SiteResponse response = get(site, address(site, legacy, Lang.EN));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type")).isEqualTo("text/html; charset=windows-1252");
        assertThat(response.body()).contains((byte) 0xA3).doesNotContain((byte) 0xC2);
        String text = new String(response.body(), Charset.forName("windows-1252"));
        assertThat(text)
                .contains("<meta charset=\"windows-1252\">")
                .contains("<h1>Archived notices (£ charges, café licences)</h1>");
        assertThat(get(site, address(site, legacy, Lang.CY)).status()).isEqualTo(404);
    }

    @Test
    void searchFindsTheTaskPageForTheTasksWordsInBothLanguages() {
        for (CouncilProfile profile : List.of(plain(), deep())) {
            SimulatedSite site = site(profile);
            PlanPage task = site.context().plan().taskPage("missed-bin");
            Text words = Vocabulary.task("missed-bin").searchWords();
            for (Lang lang : Lang.values()) {
                String address = site.context().style().searchAddress(lang, words.in(lang));
                assertThat(address).startsWith("/search.asp?q=").endsWith("&language=" + (lang == Lang.EN ? 1 : 2));
                SiteResponse response = get(site, address);
                assertThat(response.status()).isEqualTo(200);
                assertThat(html(response))
                        .contains("<table class=\"results\">")
                        .contains("<tr><td><a href=\"" + attr(address(site, task, lang)) + "\">")
                        .contains("<html lang=\"" + lang.code() + "\"");
            }
        }
    }

    @Test
    void aSearchWithNoResultsIsHelpfulOnlyWhenPlanted() {
        SimulatedSite helpful = site(plain());
        String page = html(get(helpful, "/search.asp?q=zzxqv&language=1"));
        String atoz = address(helpful, helpful.context().plan().page("atoz"), Lang.EN);
        assertThat(page).contains("spelling").contains(PageParts.PHONE).contains("href=\"" + attr(atoz));
        assertThat(html(get(helpful, "/search.asp?q=zzxqv&language=2"))).contains(PageParts.PHONE);

        SimulatedSite bare = site(profile(new SiteFeatures(null, null, false, null, null, null), null, null));
        assertThat(html(get(bare, "/search.asp?q=zzxqv&language=1"))).contains("<p>No results</p>");
        assertThat(html(get(bare, "/search.asp?q=zzxqv&language=2"))).contains("<p>Dim canlyniadau</p>");
    }

    @Test
    void withoutSearchThereIsNoFormAndTheSearchAddressAnswers404() {
        SimulatedSite site = site(profile(new SiteFeatures(false, null, null, null, null, null), null, null));
        assertThat(get(site, "/search.asp?q=missed+bin&language=1").status()).isEqualTo(404);
        assertThat(html(get(site, "/index.asp"))).doesNotContain("/search.asp").doesNotContain("<form");
    }

    @Test
    void aPlantedOverflowingHomePageIsWrappedInTheFixedLayout() {
        MobilePlant overflow = new MobilePlant(null, true, null, null, null);
        SimulatedSite site = site(profile(null, null, overflow));
        assertThat(html(get(site, "/index.asp"))).contains("<div class=\"fixed-layout\"><table");
        PlanPage section = site.context().plan().sections().get(0);
        assertThat(html(get(site, address(site, section, Lang.EN)))).doesNotContain("fixed-layout\">");
        assertThat(html(get(site(plain()), "/index.asp"))).doesNotContain("fixed-layout\">");
    }

    @Test
    void aTaskWithNoWelshPageIsNotLinkedInWelshAndItsToggleGoesToTheWelshHomePage() {
        SimulatedSite site = site(deep());
        PlanPage task = site.context().plan().taskPage("library-renewal");
        assertThat(task.exists(Lang.CY)).isFalse();
        String english = html(get(site, address(site, task, Lang.EN)));
        assertThat(english).contains("href=\"/index.asp?language=2\" hreflang=\"cy\" lang=\"cy\">Cymraeg</a>");
        PlanPage parent = site.context().plan().page(task.parent());
        String welshParent = html(get(site, address(site, parent, Lang.CY)));
        assertThat(welshParent).doesNotContain(attr(address(site, task, Lang.CY)) + "\"");
    }

    @Test
    void generationIsDeterministic() {
        List<byte[]> first = everyPage(site(deep()));
        List<byte[]> second = everyPage(site(deep()));
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isEqualTo(first.get(i));
        }
    }

    private static List<byte[]> everyPage(SimulatedSite site) {
        List<byte[]> bodies = new ArrayList<>();
        for (PlanPage page : site.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                bodies.add(get(site, address(site, page, lang)).body());
            }
        }
        bodies.add(get(site, "/search.asp?q=missed+bin&language=1").body());
        return bodies;
    }
}
