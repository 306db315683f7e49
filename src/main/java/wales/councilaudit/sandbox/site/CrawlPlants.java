package wales.councilaudit.sandbox.site;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import wales.councilaudit.sandbox.profile.CrawlPlant;

/**
 * The crawling plants every style shares: robots.txt, sitemaps (plain or an index), PDFs, an endless events
 * calendar, retired addresses that answer 404 and old addresses that redirect.
 */
final class CrawlPlants {

    /** The first month of the events calendar; every month links to the next, for ever. */
    static final YearMonth CALENDAR_START = YearMonth.of(2026, 11);

    private final SiteContext context;
    private final CrawlPlant plant;

    CrawlPlants(SiteContext context) {
        this.context = context;
        this.plant = context.profile().crawl();
    }

    Optional<SiteResponse> handle(SiteRequest request) {
        String path = request.path();
        if (path.equals("/robots.txt")) {
            return Optional.of(SiteResponse.text(200, "text/plain", robots(request.host())));
        }
        if (path.equals("/sitemap.xml") && plant.sitemap() == CrawlPlant.Sitemap.PLAIN) {
            return Optional.of(xml(urlset(null)));
        }
        if (plant.sitemap() == CrawlPlant.Sitemap.INDEX) {
            if (path.equals("/sitemap_index.xml")) {
                return Optional.of(xml(index(request.host())));
            }
            if (path.equals("/sitemap-en.xml")) {
                return Optional.of(xml(urlset(Lang.EN)));
            }
            if (path.equals("/sitemap-cy.xml")) {
                return Optional.of(xml(urlset(Lang.CY)));
            }
        }
        if (path.startsWith("/documents/") && path.endsWith(".pdf")) {
            return Optional.of(SiteResponse.of(200, "application/pdf", pdf(path)));
        }
        if (path.equals("/events") && plant.calendarTrap()) {
            return Optional.of(
                    SiteResponse.html(200, calendar(request.param("month").orElse(""))));
        }
        if (path.startsWith("/archive/retired-page-")) {
            return Optional.of(SiteResponse.notFound());
        }
        if (path.startsWith("/old-site/page-") && path.endsWith(".htm")) {
            return oldAddress(path);
        }
        return Optional.empty();
    }

    private String robots(String host) {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        plant.robotsDisallow()
                .forEach(p -> robots.append("Disallow: ").append(p).append('\n'));
        if (plant.robotsDisallow().isEmpty()) {
            robots.append("Disallow:\n");
        }
        if (plant.crawlDelaySeconds() > 0) {
            robots.append("Crawl-delay: ").append(plant.crawlDelaySeconds()).append('\n');
        }
        String base = "http://" + host + ":" + context.port();
        switch (plant.sitemap()) {
            case PLAIN -> robots.append("\nSitemap: ").append(base).append("/sitemap.xml\n");
            case INDEX -> robots.append("\nSitemap: ").append(base).append("/sitemap_index.xml\n");
            default -> {}
        }
        return robots.toString();
    }

    private String urlset(Lang only) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PlanPage page : context.plan().pages()) {
            for (Lang lang : Lang.values()) {
                if ((only == null || only == lang) && page.exists(lang) && page.kind() != PageKind.FORM) {
                    xml.append("  <url><loc>")
                            .append(Html.escape(context.absolute(lang, context.address(page, lang))))
                            .append("</loc></url>\n");
                }
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private String index(String host) {
        String base = "http://" + host + ":" + context.port();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <sitemap><loc>" + base + "/sitemap-en.xml</loc></sitemap>\n"
                + "  <sitemap><loc>" + base + "/sitemap-cy.xml</loc></sitemap>\n</sitemapindex>\n";
    }

    private static SiteResponse xml(String body) {
        return SiteResponse.text(200, "application/xml", body);
    }

    /** A minimal, valid one-page PDF naming the document. */
    private static byte[] pdf(String path) {
        String text = path.substring(path.lastIndexOf('/') + 1).replaceAll("[()\\\\]", "");
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private String calendar(String monthText) {
        YearMonth month;
        try {
            month = monthText.isEmpty() ? CALENDAR_START : YearMonth.parse(monthText);
        } catch (java.time.format.DateTimeParseException e) {
            month = CALENDAR_START;
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Events: " + month
                + "</title></head><body><main><h1>Events in " + month + "</h1><p>No events this month.</p>"
                + "<p><a href=\"/events?month=" + month.minusMonths(1) + "\">Previous month</a> "
                + "<a href=\"/events?month=" + month.plusMonths(1) + "\">Next month</a></p></main></body></html>";
    }

    private Optional<SiteResponse> oldAddress(String path) {
        String n = path.substring("/old-site/page-".length(), path.length() - ".htm".length());
        if (!n.matches("\\d{1,4}") || Integer.parseInt(n) >= plant.redirects()) {
            return Optional.of(SiteResponse.notFound());
        }
        PlanPage target = context.plan()
                .find("news/" + (Integer.parseInt(n) + 1))
                .orElse(context.plan().home());
        return Optional.of(SiteResponse.redirect(301, context.address(target, Lang.EN)));
    }
}
