package wales.councilaudit.sandbox.site;

import java.util.List;
import java.util.Optional;
import wales.councilaudit.sandbox.profile.AccessibilityPlant;
import wales.councilaudit.sandbox.profile.AxeRule;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.TaskPlant;

/**
 * The parts every style shares because they carry the planted facts: the head (viewport, title, language), the
 * stylesheet's planted mobile and focus faults, the planted axe faults, the cookie banner, the keyboard trap, the
 * task's online action and the crawling plants in content pages. Keeping them here keeps the answer key true
 * whatever the style. Thread-safe.
 */
public final class PageParts {

    public static final String CONSENT_COOKIE = "cookie_consent";
    public static final String PHONE = "0300 123 4567";

    private final SiteContext context;
    private final CouncilProfile profile;

    PageParts(SiteContext context) {
        this.context = context;
        this.profile = context.profile();
    }

    /** {@code <!doctype html><html lang=..><head>...</head>}, with the planted head faults of the page. */
    public String documentStart(PlanPage page, Lang lang, String title, String extraHead) {
        List<AxeRule> faults = faults(page);
        String langAttribute = faults.contains(AxeRule.HTML_HAS_LANG) ? "" : " lang=\"" + lang.code() + "\"";
        String titleText = faults.contains(AxeRule.DOCUMENT_TITLE) ? "" : Html.escape(title);
        String charset = page.kind() == PageKind.LEGACY_CHARSET ? "windows-1252" : "utf-8";
        return "<!doctype html><html" + langAttribute + "><head><meta charset=\"" + charset + "\">" + viewport()
                + "<title>" + titleText + "</title>" + alternates(page, lang) + "<style>" + css() + "</style>"
                + extraHead + "</head>";
    }

    /**
     * The document start of a page outside the plan (search results): the site's viewport and stylesheet, none of
     * a planned page's planted head faults and no language alternate.
     */
    public String documentStart(Lang lang, String title, String extraHead) {
        return "<!doctype html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">" + viewport()
                + "<title>" + Html.escape(title) + "</title><style>" + css() + "</style>" + extraHead + "</head>";
    }

    private String viewport() {
        return switch (profile.mobile().viewport()) {
            case GOOD -> "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
            case NO_ZOOM ->
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1,"
                        + " user-scalable=no\">";
            case MISSING -> "";
        };
    }

    private String alternates(PlanPage page, Lang lang) {
        if (!page.exists(lang.other())) {
            return "";
        }
        Lang other = lang.other();
        return "<link rel=\"alternate\" hreflang=\"" + other.code() + "\" href=\""
                + Html.escape(context.absolute(other, context.address(page, other))) + "\">";
    }

    /** The shared stylesheet with the site's planted mobile and focus faults. */
    public String css() {
        MobilePlant mobile = profile.mobile();
        StringBuilder css = new StringBuilder("body{font-family:Arial,sans-serif;margin:0;color:#1a1a1a;"
                + "background:#fff;font-size:" + (mobile.tinyText() ? "10px" : "16px") + ";line-height:1.5}"
                + "a{color:#1d4f91}a:hover{color:#0b2c57}"
                + "main{padding:1rem;max-width:60rem}img{max-width:100%}"
                + ".cookie-banner{position:fixed;left:0;right:0;bottom:0;background:#0b0c0c;color:#fff;padding:1rem}"
                + ".cookie-banner button{margin-right:1rem;padding:.5rem 1rem}"
                + ".button{display:inline-block;background:#00703c;color:#fff;padding:.6rem 1.2rem;"
                + "text-decoration:none}"
                + ".field{margin-bottom:1rem}.field label{display:block;font-weight:bold}"
                // Links in lists and table cells are tap targets at least 24 px high (WCAG 2.2 SC 2.5.8): only the
                // planted small links below are too small.
                + "li>a,td>a{display:inline-block;min-height:24px}");
        if (profile.accessibility().invisibleFocus()) {
            css.append("a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:none}");
        } else {
            css.append(":focus{outline:3px solid #ffbf47;outline-offset:0}");
        }
        if (mobile.homeOverflows()) {
            css.append(".fixed-layout{width:1200px}");
        }
        if (mobile.smallTargets()) {
            // 12 px text (legible) in 12 px high boxes stacked with no gap: too small for WCAG 2.2 SC 2.5.8's 24 by
            // 24 px, and too close for its spacing exception (a 24 px circle on each one's centre reaches the next;
            // side by side, wide links' centres are far enough apart to pass).
            css.append(".small-links a{display:block;width:max-content;font-size:12px;line-height:12px;padding:0;"
                    + "margin:0}");
        }
        if (mobile.tinyText()) {
            // every element, headings and a style's own sizes included: none of the text is legible
            css.append("body,body *{font-size:10px!important}");
        }
        // narrow screens, and phones whatever their layout width: without a meta viewport a phone lays the page out
        // 980 px wide, and the planted "does not work on a phone" must hold there too
        css.append(
                "@media (max-width:600px),(pointer:coarse) and (max-device-width:600px){.desktop-only{display:none}}");
        return css.toString();
    }

    /** The axe faults planted on this page. */
    public List<AxeRule> faults(PlanPage page) {
        AccessibilityPlant plant = profile.accessibility();
        if (page.kind() == PageKind.HOME) {
            return plant.home();
        }
        if (page.kind() == PageKind.FORM
                || (page.kind() == PageKind.TASK && CouncilProfile.TASKS.contains(page.task()))) {
            return plant.taskPages();
        }
        return List.of();
    }

    /** The body markup of the page's planted faults (placed inside {@code main}). */
    public String plantedMarkup(PlanPage page) {
        StringBuilder html = new StringBuilder();
        for (AxeRule rule : faults(page)) {
            html.append(rule.markup());
        }
        if (page.kind() == PageKind.HOME && profile.accessibility().keyboardTrap()) {
            html.append("<div class=\"newsletter\"><label for=\"newsletter-email\">Newsletter</label>"
                    + "<input type=\"email\" id=\"newsletter-email\" name=\"email\"></div>"
                    + "<script>document.getElementById('newsletter-email').addEventListener('keydown',function(e){"
                    + "if(e.key==='Tab'){e.preventDefault();this.focus();}});</script>");
        }
        return html.toString();
    }

    /** The cookie banner in the page's language, removed at once when consent was already given. */
    public String cookieBanner(Lang lang) {
        if (!profile.features().cookieBanner()) {
            return "";
        }
        boolean en = lang == Lang.EN;
        return "<div class=\"cookie-banner\" id=\"cookie-banner\" role=\"region\" aria-label=\""
                + (en ? "Cookies on this website" : "Cwcis ar y wefan hon") + "\"><p>"
                + (en
                        ? "We use cookies to make this website work and to understand how you use it."
                        : "Rydym yn defnyddio cwcis i wneud i'r wefan hon weithio ac i ddeall sut rydych yn ei defnyddio.")
                + "</p><button type=\"button\" data-consent=\"accept\">" + (en ? "Accept cookies" : "Derbyn cwcis")
                + "</button><button type=\"button\" data-consent=\"reject\">"
                + (en ? "Reject cookies" : "Gwrthod cwcis")
                + "</button></div><script>(function(){var b=document.getElementById('cookie-banner');"
                + "if(document.cookie.indexOf('" + CONSENT_COOKIE + "=')>=0){b.remove();return;}"
                + "b.querySelectorAll('button').forEach(function(x){x.addEventListener('click',function(){"
                + "document.cookie='" + CONSENT_COOKIE + "='+x.getAttribute('data-consent')+';path=/';b.remove();});});"
                + "})();</script>";
    }

    /**
     * A task page's online action: the form itself, a start link (to the council's own form or a third-party
     * service), or a phone number; hidden on narrow screens when the journey is planted as not working on a phone.
     */
    public String taskAction(PlanPage page, Lang lang) {
        if (!CouncilProfile.TASKS.contains(page.task())) {
            return "";
        }
        TaskPlant plant = profile.tasks().get(page.task());
        Vocabulary.Task words = Vocabulary.task(page.task());
        String action;
        if (plant.online() == TaskPlant.Online.NONE) {
            action = "<p>" + (lang == Lang.EN ? "To do this, call us on " : "I wneud hyn, ffoniwch ni ar ") + PHONE
                    + (lang == Lang.EN ? ", Monday to Friday, 9am to 5pm." : ", dydd Llun i ddydd Gwener, 9am i 5pm.")
                    + "</p>";
        } else if (plant.thirdParty()) {
            action = startLink(
                    ThirdPartyLinks.startUrl(page.task(), profile.council(), lang, context.port()), words, lang);
        } else if (plant.online() == TaskPlant.Online.START_LINK) {
            String target = brokenStartLink(page, profile).orElseGet(() -> context.href("form/" + page.task(), lang));
            action = startLink(target, words, lang);
        } else {
            action = Forms.render(page.task(), lang, "/forms/" + page.task() + "/submit", plant.labelled());
        }
        if (!plant.mobile()) {
            return "<div class=\"task-action desktop-only\">" + action + "</div><p>"
                    + (lang == Lang.EN ? "Please use a computer to do this." : "Defnyddiwch gyfrifiadur i wneud hyn.")
                    + "</p>";
        }
        return "<div class=\"task-action\">" + action + "</div>";
    }

    /**
     * The start link of a task page planted as a broken step: a top task whose start link leads to the council's
     * own form, planted {@code broken}, links to {@code /forms/<task>/unavailable} (on the page's host), which
     * answers 500. Empty for every other page.
     */
    public static Optional<String> brokenStartLink(PlanPage page, CouncilProfile profile) {
        if (page.kind() != PageKind.TASK || !CouncilProfile.TASKS.contains(page.task())) {
            return Optional.empty();
        }
        TaskPlant plant = profile.tasks().get(page.task());
        boolean broken = plant.online() == TaskPlant.Online.START_LINK && !plant.thirdParty() && plant.broken();
        return broken ? Optional.of(Forms.unavailableAddress(page.task())) : Optional.empty();
    }

    private static String startLink(String href, Vocabulary.Task words, Lang lang) {
        return "<p><a class=\"button start\" href=\"" + Html.escape(href) + "\">"
                + Html.escape(words.action().in(lang)) + "</a></p>";
    }

    /** The council's own online form (a FORM page). */
    public String ownForm(PlanPage page, Lang lang) {
        TaskPlant plant = profile.tasks().get(page.task());
        return Forms.render(page.task(), lang, "/forms/" + page.task() + "/submit", plant.labelled());
    }

    /**
     * Crawling plants inside generated pages: a wide table in guidance pages when planted, then the page's planted
     * links ({@link CrawlPlants#links}): the events calendar, an old address, a retired page, a PDF.
     */
    public String contentExtras(PlanPage page, Lang lang) {
        StringBuilder html = new StringBuilder();
        if (page.kind() == PageKind.CONTENT && profile.mobile().contentOverflows()) {
            // wider than the 980 px a page without a viewport is laid out at, so it overflows on a phone either way
            html.append("<table style=\"min-width:1100px\"><caption>")
                    .append(lang == Lang.EN ? "Charges" : "Taliadau")
                    .append("</caption><tr><th scope=\"col\">Item</th><th scope=\"col\">2025</th>"
                            + "<th scope=\"col\">2026</th></tr><tr><td>Standard</td><td>£10</td><td>£11</td></tr>"
                            + "</table>");
        }
        for (CrawlPlants.PlantedLink link : CrawlPlants.links(page, profile.crawl())) {
            html.append("<p><a href=\"")
                    .append(Html.escape(link.href()))
                    .append("\">")
                    .append(linkText(link.kind()).in(lang)) // plain text, no markup
                    .append("</a></p>");
        }
        return html.toString();
    }

    private static Text linkText(CrawlPlants.PlantedLink.Kind kind) {
        return switch (kind) {
            case CALENDAR -> new Text("What's on", "Beth sydd ymlaen");
            case OLD_ADDRESS -> new Text("Earlier announcement", "Cyhoeddiad cynharach");
            case RETIRED_PAGE -> new Text("Older information", "Hen wybodaeth");
            case PDF -> new Text("Download the guidance (PDF)", "Lawrlwytho'r canllawiau (PDF)");
        };
    }

    /** The footer's links; tiny tap targets when planted. */
    public String footerLinks(Lang lang) {
        boolean en = lang == Lang.EN;
        String cls = profile.mobile().smallTargets() ? "small-links" : "footer-links";
        return "<div class=\"" + cls + "\"><a href=\"#\">" + (en ? "Accessibility" : "Hygyrchedd") + "</a> "
                + "<a href=\"#\">" + (en ? "Privacy" : "Preifatrwydd") + "</a> "
                + "<a href=\"#\">" + (en ? "Contact us" : "Cysylltu â ni") + "</a> "
                + "<a href=\"#\">" + (en ? "Cookies" : "Cwcis") + "</a></div>";
    }

    /**
     * Everything a page's body must carry whatever the style: its text, its planted faults, a task page's online
     * action or a form page's form, and the crawling plants. Styles wrap it in their own markup.
     */
    public String plantedContent(PlanPage page, Lang lang) {
        StringBuilder html = new StringBuilder(bodyText(page, lang)).append(plantedMarkup(page));
        if (page.kind() == PageKind.TASK) {
            html.append(taskAction(page, lang));
        } else if (page.kind() == PageKind.FORM) {
            html.append(ownForm(page, lang));
        }
        return html.append(contentExtras(page, lang)).toString();
    }

    /**
     * The pages a page's body links to in {@code lang}: its planned links, without the sections (the navigation
     * has them) and without pages missing in that language.
     */
    public List<PlanPage> childPages(PlanPage page, Lang lang) {
        return page.links().stream()
                .map(key -> context.plan().page(key))
                .filter(p -> p.kind() != PageKind.SECTION && p.exists(lang))
                .toList();
    }

    /** A link to a page in the same language, with its title as the text, both escaped. */
    public String link(PlanPage target, Lang lang) {
        return "<a href=\"" + Html.escape(context.href(target, lang, lang)) + "\">"
                + Html.escape(target.title().in(lang)) + "</a>";
    }

    /** The page's body text: its summary and a paragraph of its kind. */
    public String bodyText(PlanPage page, Lang lang) {
        return "<p>" + Html.escape(page.summary().in(lang)) + "</p>";
    }
}
