package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.HOST;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.body;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.fetch;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.hrefs;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.site;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Vocabulary;

/** The Welsh-first style, through the simulated site's own request handling, on plain and planted profiles. */
class WelshFirstStyleTest {

    private static final Pattern ADDRESS = Pattern.compile("/(cy|en)/([a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9-]+)?)?");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    /** A plain site, one with every task deep or shallow and a missing Welsh task, and a big one. */
    static Stream<CouncilProfile> profiles() {
        Map<String, TaskPlant> tasks = Map.of(
                "missed-bin", task(5, false, null, null),
                "planning-objection", task(4, null, TaskPlant.Online.START_LINK, null),
                "library-renewal", task(1, null, TaskPlant.Online.NONE, null),
                "blue-badge", task(3, null, TaskPlant.Online.START_LINK, false));
        Map<String, TaskPlant> tools =
                Map.of("councillor", task(5, null, null, null), "council-tax", task(1, null, null, null));
        return Stream.of(
                WelshFirstSites.plain(),
                WelshFirstSites.profile(11L, null, tasks, tools, null),
                WelshFirstSites.profile(29L, null, tasks, tools, WelshFirstSites.pages(600)));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyPageAnswersAtItsFlatAddressInEachOfItsLanguages(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        SiteContext context = site.context();
        for (PlanPage page : context.plan().pages()) {
            for (Lang lang : Lang.values()) {
                String address = context.address(page, lang);
                assertThat(address).as(page.key()).matches(ADDRESS);
                assertThat(address).startsWith("/" + lang.code() + "/");
                SiteResponse response = fetch(site, address);
                assertThat(response.status())
                        .as(page.key() + " in " + lang + " at " + address)
                        .isEqualTo(page.exists(lang) ? 200 : 404);
                if (page.exists(lang) && page.kind() != PageKind.LEGACY_CHARSET) {
                    assertThat(body(response)).contains("<html lang=\"" + lang.code() + "\"");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyInternalLinkResolves(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        Set<String> links = new TreeSet<>();
        for (PlanPage page : site.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (page.exists(lang)) {
                    links.addAll(hrefs(body(fetch(site, site.context().address(page, lang)))));
                }
            }
        }
        for (Lang lang : Lang.values()) {
            String words = Vocabulary.task("council-tax").searchWords().in(lang);
            links.addAll(hrefs(body(fetch(site, site.context().style().searchAddress(lang, words)))));
            links.addAll(hrefs(body(fetch(site, site.context().style().searchAddress(lang, "zzzz")))));
        }
        String own = "http://" + HOST + ":" + WelshFirstSites.PORT;
        List<String> broken = new ArrayList<>();
        for (String href : links) {
            String local = href.startsWith(own) ? href.substring(own.length()) : href;
            if (local.startsWith("/")
                    && !local.startsWith("//")
                    && fetch(site, local).status() != 200) {
                broken.add(href);
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).contains("/cy/", "/en/");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void idsAreUniqueAndTheMenuButtonControlsTheNavigation(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        for (PlanPage page : site.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (page.exists(lang)) {
                    String html = body(fetch(site, site.context().address(page, lang)));
                    List<String> ids = new ArrayList<>();
                    Matcher m = ID.matcher(html);
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                    assertThat(ids).as(page.key()).doesNotHaveDuplicates().contains("primary-nav", "cynnwys");
                    assertThat(html)
                            .contains("aria-controls=\"primary-nav\"", "aria-expanded=\"false\"", "href=\"#cynnwys\"");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void generationIsDeterministic(CouncilProfile profile) {
        SimulatedSite first = site(profile);
        SimulatedSite second = site(profile);
        for (PlanPage page : first.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                String address = first.context().address(page, lang);
                assertThat(second.context().address(page, lang)).isEqualTo(address);
                assertThat(Arrays.equals(
                                fetch(first, address).body(),
                                fetch(second, address).body()))
                        .as(address)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void searchFindsEachTaskInBothLanguages(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        SiteContext context = site.context();
        for (String id : CouncilProfile.TASKS) {
            PlanPage page = context.plan().taskPage(id);
            for (Lang lang : Lang.values()) {
                String words = Vocabulary.task(id).searchWords().in(lang);
                SiteResponse response = fetch(site, context.style().searchAddress(lang, words));
                assertThat(response.status()).isEqualTo(200);
                String expected = "<div class=\"search-result\"><h2><a href=\"" + context.address(page, lang) + "\">";
                if (page.exists(lang)) {
                    assertThat(body(response)).as(id + " in " + lang).contains(expected);
                } else {
                    assertThat(body(response)).doesNotContain(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void largePlansGetUniqueAddresses(CouncilProfile profile) {
        for (long seed = 1; seed <= 6; seed++) {
            CouncilProfile reseeded = WelshFirstSites.profile(
                    seed, profile.features(), profile.tasks(), profile.tools(), WelshFirstSites.pages(600));
            SimulatedSite site = site(reseeded); // throws on an address clash
            for (Lang lang : Lang.values()) {
                Set<String> seen = new HashSet<>();
                for (PlanPage page : site.context().plan().pages()) {
                    assertThat(seen.add(site.context().address(page, lang))).isTrue();
                }
            }
        }
    }
}
