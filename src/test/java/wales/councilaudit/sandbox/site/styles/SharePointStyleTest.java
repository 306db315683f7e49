package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.HOST;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.body;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.get;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.hrefs;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.local;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;

/** The SharePoint style's addresses, pages and navigation, through {@link SimulatedSite#respond}. */
class SharePointStyleTest {

    private static final String SEGMENT = "[A-Z0-9][a-z0-9-]*";
    private static final String ADDRESS = "/(ENG|CYM)/(" + SEGMENT + "/)*Pages/(default|" + SEGMENT + ")\\.aspx";

    static Stream<CouncilProfile> profiles() {
        return Stream.of(
                SharePointSites.plain(),
                SharePointSites.deep(11L, 150),
                SharePointSites.deep(3L, 600),
                SharePointSites.withFeatures(SharePointSites.features(null, null, false, true)));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyPageAnswersAtItsAddressInItsLanguages(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        SiteContext context = site.context();
        for (PlanPage page : context.plan().pages()) {
            for (Lang lang : Lang.values()) {
                String address = context.address(page, lang);
                assertThat(address).as(page.key()).matches(ADDRESS).startsWith(lang == Lang.EN ? "/ENG/" : "/CYM/");
                var response = get(site, address);
                if (!page.exists(lang)) {
                    assertThat(response.status()).as(address).isEqualTo(404);
                    continue;
                }
                assertThat(response.status()).as(address).isEqualTo(200);
                String html = body(response);
                assertThat(html)
                        .contains("<h1 id=\"pageTitle\"><span class=\"ms-pageTitle\">"
                                + Html.escape(page.title().in(lang)) + "</span></h1>")
                        .contains("<div id=\"s4-workspace\"><div id=\"s4-bodyContainer\">")
                        .contains("<div class=\"ms-rtestate-field\">")
                        .contains("<html lang=\"" + lang.code() + "\">");
                assertThat(site.pageAt(HOST, address))
                        .hasValueSatisfying(e -> assertThat(e.getValue()).isEqualTo(lang));
            }
        }
    }

    @Test
    void foldersEndInDefaultAspxAndLeavesSitInTheirParentsPagesLibrary() {
        SiteContext context = site(SharePointSites.deep(11L, 150)).context();
        var plan = context.plan();
        assertThat(context.address(plan.home(), Lang.EN)).isEqualTo("/ENG/Pages/default.aspx");
        assertThat(context.address(plan.home(), Lang.CY)).isEqualTo("/CYM/Pages/default.aspx");
        assertThat(context.address(plan.page("section/bins"), Lang.EN))
                .isEqualTo("/ENG/Bins-and-recycling/Pages/default.aspx");
        assertThat(context.address(plan.taskPage("missed-bin"), Lang.EN))
                .isEqualTo("/ENG/Bins-and-recycling/Bins-and-recycling-services/Bin-collections/Pages/"
                        + "Report-a-missed-bin-collection.aspx");
        assertThat(context.address(plan.taskPage("missed-bin"), Lang.CY))
                .isEqualTo("/CYM/Biniau-ac-ailgylchu/Biniau-ac-ailgylchu-gwasanaethau/Casgliadau-biniau/Pages/"
                        + "Rhoi-gwybod-am-gasgliad-bin-a-fethwyd.aspx");
        // a task with its own form is a folder; the form is a leaf in it
        String renewal = context.address(plan.taskPage("library-renewal"), Lang.EN);
        assertThat(renewal).endsWith("/Renew-library-books/Pages/default.aspx");
        assertThat(context.address(plan.page("form/library-renewal"), Lang.EN))
                .isEqualTo(renewal.replace("default.aspx", "Renew-library-books-online-form.aspx"));
        for (PlanPage page : plan.pages()) {
            String address = context.address(page, Lang.EN);
            if (!address.endsWith("/Pages/default.aspx")) {
                String folder = context.address(plan.page(page.parent()), Lang.EN);
                assertThat(address).startsWith(folder.substring(0, folder.length() - "default.aspx".length()));
            }
        }
        assertThat(context.address(plan.taskPage("councillor"), Lang.EN))
                .isEqualTo("/ENG/Find-your-councillor/Pages/default.aspx");
        assertThat(context.address(plan.page("councillor/1"), Lang.EN)).startsWith("/ENG/Find-your-councillor/Pages/");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void addressesAreUniqueInLargePlans(long seed) {
        SiteContext context = site(SharePointSites.deep(seed, 600)).context(); // the site throws on a clash
        for (Lang lang : Lang.values()) {
            Set<String> seen = new HashSet<>();
            for (PlanPage page : context.plan().pages()) {
                assertThat(seen.add(context.address(page, lang))).as(page.key()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyHrefResolvesToAPageOfTheSite(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        SiteContext context = site.context();
        Map<String, Integer> checked = new HashMap<>();
        for (PlanPage page : context.plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (!page.exists(lang)) {
                    continue;
                }
                String html = body(get(site, context.address(page, lang)));
                for (String href : hrefs(html)) {
                    if (href.startsWith("#")) {
                        assertThat(href.equals("#") || html.contains("id=\"" + href.substring(1) + "\""))
                                .as(href + " on " + page.key())
                                .isTrue();
                        continue;
                    }
                    String address = local(href);
                    assertThat(address).as(href).startsWith("/");
                    int status =
                            checked.computeIfAbsent(address, a -> get(site, a).status());
                    assertThat(status).as(href + " on " + page.key()).isEqualTo(200);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11})
    void navigationKeepsEveryPlantedDepth(long seed) {
        CouncilProfile profile = SharePointSites.deep(seed, 150);
        SimulatedSite site = site(profile);
        Map<String, Integer> depth = clicksFromHome(site);
        Map<String, Integer> planted = new LinkedHashMap<>();
        profile.tasks().forEach((id, plant) -> planted.put(id, plant.depth()));
        profile.tools().forEach((id, plant) -> planted.put(id, plant.depth()));
        planted.forEach((id, d) -> assertThat(depth.get("task/" + id)).as(id).isEqualTo(d));
    }

    /** Clicks from the English home page to each English page, not through the A–Z. */
    private static Map<String, Integer> clicksFromHome(SimulatedSite site) {
        SiteContext context = site.context();
        Map<String, Integer> depth = new HashMap<>(Map.of(context.plan().home().key(), 0));
        Deque<PlanPage> queue = new ArrayDeque<>(List.of(context.plan().home()));
        while (!queue.isEmpty()) {
            PlanPage page = queue.removeFirst();
            for (String href : hrefs(body(get(site, context.address(page, Lang.EN))))) {
                site.pageAt(HOST, local(href))
                        .filter(e -> e.getValue() == Lang.EN)
                        .map(Map.Entry::getKey)
                        .filter(p -> p.kind() != PageKind.ATOZ && p.kind() != PageKind.ATOZ_LETTER)
                        .filter(p -> !depth.containsKey(p.key()))
                        .ifPresent(p -> {
                            depth.put(p.key(), depth.get(page.key()) + 1);
                            queue.addLast(p);
                        });
            }
        }
        return depth;
    }

    @Test
    void languageToggleLeadsToTheTwinOrTheOtherHome() {
        SimulatedSite site = site(SharePointSites.deep(11L, 150));
        SiteContext context = site.context();
        PlanPage bins = context.plan().taskPage("missed-bin");
        assertThat(body(get(site, context.address(bins, Lang.EN))))
                .contains("<a href=\"" + context.address(bins, Lang.CY) + "\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");
        assertThat(body(get(site, context.address(bins, Lang.CY))))
                .contains("<a href=\"" + context.address(bins, Lang.EN) + "\" lang=\"en\" hreflang=\"en\">English</a>");
        PlanPage badge = context.plan().taskPage("blue-badge"); // planted with no Welsh page
        assertThat(body(get(site, context.address(badge, Lang.EN))))
                .contains("<a href=\"/CYM/Pages/default.aspx\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");
    }

    @Test
    void aWelshHostOfItsOwnServesTheCymTreeAndTheToggleCrossesHosts() {
        String welsh = "www.caerdydd.gov.uk";
        SimulatedSite site = site(SharePointSites.plain(), welsh);
        SiteContext context = site.context();
        for (PlanPage page : context.plan().pages()) {
            assertThat(get(site, HOST, context.address(page, Lang.EN)).status()).isEqualTo(200);
            assertThat(get(site, welsh, context.address(page, Lang.CY)).status())
                    .isEqualTo(200);
            assertThat(get(site, welsh, context.address(page, Lang.EN)).status())
                    .isEqualTo(404);
        }
        assertThat(body(get(site, welsh, "/CYM/Pages/default.aspx")))
                .contains("<a href=\"http://" + HOST + ":8088/ENG/Pages/default.aspx\" lang=\"en\"");
        assertThat(body(get(site, welsh, "/CYM/Search/Pages/results.aspx?k=bin")))
                .contains("<a href=\"http://" + HOST + ":8088/ENG/Search/Pages/results.aspx?k=bin\" lang=\"en\"");
    }

    @Test
    void mobileMenuButtonOnlyWhenPlanted() {
        SimulatedSite planted = site(SharePointSites.withFeatures(SharePointSites.features(null, null, null, true)));
        SimulatedSite plain = site(SharePointSites.plain());
        for (PlanPage page : planted.context().plan().pages()) {
            assertThat(body(get(planted, planted.context().address(page, Lang.EN))))
                    .contains("<button type=\"button\" class=\"ms-menuToggle\" id=\"ms-menuToggle\" "
                            + "aria-expanded=\"false\" aria-controls=\"DeltaTopNavigation\">Menu</button>")
                    .contains("<div id=\"DeltaTopNavigation\"")
                    .contains(
                            "@media (max-width:600px){.ms-menuToggle{display:block}#DeltaTopNavigation{display:none}");
        }
        assertThat(body(get(planted, "/CYM/Pages/default.aspx"))).contains(">Dewislen</button>");
        for (PlanPage page : plain.context().plan().pages()) {
            assertThat(body(get(plain, plain.context().address(page, Lang.EN))))
                    .doesNotContain("aria-controls")
                    .doesNotContain("ms-menuToggle")
                    .contains("<ul class=\"ms-core-listMenu-horizontalBox\">");
        }
    }

    @Test
    void homePageSitsInTheFixedLayoutOnlyWhenPlanted() {
        MobilePlant overflows = new MobilePlant(null, true, null, null, null);
        SimulatedSite site = site(SharePointSites.profile(7L, null, null, null, overflows, null));
        assertThat(body(get(site, "/ENG/Pages/default.aspx"))).contains("<div class=\"fixed-layout\">");
        assertThat(body(get(site, "/ENG/Bins-and-recycling/Pages/default.aspx")))
                .doesNotContain("fixed-layout\">");
        assertThat(body(get(site(SharePointSites.plain()), "/ENG/Pages/default.aspx")))
                .doesNotContain("<div class=\"fixed-layout\">");
    }

    @Test
    void sameProfileGivesTheSameBytes() {
        SimulatedSite first = site(SharePointSites.deep(5L, 150));
        SimulatedSite second = site(SharePointSites.deep(5L, 150));
        for (PlanPage page : first.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                String address = first.context().address(page, lang);
                assertThat(second.context().address(page, lang)).isEqualTo(address);
                assertThat(get(second, address).body())
                        .isEqualTo(get(first, address).body());
            }
        }
        for (String address : List.of("/ENG/Search/Pages/results.aspx?k=bin", "/_api/search/query?querytext=bin")) {
            assertThat(get(second, address).body())
                    .isEqualTo(get(first, address).body());
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void pagesHaveNoUnplantedAccessibilityFaults(CouncilProfile profile) {
        SimulatedSite site = site(profile);
        for (PlanPage page : site.context().plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (page.exists(lang)) {
                    MarkupChecks.assertClean(body(get(site, site.context().address(page, lang))), page.key());
                }
            }
        }
        MarkupChecks.assertClean(body(get(site, "/ENG/Search/Pages/results.aspx?k=bin")), "results");
    }
}
