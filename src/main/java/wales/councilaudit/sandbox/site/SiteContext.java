package wales.councilaudit.sandbox.site;

import java.util.HashMap;
import java.util.Map;
import wales.councilaudit.sandbox.profile.CouncilProfile;

/**
 * What a style needs to render a page of one site: the plan, every page's address, the hosts and port, the
 * search engine and the shared, planted page parts. Immutable and thread-safe.
 */
public final class SiteContext {

    private final SitePlan plan;
    private final Text councilName;
    private final SiteStyle style;
    private final String englishHost;
    private final String welshHost;
    private final int port;
    private final SearchEngine search;
    private final PageParts parts;
    private final Map<String, String> addresses = new HashMap<>();

    /**
     * @param councilName the council's name in both languages, for page headers
     * @param englishHost the host serving English pages
     * @param welshHost the host serving Welsh pages (the same host for most councils)
     */
    public SiteContext(
            SitePlan plan, Text councilName, SiteStyle style, String englishHost, String welshHost, int port) {
        this.plan = plan;
        this.councilName = councilName;
        this.style = style;
        this.englishHost = englishHost;
        this.welshHost = welshHost;
        this.port = port;
        this.search = new SearchEngine(plan);
        for (PlanPage page : plan.pages()) {
            for (Lang lang : Lang.values()) {
                addresses.put(lang + page.key(), style.address(page, lang, plan));
            }
        }
        this.parts = new PageParts(this);
    }

    public SitePlan plan() {
        return plan;
    }

    public CouncilProfile profile() {
        return plan.profile();
    }

    /** The council's name, for example "Cardiff Council" / "Cyngor Caerdydd". */
    public Text councilName() {
        return councilName;
    }

    public SiteStyle style() {
        return style;
    }

    public SearchEngine search() {
        return search;
    }

    public PageParts parts() {
        return parts;
    }

    public int port() {
        return port;
    }

    public String host(Lang lang) {
        return lang == Lang.EN ? englishHost : welshHost;
    }

    /** The page's address (path and query) in a language, whether or not the page exists in it. */
    public String address(PlanPage page, Lang lang) {
        return addresses.get(lang + page.key());
    }

    /** A link from a page in {@code from} to {@code target} in {@code lang}: relative on the same host. */
    public String href(PlanPage target, Lang lang, Lang from) {
        String address = address(target, lang);
        return host(lang).equals(host(from)) ? address : absolute(lang, address);
    }

    /** A link within a language. */
    public String href(String key, Lang lang) {
        return href(plan.page(key), lang, lang);
    }

    /** The language toggle's target: the page's twin, or the other language's home page when it has none. */
    public String twinHref(PlanPage page, Lang lang) {
        Lang other = lang.other();
        PlanPage target = page.exists(other) ? page : plan.home();
        return href(target, other, lang);
    }

    /**
     * The language of the home page a host's root address {@code /} leads to when it is not itself a page: the
     * style's root language when both languages share a host, otherwise the host's own language.
     */
    public Lang rootLanguage(String host) {
        if (englishHost.equals(welshHost)) {
            return style.rootLanguage();
        }
        return host.equals(englishHost) ? Lang.EN : Lang.CY;
    }

    public String absolute(Lang lang, String address) {
        return "http://" + host(lang) + ":" + port + address;
    }
}
