package wales.councilaudit.sandbox.site;

import java.util.List;

/**
 * One page of a simulated site, independent of language and style: the style decides its address and markup.
 *
 * @param key unique and stable within the site, for example {@code task/missed-bin} or {@code news/17}
 * @param kind what the page is for
 * @param title its title in both languages
 * @param summary its first paragraph in both languages
 * @param slug the words of its address in both languages (lower case, hyphenated)
 * @param parent the key of the page above it in the navigation; empty for the home page
 * @param links the keys of the pages its body links to, in order
 * @param task the id of the top task or navigation task it belongs to; empty otherwise
 * @param welsh whether the page exists in Welsh
 */
public record PlanPage(
        String key,
        PageKind kind,
        Text title,
        Text summary,
        Text slug,
        String parent,
        List<String> links,
        String task,
        boolean welsh) {

    public PlanPage {
        links = List.copyOf(links);
    }

    public boolean exists(Lang lang) {
        return lang == Lang.EN || welsh;
    }
}
