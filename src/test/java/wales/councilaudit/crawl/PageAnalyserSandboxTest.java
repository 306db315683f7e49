package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.crawl.PageTwin.Method;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.ProfileLoader;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.SitePlanner;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Text;
import wales.councilaudit.sandbox.site.styles.Styles;

/**
 * The analyser on real Sandbox Wales pages, one council of each of the four site styles, served by the simulated
 * sites in memory (no network): the English missed-bin page's Welsh twin is the Welsh page's address, and where the
 * profile plants no Welsh page, the toggle's Welsh home page is what is found.
 */
class PageAnalyserSandboxTest {

    private static final int PORT = 8088;

    /** A council's simulated site, built as Sandbox Wales builds it, on the registry's own host names. */
    private static SimulatedSite site(String councilId) {
        Council council = RegistryLoader.bundled().find(councilId).orElseThrow();
        CouncilProfile profile = ProfileLoader.bundled(councilId);
        String english = council.homepage().en().getHost();
        String welsh = council.homepage().cy().map(URI::getHost).orElse(english);
        SitePlan plan = SitePlanner.plan(profile);
        SiteContext context = new SiteContext(
                plan,
                new Text(council.name().en(), council.name().cy()),
                Styles.of(profile.style()),
                english,
                welsh,
                PORT);
        return new SimulatedSite(context, new SubmissionLog());
    }

    /** A page's absolute address in a language. */
    private static URI url(SimulatedSite site, PlanPage page, Lang lang) {
        return URI.create(site.context().absolute(lang, site.context().address(page, lang)));
    }

    /** What the site answers for {@code url}, analysed. */
    private static PageFacts fetchAndAnalyse(SimulatedSite site, URI url) {
        SiteResponse response = get(site, url);
        assertThat(response.status()).as("%s answers", url).isEqualTo(200);
        return PageAnalyser.analyse(url, response.headers().get("Content-Type"), response.body());
    }

    private static SiteResponse get(SimulatedSite site, URI url) {
        String raw = url.getRawQuery() == null ? "" : url.getRawQuery();
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        return site.respond(new SiteRequest(
                "GET", url.getHost(), url.getPath(), query, raw, Map.of("user-agent", "council-audit/test"), Map.of()));
    }

    @ParameterizedTest(name = "{0} ({1}): missed-bin in Welsh {2}, twin by {3}")
    @CsvSource({
        "cardiff, SHAREPOINT, true, HREFLANG",
        "denbighshire, DRUPAL, true, HREFLANG",
        "gwynedd, WELSH_FIRST, true, HREFLANG",
        "merthyr-tydfil, LEGACY, false, TOGGLE",
    })
    void theEnglishTaskPageLeadsToItsWelshTwin(
            String councilId, CouncilProfile.SiteStyle style, boolean welshPage, Method method) {
        SimulatedSite site = site(councilId);
        SitePlan plan = site.context().plan();
        assertThat(plan.profile().style()).isEqualTo(style);
        PlanPage task = plan.taskPage("missed-bin");
        assertThat(task.exists(Lang.CY)).as("the profile plants a Welsh page").isEqualTo(welshPage);
        URI expected = welshPage ? url(site, task, Lang.CY) : url(site, plan.home(), Lang.CY);

        PageFacts english = fetchAndAnalyse(site, url(site, task, Lang.EN));

        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.title()).contains(task.title().en());
        PageTwin twin = english.welshTwin().orElseThrow();
        assertThat(twin.url()).isEqualTo(expected);
        assertThat(twin.method()).isEqualTo(method);
        assertThat(english.twin(Method.TOGGLE).orElseThrow().url())
                .as("the visible toggle")
                .isEqualTo(expected);
        assertThat(english.twin(Method.HREFLANG).isPresent()).isEqualTo(welshPage);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cardiff", "denbighshire", "gwynedd"})
    void theWelshTaskPageLeadsBackToTheEnglishOne(String councilId) {
        SimulatedSite site = site(councilId);
        PlanPage task = site.context().plan().taskPage("missed-bin");

        PageFacts welsh = fetchAndAnalyse(site, url(site, task, Lang.CY));

        assertThat(welsh.isWelsh()).isTrue();
        assertThat(welsh.title()).contains(task.title().cy());
        assertThat(welsh.welshTwin()).isEmpty();
        assertThat(welsh.englishTwin().orElseThrow().url()).isEqualTo(url(site, task, Lang.EN));
        assertThat(welsh.twin(Method.TOGGLE).orElseThrow().url()).isEqualTo(url(site, task, Lang.EN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"merthyr-tydfil"})
    void aTaskWithoutAWelshPageTogglesToTheWelshHomeWhichLeadsBackHome(String councilId) {
        SimulatedSite site = site(councilId);
        SitePlan plan = site.context().plan();
        PlanPage task = plan.taskPage("missed-bin");
        PageFacts english = fetchAndAnalyse(site, url(site, task, Lang.EN));

        PageTwin guess = english.twin(Method.PATH_CONVENTION).orElseThrow();
        assertThat(guess.raw()).isEqualTo(site.context().address(task, Lang.CY));
        assertThat(guess.evidence()).isEqualTo("language=1 -> language=2");
        assertThat(get(site, guess.url()).status())
                .as("no Welsh page is planted")
                .isEqualTo(404);

        PageFacts welshHome =
                fetchAndAnalyse(site, english.welshTwin().orElseThrow().url());
        assertThat(welshHome.isWelsh()).isTrue();
        assertThat(welshHome.englishTwin().orElseThrow().url())
                .as("the twin's own twin is the English home page, not the task: not the same page")
                .isEqualTo(url(site, plan.home(), Lang.EN))
                .isNotEqualTo(english.url());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"merthyr-tydfil", "caerphilly"})
    void theWindows1252PageKeepsItsPoundSigns(String councilId) {
        SimulatedSite site = site(councilId);
        PlanPage legacy = site.context().plan().ofKind(PageKind.LEGACY_CHARSET).get(0);

        PageFacts facts = fetchAndAnalyse(site, url(site, legacy, Lang.EN));

        CharsetDecision charset = facts.charset().orElseThrow();
        assertThat(charset.charset().name()).isEqualTo("windows-1252");
        assertThat(charset.source()).isEqualTo(CharsetSource.HTTP_HEADER);
        assertThat(charset.malformed()).isFalse();
        assertThat(facts.title()).contains("Archived notices (£ charges, café licences)");
    }
}
