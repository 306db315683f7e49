package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.HOST;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.body;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.fetch;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.site;
import static wales.councilaudit.sandbox.site.styles.WelshFirstSites.task;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.SiteFeatures;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.SiteStyle;

/** The Welsh-first style's addresses, markup and search, page by page. */
class WelshFirstPagesTest {

    private final SimulatedSite plain = site(WelshFirstSites.plain());
    private final SiteContext context = plain.context();

    @Test
    void theRootSendsVisitorsToTheWelshHomePage() {
        SiteResponse root = fetch(plain, "/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.headers()).containsEntry("Location", "/cy/");
        assertThat(context.address(context.plan().home(), Lang.EN)).isEqualTo("/en/");
    }

    @Test
    void addressesKeepOnlyTheSectionAndThePageHoweverDeep() {
        SimulatedSite deep =
                site(WelshFirstSites.profile(3L, null, Map.of("missed-bin", task(5, false, null, null)), null, null));
        for (SimulatedSite site : List.of(plain, deep)) {
            PlanPage missedBin = site.context().plan().taskPage("missed-bin");
            assertThat(site.context().address(missedBin, Lang.CY))
                    .isEqualTo("/cy/biniau-ac-ailgylchu/rhoi-gwybod-am-gasgliad-bin-a-fethwyd");
            assertThat(site.context().address(missedBin, Lang.EN))
                    .isEqualTo("/en/bins-and-recycling/report-a-missed-bin-collection");
        }
        assertThat(deep.context().plan().trail("task/missed-bin")).hasSize(5);
        PlanPage section = context.plan().page("section/bins");
        assertThat(context.address(section, Lang.CY)).isEqualTo("/cy/biniau-ac-ailgylchu");
    }

    @Test
    void aTaskWithNoWelshPageHasNoWelshTwinAndItsToggleGoesToTheWelshHome() {
        SimulatedSite site = site(WelshFirstSites.profile(
                3L, null, Map.of("blue-badge", task(3, null, TaskPlant.Online.START_LINK, false)), null, null));
        SiteContext ctx = site.context();
        PlanPage page = ctx.plan().taskPage("blue-badge");
        assertThat(fetch(site, ctx.address(page, Lang.CY)).status()).isEqualTo(404);
        assertThat(fetch(site, ctx.address(ctx.plan().page("form/blue-badge"), Lang.CY))
                        .status())
                .isEqualTo(404);
        String english = body(fetch(site, ctx.address(page, Lang.EN)));
        assertThat(english)
                .contains("<a class=\"language-toggle\" href=\"/cy/\" hreflang=\"cy\" lang=\"cy\">Cymraeg</a>")
                .doesNotContain("rel=\"alternate\"");
        String landing = body(fetch(site, ctx.address(ctx.plan().page("landing/blue-badge"), Lang.CY)));
        assertThat(landing).doesNotContain(ctx.address(page, Lang.CY));
    }

    @Test
    void theHeaderPutsTheLanguageSwitchFirstAndFoldsTheMenuOnNarrowScreens() {
        PlanPage page = context.plan().page("section/bins");
        String welsh = body(fetch(plain, context.address(page, Lang.CY)));
        String english = body(fetch(plain, context.address(page, Lang.EN)));
        assertThat(welsh.indexOf(">English</a>")).isPositive().isLessThan(welsh.indexOf("class=\"logo\""));
        assertThat(english.indexOf(">Cymraeg</a>")).isPositive().isLessThan(english.indexOf("class=\"logo\""));
        assertThat(welsh)
                .contains("<header class=\"site-header\">", ">Cyngor Gwynedd</a>")
                .contains("<nav class=\"primary-nav\" id=\"primary-nav\" aria-label=\"Prif lywio\">")
                .contains("aria-expanded=\"false\" aria-controls=\"primary-nav\">Dewislen</button>")
                .contains("@media (max-width:767px){.menu-button{display:inline-block}.primary-nav{display:none}")
                .contains("href=\"" + context.address(page, Lang.EN) + "\" hreflang=\"en\" lang=\"en\">English");
        assertThat(english)
                .contains("aria-label=\"Main navigation\"", ">Menu</button>", ">Gwynedd Council</a>")
                .contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/en/search\">");
    }

    @Test
    void theHomePageShowsTheSectionsAsCardsAndPagesListTheirChildren() {
        for (Lang lang : Lang.values()) {
            String home = body(fetch(plain, context.address(context.plan().home(), lang)));
            for (PlanPage section : context.plan().sections()) {
                assertThat(home).contains("<li class=\"card\"><h2><a href=\"" + context.address(section, lang) + "\">");
            }
            assertThat(home).contains("<ul class=\"cards\">").doesNotContain("class=\"breadcrumbs\"");
            PlanPage section = context.plan().page("section/bins");
            String bins = body(fetch(plain, context.address(section, lang)));
            for (String child : section.links()) {
                assertThat(bins)
                        .contains("<li class=\"card\"><h2><a href=\""
                                + context.address(context.plan().page(child), lang) + "\">");
            }
        }
    }

    @Test
    void breadcrumbsFollowTheTrail() {
        SimulatedSite deep =
                site(WelshFirstSites.profile(3L, null, Map.of("missed-bin", task(5, false, null, null)), null, null));
        SiteContext ctx = deep.context();
        String html = body(fetch(deep, ctx.address(ctx.plan().taskPage("missed-bin"), Lang.CY)));
        String crumbs = html.substring(html.indexOf("<nav class=\"breadcrumbs-nav\" aria-label=\"Briwsion bara\">"));
        crumbs = crumbs.substring(0, crumbs.indexOf("</nav>"));
        assertThat(crumbs).contains("<ol class=\"breadcrumbs\"><li><a href=\"/cy/\">Hafan</a></li>");
        List<PlanPage> trail = ctx.plan().trail("task/missed-bin");
        for (PlanPage crumb : trail.subList(0, trail.size() - 1)) {
            assertThat(crumbs).contains("<a href=\"" + ctx.address(crumb, Lang.CY) + "\">");
        }
        assertThat(crumbs).contains("<li aria-current=\"page\">Rhoi gwybod am gasgliad bin a fethwyd</li>");
    }

    @Test
    void taskAndFormPagesCarryTheSharedParts() {
        SimulatedSite site = site(WelshFirstSites.profile(
                3L, null, Map.of("blue-badge", task(2, null, TaskPlant.Online.START_LINK, null)), null, null));
        SiteContext ctx = site.context();
        String missedBin = body(fetch(site, ctx.address(ctx.plan().taskPage("missed-bin"), Lang.CY)));
        assertThat(missedBin).contains("<div class=\"task-action\"><form method=\"post\"", "Cyflwyno");
        String blueBadge = body(fetch(site, ctx.address(ctx.plan().taskPage("blue-badge"), Lang.EN)));
        String form = ctx.address(ctx.plan().page("form/blue-badge"), Lang.EN);
        assertThat(blueBadge).contains("<a class=\"button start\" href=\"" + form + "\">Apply online</a>");
        assertThat(body(fetch(site, form))).contains("class=\"task-form\"", "Full name");
    }

    @Test
    void aHomePageThatOverflowsIsWrappedInAFixedLayout() {
        CouncilProfile profile = new CouncilProfile(
                "gwynedd",
                CouncilProfile.SiteStyle.WELSH_FIRST,
                3L,
                wales.councilaudit.sandbox.DomainScenario.ON_WELSH_DOMAIN,
                null,
                null,
                null,
                new MobilePlant(null, true, null, null, null),
                null,
                null);
        SimulatedSite site = site(profile);
        assertThat(body(fetch(site, "/cy/"))).contains("<div class=\"fixed-layout\">", ".fixed-layout{width:1200px}");
        assertThat(body(fetch(site, "/cy/biniau-ac-ailgylchu"))).doesNotContain("<div class=\"fixed-layout\">");
        assertThat(body(fetch(plain, "/cy/"))).doesNotContain("fixed-layout");
    }

    @Test
    void searchAnswersInBothLanguagesAndHelpsWhenNothingIsFound() {
        SiteStyle style = context.style();
        assertThat(style.searchAddress(Lang.CY, "bin a fethwyd")).isEqualTo("/cy/chwilio?term=bin+a+fethwyd");
        assertThat(style.searchAddress(Lang.EN, "missed bin")).isEqualTo("/en/search?term=missed+bin");
        String welsh = body(fetch(plain, style.searchAddress(Lang.CY, "bin a fethwyd")));
        assertThat(welsh).contains("<html lang=\"cy\"", "<div class=\"search-result\"><h2><a href=\"/cy/");
        assertThat(welsh).contains("value=\"bin a fethwyd\"");
        String none = body(fetch(plain, style.searchAddress(Lang.CY, "zzzzqq")));
        String atoz = context.address(context.plan().page("atoz"), Lang.CY);
        assertThat(none).contains("Gwiriwch eich sillafu", PageParts.PHONE, "href=\"" + atoz + "\"");
        String english = body(fetch(plain, style.searchAddress(Lang.EN, "zzzzqq")));
        assertThat(english).contains("Check your spelling", PageParts.PHONE);

        SimulatedSite terse = site(
                WelshFirstSites.profile(3L, new SiteFeatures(null, null, false, false, null, null), null, null, null));
        assertThat(body(fetch(terse, "/cy/chwilio?term=zzzzqq")))
                .contains("<p>Dim canlyniadau</p>")
                .doesNotContain(PageParts.PHONE);
        assertThat(body(fetch(terse, "/en/search?term=zzzzqq"))).contains("<p>No results</p>");
    }

    @Test
    void aSiteWithoutSearchHasNoSearchBoxAndNoEndpoints() {
        SimulatedSite site = site(
                WelshFirstSites.profile(3L, new SiteFeatures(false, null, null, null, null, null), null, null, null));
        assertThat(fetch(site, "/cy/chwilio?term=bin").status()).isEqualTo(404);
        assertThat(fetch(site, "/en/search?term=bin").status()).isEqualTo(404);
        assertThat(body(fetch(site, "/cy/"))).doesNotContain("role=\"search\"", "chwilio");
        assertThat(body(fetch(site, "/en/"))).doesNotContain("role=\"search\"");
    }

    @Test
    void separateHostsLinkAcrossWithAbsoluteAddresses() {
        SimulatedSite site = site(WelshFirstSites.plain(), "www.gwynedd.gov.wales");
        SiteResponse englishRoot = site.respond(WelshFirstSites.get("www.gwynedd.gov.wales", "/"));
        assertThat(englishRoot.headers()).containsEntry("Location", "/en/");
        String welsh = body(site.respond(WelshFirstSites.get(HOST, "/cy/")));
        assertThat(welsh).contains("href=\"http://www.gwynedd.gov.wales:8088/en/\" hreflang=\"en\"");
        assertThat(site.respond(WelshFirstSites.get("www.gwynedd.gov.wales", "/en/"))
                        .status())
                .isEqualTo(200);
    }
}
