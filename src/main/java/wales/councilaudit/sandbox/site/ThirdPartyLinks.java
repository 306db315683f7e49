package wales.councilaudit.sandbox.site;

import java.util.List;

/**
 * Where a council's task journeys leave its own domain: the planning portal in the style of the Idox ones on
 * {@code *idoxcloud.wales}, the shared all-Wales library catalogue, a waste services platform and a Blue Badge
 * service in the manner of GOV.UK's. The sandbox serves all of them.
 *
 * <p>The Blue Badge service is not on {@code www.gov.uk}, the real service's host: that name is on Chromium's HSTS
 * preload list, so the browser turns {@code http://www.gov.uk:PORT} into HTTPS whatever the resolver rules say, and
 * the sandbox's plain-HTTP answer never arrives (measured: every journey through it timed out in the browser, while
 * the JDK's client, which knows no preload list, was answered in milliseconds).
 */
public final class ThirdPartyLinks {

    public static final String LIBRARY_HOST = "wales.ent.sirsidynix.net.uk";
    public static final String WASTE_HOST = "www.wastecollections.wales";
    public static final String BLUE_BADGE_HOST = "www.bluebadge.wales";

    private ThirdPartyLinks() {}

    /** The planning portal's host for a council, for example {@code www.cardiffidoxcloud.wales}. */
    public static String planningHost(String councilId) {
        String stem =
                switch (councilId) {
                    case "rhondda-cynon-taff" -> "rct";
                    case "isle-of-anglesey" -> "anglesey";
                    default -> councilId.replace("-", "");
                };
        return "www." + stem + "idoxcloud.wales";
    }

    /** Every third-party host the sandbox serves for these councils. */
    public static List<String> hosts(List<String> councilIds) {
        List<String> hosts = new java.util.ArrayList<>();
        councilIds.forEach(id -> hosts.add(planningHost(id)));
        hosts.add(LIBRARY_HOST);
        hosts.add(WASTE_HOST);
        hosts.add(BLUE_BADGE_HOST);
        return hosts;
    }

    /** The absolute address of a task's online service on its third-party host. */
    public static String startUrl(String taskId, String councilId, Lang lang, int port) {
        String p = ":" + port;
        return switch (taskId) {
            case "planning-objection" ->
                "http://" + planningHost(councilId) + p
                        + "/online-applications/applicationDetails.do?activeTab=makeComment&keyVal=SBX"
                        + (lang == Lang.CY ? "&lang=cy" : "");
            case "library-renewal" ->
                "http://" + LIBRARY_HOST + p + "/client/" + (lang == Lang.CY ? "cy_GB" : "en_GB") + "/" + councilId
                        + "/search/patronlogin";
            case "missed-bin" ->
                "http://" + WASTE_HOST + p + "/" + councilId + "/missed-bin" + (lang == Lang.CY ? "?lang=cy" : "");
            case "blue-badge" ->
                "http://" + BLUE_BADGE_HOST + p
                        + (lang == Lang.CY ? "/gwneud-cais-bathodyn-glas" : "/apply-blue-badge");
            default -> throw new IllegalArgumentException("no third-party service for task " + taskId);
        };
    }
}
