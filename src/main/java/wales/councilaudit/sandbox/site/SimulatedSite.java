package wales.councilaudit.sandbox.site;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.sandbox.SubmissionLog;

/**
 * One simulated council website, answering requests for its English and Welsh hosts: its pages, its style's
 * endpoints (search), the crawling plants, and its forms, whose submissions it records. Built once; thread-safe.
 */
public final class SimulatedSite {

    /** The charset of the page planted as not UTF-8. */
    public static final Charset LEGACY_CHARSET = Charset.forName("windows-1252");

    /** What a host's root address {@code /} answers when it is not a page: a redirect to a home page. */
    public static final int ROOT_REDIRECT_STATUS = 302;

    private final SiteContext context;
    private final SubmissionLog submissions;
    private final CrawlPlants crawl;
    private final Map<String, PlanPage> byAddress = new HashMap<>();

    public SimulatedSite(SiteContext context, SubmissionLog submissions) {
        this.context = context;
        this.submissions = submissions;
        this.crawl = new CrawlPlants(context);
        for (PlanPage page : context.plan().pages()) {
            for (Lang lang : Lang.values()) {
                if (page.exists(lang)) {
                    String key = context.host(lang) + " " + context.address(page, lang);
                    PlanPage earlier = byAddress.put(key, page);
                    if (earlier != null) {
                        throw new IllegalStateException(
                                context.style().getClass().getSimpleName() + " gives " + earlier.key() + " and "
                                        + page.key() + " the same address " + key);
                    }
                }
            }
        }
    }

    public SiteContext context() {
        return context;
    }

    /** The page and language an address on a host serves, if any. */
    public Optional<Map.Entry<PlanPage, Lang>> pageAt(String host, String pathAndQuery) {
        PlanPage page = byAddress.get(host + " " + pathAndQuery);
        if (page == null) {
            return Optional.empty();
        }
        Lang lang = context.host(Lang.EN).equals(context.host(Lang.CY))
                ? (context.address(page, Lang.CY).equals(pathAndQuery) ? Lang.CY : Lang.EN)
                : (host.equals(context.host(Lang.CY)) ? Lang.CY : Lang.EN);
        return Optional.of(Map.entry(page, lang));
    }

    public SiteResponse respond(SiteRequest request) {
        Optional<SiteResponse> planted = crawl.handle(request);
        if (planted.isPresent()) {
            return planted.get();
        }
        if (request.path().startsWith("/forms/")) {
            return form(request);
        }
        Optional<SiteResponse> own = context.style().handle(request, context);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Map.Entry<PlanPage, Lang>> found = pageAt(request.host(), request.pathAndQuery());
        if (found.isEmpty()) {
            if (request.path().equals("/")) {
                Lang lang = context.rootLanguage(request.host());
                return SiteResponse.redirect(
                        ROOT_REDIRECT_STATUS, context.address(context.plan().home(), lang));
            }
            return SiteResponse.notFound();
        }
        PlanPage page = found.get().getKey();
        String html = context.style().render(page, found.get().getValue(), context);
        return page.kind() == PageKind.LEGACY_CHARSET
                ? SiteResponse.html(200, html, LEGACY_CHARSET)
                : SiteResponse.html(200, html);
    }

    private SiteResponse form(SiteRequest request) {
        String[] parts = request.path().split("/");
        if (parts.length != 4 || !Vocabulary.TASKS.containsKey(parts[2])) {
            return SiteResponse.notFound();
        }
        if (parts[3].equals(Forms.UNAVAILABLE)) {
            return SiteResponse.html(
                    500,
                    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<title>Service unavailable</title></head><body><main><h1>Sorry, there is a problem with the"
                            + " service</h1></main></body></html>");
        }
        if (!parts[3].equals("submit")
                || !request.method().toUpperCase(Locale.ROOT).equals("POST")) {
            return SiteResponse.notFound();
        }
        submissions.record(request.host(), request.path(), request.form());
        boolean welsh = "cy".equals(request.form().getOrDefault("lang", ""));
        return SiteResponse.html(
                200,
                "<!doctype html><html lang=\"" + (welsh ? "cy" : "en") + "\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + (welsh ? "Diolch" : "Thank you")
                        + "</title></head><body><main>"
                        + "<h1>" + (welsh ? "Diolch, rydym wedi cael eich cais" : "Thank you, we have your request")
                        + "</h1></main></body></html>");
    }
}
