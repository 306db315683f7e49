package wales.councilaudit.sandbox.site;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.sandbox.profile.CrawlPlant;

/**
 * The crawling plants every style shares: robots.txt, sitemaps (plain or an index), PDFs, an endless events
 * calendar, retired addresses that answer 404 and old addresses that redirect.
 *
 * <p>Which planted link a page carries ({@link #links}) and where an old address leads ({@link #redirectTarget})
 * are defined here once: the pages render them ({@link PageParts#contentExtras}), this class answers them, and
 * the answer key states them.
 */
public final class CrawlPlants {

    /** The first month of the events calendar; every month links to the next, for ever. */
    static final YearMonth CALENDAR_START = YearMonth.of(2026, 11);

    /** The events calendar's address; its months are {@code /events?month=YYYY-MM}. */
    public static final String CALENDAR = "/events";

    private static final String RETIRED = "/archive/retired-page-";
    private static final String DOCUMENTS = "/documents/";
    private static final String OLD_SITE = "/old-site/page-";
    private static final String OLD_SUFFIX = ".htm";

    /**
     * A link a page carries because of a crawling plant, the same in both languages and relative to the host of
     * the page that carries it.
     *
     * @param kind which plant
     * @param href the link's address (path only)
     */
    public record PlantedLink(Kind kind, String href) {

        /** The crawling plants that put a link on a page. */
        public enum Kind {
            /** The news index links to the endless events calendar. */
            CALENDAR,
            /** A news page links to an old address that redirects (301) to a news page. */
            OLD_ADDRESS,
            /** A guidance page links to a retired page that answers 404. */
            RETIRED_PAGE,
            /** A guidance page links to a PDF. */
            PDF
        }
    }

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
        if (sitemapAddress(plant).filter(path::equals).isPresent()) {
            boolean index = plant.sitemap() == CrawlPlant.Sitemap.INDEX;
            return Optional.of(xml(index ? index(request.host()) : urlset(null)));
        }
        if (plant.sitemap() == CrawlPlant.Sitemap.INDEX) {
            if (path.equals("/sitemap-en.xml")) {
                return Optional.of(xml(urlset(Lang.EN)));
            }
            if (path.equals("/sitemap-cy.xml")) {
                return Optional.of(xml(urlset(Lang.CY)));
            }
        }
        if (path.startsWith(DOCUMENTS) && path.endsWith(".pdf")) {
            return Optional.of(SiteResponse.of(200, "application/pdf", pdf(path)));
        }
        if (path.equals(CALENDAR) && plant.calendarTrap()) {
            return Optional.of(
                    SiteResponse.html(200, calendar(request.param("month").orElse(""))));
        }
        if (path.startsWith(RETIRED)) {
            return Optional.of(SiteResponse.notFound());
        }
        if (path.startsWith(OLD_SITE) && path.endsWith(OLD_SUFFIX)) {
            return Optional.of(oldAddress(path, request.host()));
        }
        return Optional.empty();
    }

    /**
     * The planted links a page carries, in the order it shows them: the news index links to the events calendar
     * when it is planted; news pages 1 to {@code redirects} link to old addresses 0 to {@code redirects - 1}; the
     * first {@code brokenLinks} guidance pages (numbers 0 up) link to a retired page of their number, and the
     * first {@code pdfs} link to a PDF named after their English address words.
     */
    public static List<PlantedLink> links(PlanPage page, CrawlPlant plant) {
        List<PlantedLink> links = new ArrayList<>();
        switch (page.kind()) {
            case NEWS_INDEX -> {
                if (plant.calendarTrap()) {
                    links.add(new PlantedLink(PlantedLink.Kind.CALENDAR, CALENDAR));
                }
            }
            case NEWS -> {
                if (ordinal(page) <= plant.redirects()) {
                    links.add(
                            new PlantedLink(PlantedLink.Kind.OLD_ADDRESS, OLD_SITE + (ordinal(page) - 1) + OLD_SUFFIX));
                }
            }
            case CONTENT -> {
                int n = ordinal(page);
                if (n < plant.brokenLinks()) {
                    links.add(new PlantedLink(PlantedLink.Kind.RETIRED_PAGE, RETIRED + n));
                }
                if (n < plant.pdfs()) {
                    links.add(new PlantedLink(
                            PlantedLink.Kind.PDF, DOCUMENTS + page.slug().en() + ".pdf"));
                }
            }
            default -> {}
        }
        return List.copyOf(links);
    }

    /** A generated page's number, from its key ({@code content/<section>/<n>}, {@code news/<n>}). */
    private static int ordinal(PlanPage page) {
        String key = page.key();
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }

    /**
     * The page an old address redirects to (301, to its English address on the English host): {@code /old-site/page-N.htm} leads to
     * news page {@code N + 1} (the home page when there is none). Empty when the path is not one of the site's
     * planted old addresses, which answer 404.
     */
    public static Optional<PlanPage> redirectTarget(String path, SitePlan plan) {
        if (!path.startsWith(OLD_SITE) || !path.endsWith(OLD_SUFFIX)) {
            return Optional.empty();
        }
        String n = path.substring(OLD_SITE.length(), path.length() - OLD_SUFFIX.length());
        if (!n.matches("\\d{1,4}")
                || Integer.parseInt(n) >= plan.profile().crawl().redirects()) {
            return Optional.empty();
        }
        return Optional.of(plan.find("news/" + (Integer.parseInt(n) + 1)).orElse(plan.home()));
    }

    /** The address robots.txt gives for the site's sitemap (on each of its hosts), if it has one. */
    public static Optional<String> sitemapAddress(CrawlPlant plant) {
        return switch (plant.sitemap()) {
            case PLAIN -> Optional.of("/sitemap.xml");
            case INDEX -> Optional.of("/sitemap_index.xml");
            case NONE -> Optional.empty();
        };
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
        sitemapAddress(plant).ifPresent(sitemap -> robots.append("\nSitemap: ")
                .append(base)
                .append(sitemap)
                .append('\n'));
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

    /**
     * An old address redirects to its English page: by path on the English host, by absolute URL from a separate
     * Welsh host (which does not serve English paths).
     */
    private SiteResponse oldAddress(String path, String host) {
        Lang from = host.equals(context.host(Lang.EN)) ? Lang.EN : Lang.CY;
        return redirectTarget(path, context.plan())
                .map(target -> SiteResponse.redirect(301, context.href(target, Lang.EN, from)))
                .orElseGet(SiteResponse::notFound);
    }
}
