package wales.councilaudit.sandbox.site.styles;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wales.councilaudit.sandbox.DomainScenario;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.CrawlPlant;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.SiteFeatures;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;

/** Profiles, sites and request helpers for the SharePoint style's tests. */
final class SharePointSites {

    static final String HOST = "www.cardiff.gov.uk";
    static final int PORT = 8088;

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private SharePointSites() {}

    static CouncilProfile profile(
            long seed,
            SiteFeatures features,
            Map<String, TaskPlant> tasks,
            Map<String, TaskPlant> tools,
            MobilePlant mobile,
            CrawlPlant crawl) {
        return new CouncilProfile(
                "cardiff",
                CouncilProfile.SiteStyle.SHAREPOINT,
                seed,
                DomainScenario.GOV_UK_ONLY,
                features,
                tasks,
                tools,
                mobile,
                null,
                crawl);
    }

    /** Every default: each task at depth 2 with a form on the task page. */
    static CouncilProfile plain() {
        return profile(7L, null, null, null, null, null);
    }

    static TaskPlant depth(int depth, boolean landingLink) {
        return new TaskPlant(depth, null, null, landingLink, null, null, null, null, null, null);
    }

    /** Tasks and tools at every depth, a landing page that does not link to its task, an own form, no Welsh. */
    static CouncilProfile deep(long seed, int pages) {
        Map<String, TaskPlant> tasks = new LinkedHashMap<>();
        tasks.put("missed-bin", depth(4, true));
        tasks.put("planning-objection", depth(5, false));
        tasks.put(
                "library-renewal",
                new TaskPlant(4, null, null, null, TaskPlant.Online.START_LINK, null, null, null, null, null));
        tasks.put("blue-badge", new TaskPlant(1, null, null, null, null, null, null, false, null, null));
        Map<String, TaskPlant> tools = new LinkedHashMap<>();
        tools.put("councillor", depth(1, true));
        tools.put("jobs", depth(3, true));
        tools.put("council-tax", depth(4, false));
        CrawlPlant crawl = new CrawlPlant(pages, null, null, null, null, null, null, true, null);
        return profile(seed, null, tasks, tools, null, crawl);
    }

    static CouncilProfile withFeatures(SiteFeatures features) {
        return profile(7L, features, null, null, null, null);
    }

    static SiteFeatures features(Boolean search, Boolean helpful, Boolean atoz, Boolean mobileMenu) {
        return new SiteFeatures(search, null, helpful, atoz, null, mobileMenu);
    }

    static SimulatedSite site(CouncilProfile profile) {
        return site(profile, HOST);
    }

    /** A site whose Welsh pages may be on a host of their own. */
    static SimulatedSite site(CouncilProfile profile, String welshHost) {
        SiteContext context = new SiteContext(
                SitePlanner.plan(profile),
                new Text("Cardiff Council", "Cyngor Caerdydd"),
                new SharePointStyle(),
                HOST,
                welshHost,
                PORT);
        return new SimulatedSite(context, new SubmissionLog());
    }

    /** A GET of an address (path and query, as a page writes it) on the site's English host. */
    static SiteResponse get(SimulatedSite site, String address) {
        return get(site, HOST, address);
    }

    static SiteResponse get(SimulatedSite site, String host, String address) {
        int q = address.indexOf('?');
        String path = q < 0 ? address : address.substring(0, q);
        String raw = q < 0 ? "" : address.substring(q + 1);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                query.putIfAbsent(
                        decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return site.respond(new SiteRequest("GET", host, path, query, raw, Map.of(), Map.of()));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The body as text, in the charset its Content-Type names. */
    static String body(SiteResponse response) {
        String type = response.headers().get("Content-Type");
        Charset charset = Charset.forName(type.substring(type.indexOf("charset=") + "charset=".length()));
        return new String(response.body(), charset);
    }

    /** Every {@code href} attribute's value, unescaped. */
    static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1)
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return hrefs;
    }

    /** An href as an address on the site's host, or the href itself when it points elsewhere. */
    static String local(String href) {
        String prefix = "http://" + HOST + ":" + PORT;
        return href.startsWith(prefix + "/") ? href.substring(prefix.length()) : href;
    }
}
