package wales.councilaudit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.ProfileLoader;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;
import wales.councilaudit.sandbox.site.Vocabulary;
import wales.councilaudit.sandbox.site.styles.Styles;

/**
 * The four site styles are different structures (addresses, navigation markup, search mechanism), and the whole
 * sandbox is generated deterministically: the same profiles give the same bytes.
 */
class SandboxStructureTest {

    private static final int PORT = 8088;

    private static SimulatedSite site(String councilId) {
        Council council = RegistryLoader.bundled().find(councilId).orElseThrow();
        CouncilProfile profile = ProfileLoader.bundled(councilId);
        CouncilHosting hosting = CouncilHosting.of(council, profile);
        SitePlan plan = SitePlanner.plan(profile);
        SiteContext context = new SiteContext(
                plan,
                new Text(council.name().en(), council.name().cy()),
                Styles.of(profile.style()),
                hosting.englishHost(),
                hosting.welshHost(),
                PORT);
        return new SimulatedSite(context, new SubmissionLog());
    }

    private static SiteResponse get(SimulatedSite site, Lang lang, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String raw = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.put(
                        kv[0],
                        java.net.URLDecoder.decode(
                                kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return site.respond(new SiteRequest(
                "GET", site.context().host(lang), path, query, raw, Map.of("user-agent", "Mozilla/5.0"), Map.of()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "cardiff; SHAREPOINT; ^/ENG/.*/Pages/[A-Za-z0-9-]+\\.aspx$; ms-core-listMenu-horizontalBox; /_api/search",
                "denbighshire; DRUPAL; ^/[a-z0-9-]+(/[a-z0-9-]+)+$; menu--main; ",
                "merthyr-tydfil; LEGACY; ^/doc\\.asp\\?doc=\\d+&language=1$; class=\"leftnav\"; ",
                "gwynedd; WELSH_FIRST; ^/en/[a-z0-9-]+/[a-z0-9-]+$; primary-nav; ",
            })
    void eachStyleHasItsOwnAddressesNavigationAndSearch(
            String councilId, CouncilProfile.SiteStyle style, String taskAddress, String navMarker, String api) {
        SimulatedSite site = site(councilId);
        assertThat(site.context().profile().style()).isEqualTo(style);
        SitePlan plan = site.context().plan();
        PlanPage task = plan.taskPage("missed-bin");
        assertThat(site.context().address(task, Lang.EN)).matches(taskAddress);

        String home = new String(
                get(site, Lang.EN, site.context().address(plan.home(), Lang.EN)).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains(navMarker);
        for (String other :
                new String[] {"ms-core-listMenu-horizontalBox", "menu--main", "class=\"leftnav\"", "primary-nav"}) {
            if (!other.equals(navMarker)) {
                assertThat(home).as("%s must not use %s", style, other).doesNotContain(other);
            }
        }

        String words = Vocabulary.task("missed-bin").searchWords().en();
        String searchAddress = site.context().style().searchAddress(Lang.EN, words);
        SiteResponse results = get(site, Lang.EN, searchAddress);
        assertThat(results.status()).isEqualTo(200);
        String taskHref = site.context().address(task, Lang.EN);
        String html = new String(results.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (api == null) {
            assertThat(html).as("server-rendered results").contains(htmlAttribute(taskHref));
        } else {
            assertThat(html).as("results rendered by JavaScript").doesNotContain(htmlAttribute(taskHref));
            SiteResponse json = get(
                    site,
                    Lang.EN,
                    "/_api/search/query?querytext="
                            + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8) + "&lang=en");
            assertThat(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(taskHref);
        }
    }

    private static String htmlAttribute(String href) {
        return "href=\"" + href.replace("&", "&amp;") + "\"";
    }

    @Test
    void theSearchMechanismsDiffer() {
        Map<CouncilProfile.SiteStyle, String> addresses = new LinkedHashMap<>();
        for (String id : new String[] {"cardiff", "denbighshire", "merthyr-tydfil", "gwynedd"}) {
            SimulatedSite site = site(id);
            String address = site.context().style().searchAddress(Lang.EN, "x");
            addresses.put(site.context().profile().style(), address.replaceAll("x$", ""));
        }
        assertThat(addresses.values()).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void generationIsDeterministic() throws Exception {
        assertThat(digest()).isEqualTo(digest());
    }

    /** A digest of every page of every simulated council, in both languages. */
    private static String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int pages = 0;
        for (Council council : RegistryLoader.bundled().councils()) {
            SimulatedSite site = site(council.id());
            for (PlanPage page : site.context().plan().pages()) {
                for (Lang lang : Lang.values()) {
                    if (page.exists(lang)) {
                        SiteResponse response = get(site, lang, site.context().address(page, lang));
                        assertThat(response.status())
                                .as(council.id() + " " + page.key())
                                .isEqualTo(200);
                        sha.update(response.body());
                        pages++;
                    }
                }
            }
        }
        assertThat(pages).as("a few hundred pages per site").isGreaterThan(22 * 200);
        return HexFormat.of().formatHex(sha.digest()) + "/" + pages;
    }
}
