package wales.councilaudit.sandbox.answers;

import java.util.List;
import java.util.Optional;
import wales.councilaudit.sandbox.profile.CrawlPlant;

/**
 * What a correct crawl of one simulated council finds, as planted (see {@link ExpectedCrawl}). Every address is a
 * host and a path (with its query where the site uses one); no port, so the answer is the same whatever port the
 * sandbox serves on. Lists are in plan order, English pages before Welsh ones.
 *
 * <p>A site that refuses bots is {@code blocked}: the crawler sees only the {@code refusal}, so every list is
 * empty, {@code calendarTrap} is false, {@code sitemap} is {@code NONE} and the Welsh-twin counts are 0.
 *
 * @param blocked whether every address answers a non-browser User-Agent (ours) with a refusal
 * @param refusal what a blocked site answers, where the crawl starts; empty when not blocked
 * @param homeHost the host of the English home page (where the registry's homepage lands after any alias host's
 *     redirect)
 * @param homePath the English home page's path on {@code homeHost}
 * @param hosts the hosts the site's pages are on: {@code homeHost}, then the Welsh host when it is another one
 * @param brokenLinks every link target that answers an error, with every page linking to it
 * @param pdfs every PDF linked, each answering 200 {@code application/pdf}
 * @param calendarTrap whether an endless events calendar is linked (each month links to the next, for ever): the
 *     crawler must cut it
 * @param calendars the calendar's first address on each host whose pages link to it; empty without a calendar
 * @param redirects every address linked that redirects (old addresses, a root address that is not a page), with
 *     where it leads and who links to it
 * @param legacyCharsetPage the page served in windows-1252, when planted
 * @param robotsDisallow the paths robots.txt disallows for every agent (on every host)
 * @param crawlDelaySeconds robots.txt's {@code Crawl-delay}, 0 for none
 * @param sitemap the kind of sitemap robots.txt points to
 * @param sitemapPath the sitemap's path on each host ({@code /sitemap.xml} or {@code /sitemap_index.xml}, whose
 *     index lists {@code /sitemap-en.xml} and {@code /sitemap-cy.xml}); empty for none
 * @param welshTwins the English pages and their Welsh twins
 */
public record CrawlAnswer(
        boolean blocked,
        Optional<Refusal> refusal,
        String homeHost,
        String homePath,
        List<String> hosts,
        List<BrokenLink> brokenLinks,
        List<Address> pdfs,
        boolean calendarTrap,
        List<Address> calendars,
        List<Redirect> redirects,
        Optional<LegacyPage> legacyCharsetPage,
        List<String> robotsDisallow,
        int crawlDelaySeconds,
        CrawlPlant.Sitemap sitemap,
        Optional<String> sitemapPath,
        WelshTwins welshTwins) {

    public CrawlAnswer {
        hosts = List.copyOf(hosts);
        brokenLinks = List.copyOf(brokenLinks);
        pdfs = List.copyOf(pdfs);
        calendars = List.copyOf(calendars);
        redirects = List.copyOf(redirects);
        robotsDisallow = List.copyOf(robotsDisallow);
    }

    /**
     * An address on one of the site's hosts.
     *
     * @param host the host name, lower case, without port
     * @param path the path, with the query where the site's addresses have one ({@code /doc.asp?doc=N&language=1})
     */
    public record Address(String host, String path) {}

    /**
     * What a blocked site answers a bot.
     *
     * @param address the English home page, where a crawl starts; every other address answers the same
     * @param status the HTTP status
     * @param reason why, in words
     */
    public record Refusal(Address address, int status, String reason) {}

    /** Why a link is broken. */
    public enum Breakage {
        /** A retired page ({@code /archive/retired-page-N}) that answers 404. */
        RETIRED_PAGE,
        /** A task's start link planted as a broken step ({@code /forms/<task>/unavailable}), which answers 500. */
        BROKEN_START_LINK
    }

    /**
     * A broken link target.
     *
     * @param target the address linked to
     * @param status what it answers
     * @param cause which plant it is
     * @param linkedFrom every page linking to it (English and Welsh pages on that host)
     */
    public record BrokenLink(Address target, int status, Breakage cause, List<Address> linkedFrom) {
        public BrokenLink {
            linkedFrom = List.copyOf(linkedFrom);
        }
    }

    /** Why an address redirects. */
    public enum Redirection {
        /** An old address ({@code /old-site/page-N.htm}) that redirects (301) to its English news page. */
        OLD_ADDRESS,
        /**
         * A host's root address {@code /} that is not a page redirects (302) to a home page; linked by a planted
         * empty link (axe {@code link-name}).
         */
        SITE_ROOT
    }

    /**
     * An address linked that redirects.
     *
     * @param from the address linked
     * @param status the redirect's status
     * @param to where its {@code Location} leads (for an old address, an English news page on the English host)
     * @param cause which plant it is
     * @param linkedFrom every page linking to it
     */
    public record Redirect(Address from, int status, Address to, Redirection cause, List<Address> linkedFrom) {
        public Redirect {
            linkedFrom = List.copyOf(linkedFrom);
        }
    }

    /**
     * The page served in a legacy charset, declared in its {@code Content-Type} and its {@code meta charset}.
     *
     * @param address its address (it has no Welsh twin)
     * @param charset the charset it is encoded in
     * @param text its title, which the decoded page must show intact: it holds characters ({@code £}, {@code é})
     *     whose bytes differ between windows-1252 and UTF-8
     */
    public record LegacyPage(Address address, String charset, String text) {}

    /**
     * The site's English pages and their Welsh twins.
     *
     * @param englishPages the English HTML pages of the site's plan that answer 200, forms excluded (the sitemap's
     *     English pages); not calendar months, search results or third-party pages
     * @param withWelshTwin how many of them have a Welsh twin that exists
     * @param missingTwins the English pages without one (a task planted with no Welsh page, the legacy-charset page)
     * @param convention how the site's style addresses a twin, in words
     * @param example one English page and its twin (the first guidance page), showing the convention and the hosts
     */
    public record WelshTwins(
            int englishPages,
            int withWelshTwin,
            List<Address> missingTwins,
            String convention,
            Optional<Twin> example) {
        public WelshTwins {
            missingTwins = List.copyOf(missingTwins);
        }
    }

    /** An English page and its Welsh twin. */
    public record Twin(Address english, Address welsh) {}
}
