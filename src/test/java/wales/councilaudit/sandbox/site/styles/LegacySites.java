package wales.councilaudit.sandbox.site.styles;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;

/** Legacy-style sites built in code for the tests, and requests to them without a server. */
final class LegacySites {

    static final String HOST = "www.merthyr.gov.uk";
    private static final int PORT = 8088;
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private LegacySites() {}

    /** A profile with a legacy-charset page and whatever else is given (null for the defaults). */
    static CouncilProfile profile(SiteFeatures features, Map<String, TaskPlant> tasks, MobilePlant mobile) {
        return new CouncilProfile(
                "merthyr-tydfil",
                CouncilProfile.SiteStyle.LEGACY,
                11L,
                DomainScenario.GOV_UK_ONLY,
                features,
                tasks,
                null,
                mobile,
                null,
                new CrawlPlant(null, null, null, null, null, null, null, true, null));
    }

    static CouncilProfile plain() {
        return profile(null, null, null);
    }

    /** Deep tasks: one at depth 4, one behind an information page with a start link, one with no Welsh page. */
    static CouncilProfile deep() {
        Map<String, TaskPlant> tasks = new LinkedHashMap<>();
        tasks.put("missed-bin", new TaskPlant(4, null, null, null, null, null, null, null, null, null));
        tasks.put(
                "planning-objection",
                new TaskPlant(4, null, null, false, TaskPlant.Online.START_LINK, null, null, null, null, null));
        tasks.put("library-renewal", new TaskPlant(4, null, null, null, null, null, null, false, null, null));
        return profile(null, tasks, null);
    }

    static SimulatedSite site(CouncilProfile profile) {
        SiteContext context = new SiteContext(
                SitePlanner.plan(profile),
                new Text("Merthyr Tydfil Council", "Cyngor Merthyr Tudful"),
                new LegacyStyle(),
                HOST,
                HOST,
                PORT);
        return new SimulatedSite(context, new SubmissionLog());
    }

    /** A GET of a path and query, decoded the way a server would. */
    static SiteResponse get(SimulatedSite site, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String raw = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return site.respond(new SiteRequest("GET", HOST, path, query, raw, Map.of(), Map.of()));
    }

    static String address(SimulatedSite site, PlanPage page, Lang lang) {
        return site.context().address(page, lang);
    }

    /** The address as written in an attribute. */
    static String attr(String address) {
        return address.replace("&", "&amp;");
    }

    static String html(SiteResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The body decoded in the charset its Content-Type names. */
    static String decode(SiteResponse response) {
        String type = response.headers().get("Content-Type");
        return new String(response.body(), Charset.forName(type.substring(type.indexOf("charset=") + 8)));
    }

    /** The page's links on its own host, entities decoded; fragments and other hosts left out. */
    static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        String origin = "http://" + HOST + ":" + PORT;
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith(origin + "/")) {
                href = href.substring(origin.length());
            }
            if (href.startsWith("/")) {
                hrefs.add(href);
            }
        }
        return hrefs;
    }
}
