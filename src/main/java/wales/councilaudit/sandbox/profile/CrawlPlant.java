package wales.councilaudit.sandbox.profile;

import java.util.List;

/**
 * What a simulated site plants for the crawler.
 *
 * @param pages generated content pages per language (news, services, councillors, jobs, guidance), 50 to 600
 * @param robotsDisallow paths robots.txt disallows for every agent (for example {@code /search})
 * @param crawlDelaySeconds the robots.txt {@code Crawl-delay}, 0 for none
 * @param sitemap the kind of sitemap robots.txt points to
 * @param calendarTrap whether an events calendar links to the next month forever
 * @param brokenLinks how many content pages link to a page that answers 404
 * @param pdfs how many PDF documents the site links to
 * @param legacyCharsetPage whether one page is served in windows-1252 (declared in its header and meta)
 * @param redirects how many old addresses redirect (301) to their new pages
 */
public record CrawlPlant(
        Integer pages,
        List<String> robotsDisallow,
        Integer crawlDelaySeconds,
        Sitemap sitemap,
        Boolean calendarTrap,
        Integer brokenLinks,
        Integer pdfs,
        Boolean legacyCharsetPage,
        Integer redirects) {

    /** The sitemap a site publishes. */
    public enum Sitemap {
        NONE,
        /** One {@code sitemap.xml}. */
        PLAIN,
        /** A {@code sitemap_index.xml} pointing to one sitemap per language. */
        INDEX
    }

    public CrawlPlant {
        pages = pages == null ? 150 : pages;
        if (pages < 50 || pages > 600) {
            throw new IllegalArgumentException("pages must be 50 to 600, got " + pages);
        }
        robotsDisallow = robotsDisallow == null ? List.of() : List.copyOf(robotsDisallow);
        crawlDelaySeconds = crawlDelaySeconds == null ? 0 : crawlDelaySeconds;
        sitemap = sitemap == null ? Sitemap.PLAIN : sitemap;
        calendarTrap = calendarTrap != null && calendarTrap;
        brokenLinks = brokenLinks == null ? 0 : brokenLinks;
        pdfs = pdfs == null ? 0 : pdfs;
        legacyCharsetPage = legacyCharsetPage != null && legacyCharsetPage;
        redirects = redirects == null ? 0 : redirects;
    }

    public static CrawlPlant defaults() {
        return new CrawlPlant(null, null, null, null, null, null, null, null, null);
    }
}
