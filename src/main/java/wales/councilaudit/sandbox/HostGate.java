package wales.councilaudit.sandbox;

import java.util.Locale;
import java.util.function.Function;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;

/**
 * What a council's hosts do before its site answers, by {@link DomainScenario}: refuse bots, be unavailable,
 * loop, or redirect an alias to the main host. Thread-safe.
 */
final class HostGate implements Function<SiteRequest, SiteResponse> {

    private final DomainScenario scenario;
    private final CouncilHosting hosting;
    private final int port;
    private final Function<SiteRequest, SiteResponse> site;

    HostGate(DomainScenario scenario, CouncilHosting hosting, int port, Function<SiteRequest, SiteResponse> site) {
        this.scenario = scenario;
        this.hosting = hosting;
        this.port = port;
        this.site = site;
    }

    @Override
    public SiteResponse apply(SiteRequest request) {
        switch (scenario) {
            case FORBIDS_BOTS:
                if (!looksLikeABrowser(request.header("user-agent").orElse(""))) {
                    return SiteResponse.html(
                            DomainScenario.BOT_REFUSAL_STATUS,
                            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                    + "<title>Access denied</title></head><body><main><h1>Access denied</h1><p>Automated "
                                    + "access to this site is not permitted.</p></main></body></html>");
                }
                break;
            case ALWAYS_UNAVAILABLE:
                return SiteResponse.html(
                                503,
                                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                        + "<title>Service unavailable</title></head><body><main><h1>Service unavailable</h1>"
                                        + "</main></body></html>")
                        .withHeader("Retry-After", "1");
            case REDIRECT_LOOP:
                String next = request.path().equals("/home") ? "/" : "/home";
                return SiteResponse.redirect(302, "http://" + request.host() + ":" + port + next);
            default:
                break;
        }
        String target = hosting.redirects().get(request.host());
        if (target != null) {
            return SiteResponse.redirect(301, "http://" + target + ":" + port + request.pathAndQuery());
        }
        return site.apply(request);
    }

    /**
     * A regular browser's User-Agent: {@code Mozilla/} and no sign of automation. Our own tools say who they are
     * (council-audit), and headless Chromium says HeadlessChrome unless told otherwise.
     */
    static boolean looksLikeABrowser(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return ua.contains("mozilla/")
                && !ua.contains("headlesschrome")
                && !ua.contains("bot")
                && !ua.contains("council-audit");
    }
}
