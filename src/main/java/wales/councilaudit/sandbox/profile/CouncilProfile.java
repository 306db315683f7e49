package wales.councilaudit.sandbox.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import wales.councilaudit.sandbox.DomainScenario;

/**
 * One simulated council: the site style and every planted property, from which the site is generated and the
 * answer key follows. Loaded from {@code sandbox/profiles/<council>.yaml}; immutable.
 *
 * @param council the registry id of the council it simulates
 * @param style the site's style (URL scheme, navigation markup, search mechanism)
 * @param seed the seed of the generated content; the same profile gives the same bytes
 * @param domain how the council's host names behave (and so its Annex F status)
 * @param features site-wide features
 * @param tasks the four default top tasks by id ({@code missed-bin}, {@code planning-objection},
 *     {@code library-renewal}, {@code blue-badge}); a task not listed works everywhere
 * @param tools the navigation tasks behind "tools for accessing content" ({@code councillor}, {@code jobs},
 *     {@code council-tax}); each plant's {@code depth}, {@code search} and {@code atoz} apply
 * @param mobile the mobile properties
 * @param accessibility the planted accessibility faults
 * @param crawl the crawling properties
 */
public record CouncilProfile(
        String council,
        SiteStyle style,
        Long seed,
        DomainScenario domain,
        SiteFeatures features,
        Map<String, TaskPlant> tasks,
        Map<String, TaskPlant> tools,
        MobilePlant mobile,
        AccessibilityPlant accessibility,
        CrawlPlant crawl) {

    /** The site styles; each is a different structure, not a switch on one template. */
    public enum SiteStyle {
        /** SharePoint-style {@code /ENG/.../Pages/default.aspx} with a separate {@code /CYM/} tree; JS search. */
        SHAREPOINT,
        /** Drupal-style clean URLs, Welsh under {@code /cy/}; server-rendered search. */
        DRUPAL,
        /** A legacy table layout with {@code .asp?doc=N&language=1} addresses. */
        LEGACY,
        /** A Welsh-first site on {@code .llyw.cymru}: Welsh at {@code /cy/}, English at {@code /en/}. */
        WELSH_FIRST
    }

    /** The default top tasks' ids, in the order of the report. */
    public static final java.util.List<String> TASKS =
            java.util.List.of("missed-bin", "planning-objection", "library-renewal", "blue-badge");

    /** The navigation tasks' ids. */
    public static final java.util.List<String> TOOLS = java.util.List.of("councillor", "jobs", "council-tax");

    public CouncilProfile {
        if (council == null || style == null || seed == null || domain == null) {
            throw new IllegalArgumentException("council, style, seed and domain are required");
        }
        features = features == null ? SiteFeatures.defaults() : features;
        tasks = complete(tasks, TASKS, "tasks");
        tools = complete(tools, TOOLS, "tools");
        mobile = mobile == null ? MobilePlant.good() : mobile;
        accessibility = accessibility == null ? AccessibilityPlant.clean() : accessibility;
        crawl = crawl == null ? CrawlPlant.defaults() : crawl;
    }

    private static Map<String, TaskPlant> complete(
            Map<String, TaskPlant> given, java.util.List<String> ids, String what) {
        Map<String, TaskPlant> all = new LinkedHashMap<>();
        for (String id : ids) {
            TaskPlant plant = given == null ? null : given.get(id);
            all.put(id, plant == null ? TaskPlant.works() : plant);
        }
        if (given != null) {
            for (String id : given.keySet()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("unknown " + what + " id '" + id + "' (known: " + ids + ")");
                }
            }
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Whether the site can be audited at all (neither blocked nor unreachable). */
    public boolean reachable() {
        return domain.expectedStatus().reached();
    }
}
