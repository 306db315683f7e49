package wales.councilaudit.bench;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The pages of a {@link GeneratedSite}, made from their number alone, so that no page is held in memory and the
 * same number always gives the same bytes (on any JDK: the randomness is a fixed SplitMix64, not the JDK's).
 *
 * <p>Page 0 is the home page at {@code /}; page {@code n} ({@code 1 ≤ n < pages}) is at {@code /p/<n>.html}. The
 * site is a tree: page {@code n} links to its children {@code 10n+1 … 10n+10} (those that exist), so every page is
 * reachable from {@code /}. Every page also links to the ten section pages (1–10) in its header, to its ancestors
 * in a breadcrumb, to three pseudo-random pages ("related"), to a few fixed footer pages, to itself through a
 * skip link ({@code #main}), and off the site (two external hosts and a {@code mailto:}), so a crawler must
 * de-duplicate, drop fragments and keep to the host. Pages are about 6–10 KB of UTF-8 HTML with {@code lang="en"}.
 */
final class SitePages {

    /** The header's sections: pages 1 to 10. */
    static final String[] SECTIONS = {
        "Bins and recycling",
        "Council Tax",
        "Planning and building control",
        "Schools and learning",
        "Roads and transport",
        "Housing",
        "Social care and well-being",
        "Libraries and leisure",
        "Jobs and careers",
        "Your council"
    };

    private static final String[] FOOTER = {"Contact us", "Accessibility statement", "Privacy notice", "Cookies"};

    /** Footer pages are 11 to 14 (when the site has them). */
    private static final int FIRST_FOOTER_PAGE = 11;

    private static final int CHILDREN = 10;
    private static final int RELATED = 3;

    /** The main text's length in characters: at least this, plus up to {@link #TEXT_SPREAD}. */
    private static final int TEXT_MIN = 3_700;

    private static final int TEXT_SPREAD = 2_000;

    private static final String[] WORDS = {
        "council",
        "residents",
        "service",
        "services",
        "apply",
        "online",
        "form",
        "contact",
        "information",
        "collection",
        "waste",
        "recycling",
        "bin",
        "day",
        "week",
        "month",
        "payment",
        "pay",
        "account",
        "tax",
        "band",
        "discount",
        "exemption",
        "property",
        "planning",
        "application",
        "permission",
        "building",
        "regulations",
        "school",
        "admissions",
        "transport",
        "road",
        "closure",
        "parking",
        "permit",
        "housing",
        "tenancy",
        "repair",
        "benefit",
        "support",
        "care",
        "adult",
        "children",
        "family",
        "library",
        "book",
        "renew",
        "leisure",
        "centre",
        "opening",
        "hours",
        "jobs",
        "vacancy",
        "salary",
        "councillor",
        "meeting",
        "committee",
        "agenda",
        "minutes",
        "decision",
        "consultation",
        "report",
        "policy",
        "strategy",
        "budget",
        "the",
        "the",
        "the",
        "and",
        "and",
        "of",
        "of",
        "to",
        "to",
        "in",
        "for",
        "your",
        "you",
        "can",
        "will",
        "is",
        "are",
        "on",
        "by",
        "with",
        "from",
        "this",
        "that",
        "we",
        "our",
        "if",
        "before",
        "after",
        "within",
        "each",
        "local",
        "area",
        "Wales",
        "Welsh",
        "county",
        "borough",
        "community",
        "town",
        "street",
        "address",
        "postcode",
        "email",
        "telephone",
        "request",
        "report",
        "check",
        "find",
        "out",
        "more",
        "about",
        "how",
        "when",
        "where"
    };

    private final int pages;

    /** @param pages how many pages the site has, at least 1 */
    SitePages(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("a site has at least one page, not " + pages);
        }
        this.pages = pages;
    }

    int pages() {
        return pages;
    }

    /** The path of page {@code n}: {@code /} for 0, else {@code /p/<n>.html}. */
    static String path(int n) {
        return n == 0 ? "/" : "/p/" + n + ".html";
    }

    /** The page number a path names, when it names one of this site's pages. */
    Optional<Integer> pageAt(String path) {
        if (path.equals("/")) {
            return Optional.of(0);
        }
        if (!path.startsWith("/p/") || !path.endsWith(".html")) {
            return Optional.empty();
        }
        String digits = path.substring(3, path.length() - 5);
        if (digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0') {
            return Optional.empty(); // one spelling per page: no /p/0.html (that is /), no leading zeros
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        int n = Integer.parseInt(digits);
        return n < pages ? Optional.of(n) : Optional.empty();
    }

    byte[] render(int n) {
        return html(n).getBytes(StandardCharsets.UTF_8);
    }

    String html(int n) {
        if (n < 0 || n >= pages) {
            throw new IllegalArgumentException("no page " + n + " in a site of " + pages);
        }
        Random random = new Random(n);
        String title = title(n);
        StringBuilder b = new StringBuilder(10_000);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(title)
                .append(" – Sample County Council</title>\n")
                .append("<meta name=\"description\" content=\"")
                .append(sentence(random, 12, 20))
                .append("\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">Sample County Council</a>\n")
                .append("<form class=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">Search</label>")
                .append("<input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">Search</button></form>\n")
                .append("<nav aria-label=\"Main\">\n<ul>\n");
        for (int s = 1; s <= SECTIONS.length && s < pages; s++) {
            b.append("<li><a href=\"").append(path(s)).append("\">");
            b.append(SECTIONS[s - 1]).append("</a></li>\n");
        }
        b.append("</ul>\n</nav>\n</header>\n");
        breadcrumb(b, n);
        b.append("<main id=\"main\">\n<h1>").append(title).append("</h1>\n");
        int textEnd = b.length() + TEXT_MIN + random.below(TEXT_SPREAD); // the size varies, within bounds
        for (int p = 0; b.length() < textEnd; p++) {
            if (p == 2) {
                b.append("<h2>").append(capitalised(sentence(random, 3, 6))).append("</h2>\n");
            }
            b.append("<p>");
            int sentences = 3 + random.below(4);
            for (int s = 0; s < sentences; s++) {
                b.append(capitalised(sentence(random, 12, 22))).append(". ");
            }
            b.append("</p>\n");
        }
        int firstChild = n * CHILDREN + 1;
        if (firstChild < pages && firstChild > 0) {
            b.append("<h2>In this section</h2>\n<ul class=\"children\">\n");
            for (int c = firstChild; c < firstChild + CHILDREN && c < pages && c > 0; c++) {
                b.append("<li><a href=\"").append(path(c)).append("\">");
                b.append(title(c)).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<h2>Related pages</h2>\n<ul class=\"related\">\n");
        for (int r = 0; r < RELATED; r++) {
            int target = (int) Long.remainderUnsigned(Random.mix(n * 31L + r + 1), pages);
            b.append("<li><a href=\"").append(path(target)).append("\">");
            b.append(title(target)).append("</a></li>\n");
        }
        b.append("</ul>\n<p class=\"updated\">Last updated ")
                .append(1 + random.below(28))
                .append(" March 2025. <a href=\"#main\">Back to top</a></p>\n</main>\n");
        b.append("<footer class=\"site-footer\">\n<ul>\n");
        for (int f = 0; f < FOOTER.length; f++) {
            int target = FIRST_FOOTER_PAGE + f;
            if (target < pages) {
                b.append("<li><a href=\"").append(path(target)).append("\">");
                b.append(FOOTER[f]).append("</a></li>\n");
            }
        }
        b.append("<li><a href=\"https://www.gov.wales/\">Welsh Government</a></li>\n")
                .append("<li><a href=\"https://www.facebook.com/samplecountycouncil\">Facebook</a></li>\n")
                .append("<li><a href=\"mailto:contact@example.invalid\">Email us</a></li>\n")
                .append("</ul>\n<p>© Sample County Council 2025. A generated page for benchmarks: page ")
                .append(n)
                .append(" of ")
                .append(pages)
                .append(".</p>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private void breadcrumb(StringBuilder b, int n) {
        if (n == 0) {
            return;
        }
        int[] ancestors = new int[12];
        int count = 0;
        for (int a = (n - 1) / CHILDREN; ; a = (a - 1) / CHILDREN) {
            ancestors[count++] = a;
            if (a == 0) {
                break;
            }
        }
        b.append("<nav aria-label=\"Breadcrumb\">\n<ol>\n");
        for (int i = count - 1; i >= 0; i--) {
            int a = ancestors[i];
            b.append("<li><a href=\"").append(path(a)).append("\">");
            b.append(a == 0 ? "Home" : title(a)).append("</a></li>\n");
        }
        b.append("</ol>\n</nav>\n");
    }

    /** A page's title: its section's name and a few words, the same wherever the page is linked from. */
    static String title(int n) {
        if (n == 0) {
            return "Home";
        }
        int section = n;
        while (section > SECTIONS.length) {
            section = (section - 1) / CHILDREN;
        }
        if (n <= SECTIONS.length) {
            return SECTIONS[n - 1];
        }
        Random random = new Random(~(long) n);
        return SECTIONS[section - 1] + ": " + sentence(random, 2, 4) + " (" + n + ")";
    }

    private static String sentence(Random random, int minWords, int maxWords) {
        int words = minWords + random.below(maxWords - minWords + 1);
        StringBuilder s = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.below(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** SplitMix64: fixed here so that pages do not depend on a JDK's generator. */
    static final class Random {
        private long state;

        Random(long seed) {
            this.state = seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        }

        static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        /** A number from 0 to {@code bound - 1}. */
        int below(int bound) {
            return (int) Long.remainderUnsigned(next(), bound);
        }
    }
}
