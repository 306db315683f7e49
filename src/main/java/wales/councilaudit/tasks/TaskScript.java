package wales.councilaudit.tasks;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One task script of {@code task-scripts/} (schema: {@code docs/tasks-stage.md}): a top task (kind {@code task}) or
 * a navigation task behind "tools for accessing content" (kind {@code tool}). Immutable.
 *
 * @param id lower-case letters, digits and hyphens; the file's name without {@code .yaml}
 * @param kind a top task (journeys end at the online transaction) or a tool (journeys end at the page)
 * @param name the task's name in both languages (one entry each)
 * @param maxClicks navigation finds the task when its page is at most this many clicks from the home page
 * @param exploreClicks how deep a journey looks for the task page by navigation, at least {@code maxClicks}
 * @param words link words that lead towards the task (service and task words), per language
 * @param search what is typed into the site search, per language (one entry each)
 * @param atoz A–Z entries the task may be listed under; the letter pages of their first letters are opened
 * @param taskPage regular expressions (case-insensitive, accents ignored) that mark the task page's heading and the
 *     text of links to it, per language
 * @param taskUrls regular expressions on the address of the task page
 * @param landingPage regular expressions for the headings of the service's landing page, matched at the start
 * @param startLinks regular expressions for the text of a start link to the online service, per language
 * @param thirdPartyHosts hosts the transaction may legitimately lead to ({@code *.domain} allowed)
 * @param source where the script was read from, for messages
 */
public record TaskScript(
        String id,
        Kind kind,
        Bilingual name,
        int maxClicks,
        int exploreClicks,
        Bilingual words,
        Bilingual search,
        Bilingual atoz,
        Bilingual taskPage,
        List<String> taskUrls,
        Bilingual landingPage,
        Bilingual startLinks,
        List<String> thirdPartyHosts,
        String source) {

    /** A top task or a navigation task. */
    public enum Kind {
        TASK,
        TOOL
    }

    public TaskScript {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        taskUrls = List.copyOf(taskUrls);
        thirdPartyHosts = List.copyOf(thirdPartyHosts);
    }

    /** Whether a heading or link text names the task page in {@code lang}. */
    public boolean namesTaskPage(String text, Lang lang) {
        return anyFind(taskPage.in(lang), text, false);
    }

    /** Whether an address looks like the task page's. */
    public boolean taskAddress(String url) {
        String path = url == null ? "" : url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        for (String p : taskUrls) {
            // the match must end the path, or be followed by one folder and a file name (Pages/default.aspx)
            if (Pattern.compile("(?:" + p + ")(?:/?$|(?:/[^/]+)?/[^/]*\\.(?:aspx?|html?|php)$)")
                    .matcher(path)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a heading is one of the service landing page's (matched at its start). */
    public boolean landingHeading(String heading, Lang lang) {
        return anyFind(landingPage.in(lang), heading, true);
    }

    /** Whether a link's text is a start link to the online service. */
    public boolean startLink(String text, Lang lang) {
        return anyFind(startLinks.in(lang), text, false);
    }

    /**
     * A link's scent with no page to judge it against: {@link #NEW_WORD} for each of the script's words the text holds,
     * as whole words (case and accents ignored).
     */
    public int score(String text, Lang lang) {
        return score(text, "", lang);
    }

    /**
     * A link's scent on a page: each of the script's words the link's text holds scores {@value #NEW_WORD} when the
     * page's heading does not already hold it, 1 when it does. On a "Jobs and careers" page, "Working for the
     * council" (a new word) outranks "Annual report: jobs and careers" (the section's own name repeated), as a reader
     * would judge them; a site's sub-pages that only repeat the section's name still count, below the rest.
     *
     * @param pageHeading the heading (or title) of the page the link is on; empty for none
     */
    public int score(String text, String pageHeading, Lang lang) {
        List<String> tokens = tokens(text);
        List<String> context = tokens(pageHeading);
        int n = 0;
        for (String word : words.in(lang)) {
            String w = normalise(word);
            if (tokens.contains(w)) {
                n += context.contains(w) ? 1 : NEW_WORD;
            }
        }
        return n;
    }

    /** What a script word the page's heading does not already hold counts for, against 1 for a repeated one. */
    public static final int NEW_WORD = 10;

    private static List<String> tokens(String text) {
        return List.of(normalise(text).split("[^a-z0-9']+"));
    }

    /** Lower case, accents removed, curly apostrophes made straight, spaces collapsed. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").trim();
    }

    private static boolean anyFind(List<String> patterns, String text, boolean atStart) {
        String t = normalise(text);
        for (String p : patterns) {
            Pattern pattern = Pattern.compile((atStart ? "^(?:" : "(?:") + normalise(p) + ")");
            if (pattern.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
