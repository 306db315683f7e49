package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a page's twin from the address conventions of bilingual council sites, when the page itself says
 * nothing better. Towards Welsh, the first rule that applies:
 *
 * <ol>
 *   <li>{@code /en/…} to {@code /cy/…} (Welsh-first sites such as Gwynedd's);
 *   <li>{@code /ENG/…} to {@code /CYM/…} (SharePoint sites such as Cardiff's; the case of the segment is kept);
 *   <li>{@code language=1} to {@code language=2}, {@code language=en} or {@code lang=en} to {@code ...=cy} in the
 *       query (legacy {@code doc.asp?doc=N&language=1} sites);
 *   <li>only when none applies, and the path is not under {@code /cy} already: {@code /…} to {@code /cy/…}, and
 *       {@code /} to {@code /cy} (Drupal's language prefix). Drupal translates the words of its paths too, so this
 *       last guess is often wrong; the crawler checks it.
 * </ol>
 *
 * Towards English the same rules run backwards, except the last; {@code /cy/…} gives two guesses, {@code /en/…}
 * and {@code /…}, the first of them first when the page links to anything under {@code /en/} on its own host.
 * Host, port and the rest of the address are kept. Stateless and thread-safe.
 */
final class WelshPathConvention {

    /**
     * One rewrite: a segment at the start of the path (its evidence is made from the segment as written), or a
     * parameter's value in the query.
     */
    private record Rule(Pattern pattern, String replacement, boolean inQuery, String evidence) {

        static Rule path(String from, String to) {
            return new Rule(Pattern.compile("^/" + from + "(?=/|$)", Pattern.CASE_INSENSITIVE), to, false, "");
        }

        static Rule query(String parameter, String from, String to) {
            return new Rule(
                    Pattern.compile("(?<=^|&)" + parameter + "=" + from + "(?=&|$)"),
                    parameter + "=" + to,
                    true,
                    parameter + "=" + from + " -> " + parameter + "=" + to);
        }
    }

    private static final List<Rule> TO_WELSH = List.of(
            Rule.path("en", "cy"),
            Rule.path("eng", "cym"),
            Rule.query("language", "1", "2"),
            Rule.query("language", "en", "cy"),
            Rule.query("lang", "en", "cy"));

    private static final List<Rule> TO_ENGLISH = List.of(
            Rule.path("cym", "eng"),
            Rule.query("language", "2", "1"),
            Rule.query("language", "cy", "en"),
            Rule.query("lang", "cy", "en"));

    private static final Pattern WELSH_PREFIX = Pattern.compile("^/cy(?=/|$)", Pattern.CASE_INSENSITIVE);

    private WelshPathConvention() {}

    /**
     * The guesses for {@code page}'s twin in {@code language}, best first; empty when no rule applies.
     *
     * @param page the page's URL, absolute, without a fragment
     * @param language {@link PageTwin#WELSH} or {@link PageTwin#ENGLISH}
     * @param outlinks the page's outlinks, the hint for a Welsh page under {@code /cy/}
     */
    static List<PageTwin> candidates(URI page, String language, List<PageLink> outlinks) {
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        String query = page.getRawQuery();
        boolean toWelsh = language.equals(PageTwin.WELSH);
        if (!toWelsh && WELSH_PREFIX.matcher(path).find()) {
            return englishOfWelshPrefix(page, path, query, outlinks);
        }
        for (Rule rule : toWelsh ? TO_WELSH : TO_ENGLISH) {
            Optional<PageTwin> twin = apply(rule, page, path, query, language);
            if (twin.isPresent()) {
                return List.of(twin.get());
            }
        }
        if (toWelsh && !WELSH_PREFIX.matcher(path).find()) {
            String welsh = path.equals("/") ? "/cy" : "/cy" + path;
            return List.of(twin(page, welsh, query, language, "/... -> /cy/..."));
        }
        return List.of();
    }

    private static Optional<PageTwin> apply(Rule rule, URI page, String path, String query, String language) {
        String target = rule.inQuery() ? query : path;
        if (target == null) {
            return Optional.empty();
        }
        Matcher matcher = rule.pattern().matcher(target);
        if (!matcher.find()) {
            return Optional.empty();
        }
        if (rule.inQuery()) {
            String rewritten =
                    target.substring(0, matcher.start()) + rule.replacement() + target.substring(matcher.end());
            return Optional.of(twin(page, path, rewritten, language, rule.evidence()));
        }
        String segment = "/" + sameCase(matcher.group(), rule.replacement());
        String evidence = matcher.group() + "/ -> " + segment + "/";
        return Optional.of(twin(page, segment + target.substring(matcher.end()), query, language, evidence));
    }

    private static List<PageTwin> englishOfWelshPrefix(URI page, String path, String query, List<PageLink> outlinks) {
        Matcher prefix = WELSH_PREFIX.matcher(path);
        prefix.find();
        String rest = path.substring(prefix.end());
        PageTwin underEn =
                twin(page, "/" + sameCase(prefix.group(), "en") + rest, query, PageTwin.ENGLISH, "/cy/ -> /en/");
        PageTwin atRoot = twin(page, rest.isEmpty() ? "/" : rest, query, PageTwin.ENGLISH, "/cy/ -> /");
        boolean linksUnderEn = outlinks.stream()
                .map(PageLink::url)
                .anyMatch(u -> u.getRawAuthority().equalsIgnoreCase(page.getRawAuthority())
                        && u.getRawPath() != null
                        && u.getRawPath().toLowerCase(Locale.ROOT).matches("^/en(/.*)?$"));
        return linksUnderEn ? List.of(underEn, atRoot) : List.of(atRoot, underEn);
    }

    /** {@code word} written in the case of {@code model}'s letters: all upper, capitalised, or lower. */
    private static String sameCase(String model, String word) {
        String letters = model.replace("/", "");
        if (letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(letters.charAt(0))) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        return word;
    }

    private static PageTwin twin(URI page, String path, String query, String language, String evidence) {
        String raw = query == null ? path : path + "?" + query;
        URI url = URI.create(page.getScheme() + "://" + page.getRawAuthority() + raw);
        return new PageTwin(language, url, PageTwin.Method.PATH_CONVENTION, raw, evidence);
    }
}
