package wales.councilaudit.sandbox.site.styles;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wales.councilaudit.sandbox.DomainScenario;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.CrawlPlant;
import wales.councilaudit.sandbox.profile.SiteFeatures;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;

/** Welsh-first sites built in code for the tests, and requests to them. */
final class WelshFirstSites {

    static final String HOST = "www.gwynedd.llyw.cymru";
    static final int PORT = 8088;

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private WelshFirstSites() {}

    static CouncilProfile profile(
            long seed,
            SiteFeatures features,
            Map<String, TaskPlant> tasks,
            Map<String, TaskPlant> tools,
            CrawlPlant crawl) {
        return new CouncilProfile(
                "gwynedd",
                CouncilProfile.SiteStyle.WELSH_FIRST,
                seed,
                DomainScenario.ON_WELSH_DOMAIN,
                features,
                tasks,
                tools,
                null,
                null,
                crawl);
    }

    static CouncilProfile plain() {
        return profile(3L, null, null, null, null);
    }

    static TaskPlant task(Integer depth, Boolean landingLink, TaskPlant.Online online, Boolean welsh) {
        return new TaskPlant(depth, null, null, landingLink, online, null, null, welsh, null, null);
    }

    static CrawlPlant pages(int pages) {
        return new CrawlPlant(pages, null, null, null, null, null, null, true, null);
    }

    static SimulatedSite site(CouncilProfile profile) {
        return site(profile, HOST);
    }

    static SimulatedSite site(CouncilProfile profile, String englishHost) {
        SiteContext context = new SiteContext(
                SitePlanner.plan(profile),
                new Text("Gwynedd Council", "Cyngor Gwynedd"),
                new WelshFirstStyle(),
                englishHost,
                HOST,
                PORT);
        return new SimulatedSite(context, new SubmissionLog());
    }

    /** A GET of a path with its query, as the server would decode it. */
    static SiteRequest get(String host, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String raw = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.putIfAbsent(decode(name), decode(value));
            }
        }
        return new SiteRequest("GET", host, path, query, raw, Map.of(), Map.of());
    }

    static SiteResponse fetch(SimulatedSite site, String pathAndQuery) {
        return site.respond(get(HOST, pathAndQuery));
    }

    static String body(SiteResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Every href of a document, unescaped, in order of appearance. */
    static Set<String> hrefs(String html) {
        Set<String> hrefs = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1).replace("&amp;", "&"));
        }
        return hrefs;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
