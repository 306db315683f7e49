package wales.councilaudit.sandbox.site.styles;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.Vocabulary;

/**
 * The Welsh-first address scheme: {@code /cy/} and {@code /en/} for the home pages, and at most two levels below
 * them, the section's words and the page's own ({@code /cy/biniau-ac-ailgylchu/rhoi-gwybod-am-gasgliad-bin}),
 * however deep the page sits in the navigation. Flattening can make two pages want the same address, so the
 * addresses of a plan are assigned together, in plan order: the first page keeps the plain address and a later
 * one gets a short suffix from its key. The table of each plan is computed once and kept while the plan lives;
 * the result depends only on the plan, so the style stays deterministic and thread-safe.
 */
final class WelshFirstAddresses {

    static final String CY_HOME = "/cy/";
    static final String EN_HOME = "/en/";
    static final String CY_SEARCH = "/cy/chwilio";
    static final String EN_SEARCH = "/en/search";

    private final Map<SitePlan, Map<String, String>> tables = Collections.synchronizedMap(new WeakHashMap<>());

    static String home(Lang lang) {
        return lang == Lang.CY ? CY_HOME : EN_HOME;
    }

    static String search(Lang lang) {
        return lang == Lang.CY ? CY_SEARCH : EN_SEARCH;
    }

    /** The search language of a path, or null when the path is not a search endpoint. */
    static Lang searchLanguage(String path) {
        if (path.equals(CY_SEARCH)) {
            return Lang.CY;
        }
        return path.equals(EN_SEARCH) ? Lang.EN : null;
    }

    String address(PlanPage page, Lang lang, SitePlan plan) {
        String address =
                tables.computeIfAbsent(plan, WelshFirstAddresses::table).get(lang + " " + page.key());
        return address != null ? address : base(page, lang, plan);
    }

    private static Map<String, String> table(SitePlan plan) {
        Map<String, String> table = new HashMap<>();
        for (Lang lang : Lang.values()) {
            assign(plan.pages(), p -> base(p, lang, plan), Set.of(search(lang)))
                    .forEach((key, address) -> table.put(lang + " " + key, address));
        }
        return table;
    }

    /**
     * Unique addresses for pages, in order: each page's base address, or, when an earlier page (or a reserved
     * address) already has it, the base with a suffix from the page's key: its last part, then the whole key,
     * then a counter.
     */
    static Map<String, String> assign(List<PlanPage> pages, Function<PlanPage, String> base, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        Map<String, String> assigned = new HashMap<>();
        for (PlanPage page : pages) {
            String plain = base.apply(page);
            String address = plain;
            if (used.contains(address)) {
                String key = page.key();
                address = plain + "-" + Vocabulary.slug(key.substring(key.lastIndexOf('/') + 1));
            }
            if (used.contains(address)) {
                address = plain + "-" + Vocabulary.slug(page.key());
            }
            for (int n = 2; used.contains(address); n++) {
                address = plain + "-" + Vocabulary.slug(page.key()) + "-" + n;
            }
            used.add(address);
            assigned.put(page.key(), address);
        }
        return assigned;
    }

    /** The address a page would have with no other page: home, or section words and the page's own words. */
    static String base(PlanPage page, Lang lang, SitePlan plan) {
        if (page.kind() == PageKind.HOME) {
            return home(lang);
        }
        List<PlanPage> trail = plan.trail(page.key());
        String own = words(page, lang);
        return trail.size() == 1 ? home(lang) + own : home(lang) + words(trail.get(0), lang) + "/" + own;
    }

    private static String words(PlanPage page, Lang lang) {
        String slug = page.slug().in(lang);
        return slug.isEmpty() ? Vocabulary.slug(page.key()) : slug;
    }
}
