package wales.councilaudit.sandbox.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.sandbox.DomainScenario;
import wales.councilaudit.sandbox.answers.CrawlAnswer.Address;
import wales.councilaudit.sandbox.profile.AxeRule;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.CrawlPlant;
import wales.councilaudit.sandbox.site.CrawlPlants;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * What a correct crawl of a simulated site finds, read from the site as it is planned and addressed: the planted
 * links come from {@link CrawlPlants#links}, {@link PageParts#brokenStartLink} and the planted faults' {@link
 * AxeRule#links}, the same definitions the pages are rendered from, and every address from the site's own {@link
 * SiteContext}. Pure.
 */
final class ExpectedCrawl {

    /** What a retired page answers. */
    private static final int NOT_FOUND = 404;
    /** What a task's form planted as unavailable answers. */
    private static final int SERVER_ERROR = 500;
    /** What an old address answers. */
    private static final int MOVED_PERMANENTLY = 301;

    private ExpectedCrawl() {}

    /**
     * The crawl answer of a site: a refusal when it forbids bots, nothing when it cannot be reached (it answers
     * 503 every time, or its home page redirects in a loop), otherwise what a crawl finds.
     */
    static Optional<CrawlAnswer> of(SiteContext site) {
        DomainStatus status = site.profile().domain().expectedStatus();
        if (status == DomainStatus.BLOCKED) {
            return Optional.of(blocked(site));
        }
        return status.reached() ? Optional.of(crawled(site)) : Optional.empty();
    }

    private static CrawlAnswer blocked(SiteContext site) {
        Address home = home(site);
        CrawlAnswer.Refusal refusal = new CrawlAnswer.Refusal(
                home,
                DomainScenario.BOT_REFUSAL_STATUS,
                "every address refuses a User-Agent that is not a regular browser's (ours says council-audit)");
        return new CrawlAnswer(
                true,
                Optional.of(refusal),
                home.host(),
                home.path(),
                hosts(site),
                List.of(),
                List.of(),
                false,
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                0,
                CrawlPlant.Sitemap.NONE,
                Optional.empty(),
                new CrawlAnswer.WelshTwins(0, 0, List.of(), site.style().welshTwinConvention(), Optional.empty()));
    }

    private static CrawlAnswer crawled(SiteContext site) {
        CouncilProfile profile = site.profile();
        Map<Address, List<Address>> retired = new LinkedHashMap<>();
        Map<Address, List<Address>> brokenSteps = new LinkedHashMap<>();
        Set<Address> pdfs = new LinkedHashSet<>();
        Set<Address> calendars = new LinkedHashSet<>();
        Map<Address, List<Address>> oldAddresses = new LinkedHashMap<>();
        Map<Address, List<Address>> roots = new LinkedHashMap<>();
        Set<Address> pages = pageAddresses(site);
        for (Lang lang : Lang.values()) {
            for (PlanPage page : site.plan().pages()) {
                if (!page.exists(lang)) {
                    continue;
                }
                Address from = address(site, page, lang);
                for (CrawlPlants.PlantedLink link : CrawlPlants.links(page, profile.crawl())) {
                    Address target = new Address(site.host(lang), link.href());
                    switch (link.kind()) {
                        case CALENDAR -> calendars.add(target);
                        case OLD_ADDRESS ->
                            oldAddresses
                                    .computeIfAbsent(target, t -> new ArrayList<>())
                                    .add(from);
                        case RETIRED_PAGE ->
                            retired.computeIfAbsent(target, t -> new ArrayList<>())
                                    .add(from);
                        case PDF -> pdfs.add(target);
                    }
                }
                for (AxeRule fault : site.parts().faults(page)) {
                    for (String href : fault.links()) {
                        Address target = new Address(site.host(lang), href);
                        if (pages.contains(target)) {
                            continue;
                        }
                        if (!href.equals("/")) {
                            throw new IllegalStateException(profile.council() + ": the answer key does not know what "
                                    + target + ", linked by the " + fault.id() + " fault, answers");
                        }
                        roots.computeIfAbsent(target, t -> new ArrayList<>()).add(from);
                    }
                }
                PageParts.brokenStartLink(page, profile).ifPresent(href -> brokenSteps
                        .computeIfAbsent(new Address(site.host(lang), href), t -> new ArrayList<>())
                        .add(from));
            }
        }
        List<CrawlAnswer.BrokenLink> broken = new ArrayList<>();
        retired.forEach((target, referrers) -> broken.add(
                new CrawlAnswer.BrokenLink(target, NOT_FOUND, CrawlAnswer.Breakage.RETIRED_PAGE, referrers)));
        brokenSteps.forEach((target, referrers) -> broken.add(
                new CrawlAnswer.BrokenLink(target, SERVER_ERROR, CrawlAnswer.Breakage.BROKEN_START_LINK, referrers)));
        List<CrawlAnswer.Redirect> redirects = new ArrayList<>();
        oldAddresses.forEach((old, referrers) -> {
            PlanPage target = CrawlPlants.redirectTarget(old.path(), site.plan())
                    .orElseThrow(() -> new IllegalStateException(
                            profile.council() + " links " + old + ", which is not a planted old address"));
            redirects.add(new CrawlAnswer.Redirect(
                    old,
                    MOVED_PERMANENTLY,
                    address(site, target, Lang.EN),
                    CrawlAnswer.Redirection.OLD_ADDRESS,
                    referrers));
        });
        roots.forEach((root, referrers) -> {
            Address home = new Address(root.host(), site.address(site.plan().home(), site.rootLanguage(root.host())));
            redirects.add(new CrawlAnswer.Redirect(
                    root, SimulatedSite.ROOT_REDIRECT_STATUS, home, CrawlAnswer.Redirection.SITE_ROOT, referrers));
        });
        Address home = home(site);
        return new CrawlAnswer(
                false,
                Optional.empty(),
                home.host(),
                home.path(),
                hosts(site),
                broken,
                List.copyOf(pdfs),
                !calendars.isEmpty(),
                List.copyOf(calendars),
                redirects,
                legacyPage(site),
                profile.crawl().robotsDisallow(),
                profile.crawl().crawlDelaySeconds(),
                profile.crawl().sitemap(),
                CrawlPlants.sitemapAddress(profile.crawl()),
                welshTwins(site));
    }

    private static Optional<CrawlAnswer.LegacyPage> legacyPage(SiteContext site) {
        return site.plan().ofKind(PageKind.LEGACY_CHARSET).stream()
                .findFirst()
                .map(page -> new CrawlAnswer.LegacyPage(
                        address(site, page, Lang.EN),
                        SimulatedSite.LEGACY_CHARSET.name(),
                        page.title().en()));
    }

    private static CrawlAnswer.WelshTwins welshTwins(SiteContext site) {
        List<PlanPage> english = site.plan().pages().stream()
                .filter(p -> p.kind() != PageKind.FORM && p.exists(Lang.EN))
                .toList();
        List<Address> missing = english.stream()
                .filter(p -> !p.exists(Lang.CY))
                .map(p -> address(site, p, Lang.EN))
                .toList();
        Optional<CrawlAnswer.Twin> example = site.plan().ofKind(PageKind.CONTENT).stream()
                .filter(p -> p.exists(Lang.CY))
                .findFirst()
                .map(p -> new CrawlAnswer.Twin(address(site, p, Lang.EN), address(site, p, Lang.CY)));
        return new CrawlAnswer.WelshTwins(
                english.size(),
                english.size() - missing.size(),
                missing,
                site.style().welshTwinConvention(),
                example);
    }

    /** Every address that serves a page of the plan. */
    private static Set<Address> pageAddresses(SiteContext site) {
        Set<Address> pages = new LinkedHashSet<>();
        for (PlanPage page : site.plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (page.exists(lang)) {
                    pages.add(address(site, page, lang));
                }
            }
        }
        return pages;
    }

    private static Address home(SiteContext site) {
        return address(site, site.plan().home(), Lang.EN);
    }

    private static Address address(SiteContext site, PlanPage page, Lang lang) {
        return new Address(site.host(lang), site.address(page, lang));
    }

    private static List<String> hosts(SiteContext site) {
        Set<String> hosts = new LinkedHashSet<>();
        for (Lang lang : Lang.values()) {
            hosts.add(site.host(lang));
        }
        return List.copyOf(hosts);
    }
}
