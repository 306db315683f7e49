package wales.councilaudit.sandbox.thirdparty;

import java.util.Locale;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.site.Forms;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.ThirdPartyLinks;

/**
 * The third-party hosts council task journeys leave to: planning portals in the style of Idox Public Access on
 * {@code *idoxcloud.wales}, the all-Wales library catalogue, a waste services platform and GOV.UK's Blue Badge
 * service. Each serves the start of its online service and a form whose submissions it records. These hosts are
 * not on the sandbox's submission allow-list. Thread-safe.
 */
public final class ThirdPartySites {

    private final SubmissionLog submissions;

    public ThirdPartySites(SubmissionLog submissions) {
        this.submissions = submissions;
    }

    /** Whether {@code host} is one of the third-party hosts. */
    public static boolean serves(String host) {
        return host.endsWith("idoxcloud.wales")
                || host.equals(ThirdPartyLinks.LIBRARY_HOST)
                || host.equals(ThirdPartyLinks.WASTE_HOST)
                || host.equals(ThirdPartyLinks.BLUE_BADGE_HOST);
    }

    public SiteResponse respond(SiteRequest request) {
        if (request.method().toUpperCase(Locale.ROOT).equals("POST")) {
            submissions.record(request.host(), request.path(), request.form());
            return page(Lang.EN, "Submitted", "<p>Thank you. Your reference is SBX-0001.</p>");
        }
        String host = request.host();
        String path = request.path();
        if (host.endsWith("idoxcloud.wales")) {
            return planning(request);
        }
        if (host.equals(ThirdPartyLinks.LIBRARY_HOST)
                && path.matches("/client/(en|cy)_GB/[a-z-]+/search/patronlogin")) {
            Lang lang = path.startsWith("/client/cy_GB") ? Lang.CY : Lang.EN;
            return form(
                    lang,
                    lang == Lang.EN ? "Log in to renew your loans" : "Mewngofnodi i adnewyddu eich benthyciadau",
                    "library-renewal",
                    path + "/login");
        }
        if (host.equals(ThirdPartyLinks.WASTE_HOST) && path.matches("/[a-z-]+/missed-bin")) {
            Lang lang = request.param("lang").filter("cy"::equals).isPresent() ? Lang.CY : Lang.EN;
            return form(
                    lang,
                    lang == Lang.EN ? "Report a missed collection" : "Rhoi gwybod am gasgliad a fethwyd",
                    "missed-bin",
                    path + "/submit");
        }
        if (host.equals(ThirdPartyLinks.BLUE_BADGE_HOST)) {
            return govUk(path);
        }
        return SiteResponse.notFound();
    }

    private SiteResponse planning(SiteRequest request) {
        String path = request.path();
        Lang lang = request.param("lang").filter("cy"::equals).isPresent() ? Lang.CY : Lang.EN;
        if (path.equals("/online-applications/applicationDetails.do")
                && request.param("activeTab").filter("makeComment"::equals).isPresent()) {
            return form(
                    lang,
                    lang == Lang.EN ? "Comment on application SBX/0001" : "Rhoi sylwadau ar gais SBX/0001",
                    "planning-objection",
                    "/online-applications/comments.do");
        }
        if (path.equals("/online-applications") || path.equals("/online-applications/")) {
            return page(
                    lang,
                    lang == Lang.EN ? "Planning – simple search" : "Cynllunio – chwiliad syml",
                    "<form method=\"get\" action=\"/online-applications/search.do\"><label for=\"searchCriteria\">"
                            + (lang == Lang.EN
                                    ? "Reference, address or keyword"
                                    : "Cyfeirnod, cyfeiriad neu allweddair")
                            + "</label><input type=\"text\" id=\"searchCriteria\" name=\"searchCriteria\">"
                            + "<button type=\"submit\">" + (lang == Lang.EN ? "Search" : "Chwilio")
                            + "</button></form>");
        }
        return SiteResponse.notFound();
    }

    private SiteResponse govUk(String path) {
        if (path.equals("/apply-blue-badge") || path.equals("/gwneud-cais-bathodyn-glas")) {
            Lang lang = path.equals("/apply-blue-badge") ? Lang.EN : Lang.CY;
            return page(
                    lang,
                    lang == Lang.EN ? "Apply for or renew a Blue Badge" : "Gwneud cais am Fathodyn Glas",
                    "<p><a class=\"button\" href=\"" + path + "/form\">"
                            + (lang == Lang.EN ? "Start now" : "Dechrau nawr") + "</a></p>");
        }
        if (path.equals("/apply-blue-badge/form") || path.equals("/gwneud-cais-bathodyn-glas/form")) {
            Lang lang = path.startsWith("/apply") ? Lang.EN : Lang.CY;
            return form(lang, lang == Lang.EN ? "Your details" : "Eich manylion", "blue-badge", path + "/submit");
        }
        return SiteResponse.notFound();
    }

    private static SiteResponse form(Lang lang, String title, String taskId, String action) {
        return page(lang, title, Forms.render(taskId, lang, action, true));
    }

    private static SiteResponse page(Lang lang, String title, String body) {
        return SiteResponse.html(
                200,
                "<!doctype html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + Html.escape(title)
                        + "</title></head><body><header><p>Online services</p></header><main><h1>" + Html.escape(title)
                        + "</h1>"
                        + body + "</main></body></html>");
    }
}
