package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated pages, without a server: determinism, size, shape, and that the site is one connected tree. */
class SitePagesTest {

    private static final String BASE = "http://127.0.0.1:1/";

    @Test
    void theSameNumberGivesTheSameBytesEveryTime() {
        SitePages one = new SitePages(50_000);
        SitePages two = new SitePages(50_000);
        for (int n : List.of(0, 1, 7, 10, 11, 123, 4_999, 49_999)) {
            assertThat(two.render(n)).as("page %d", n).isEqualTo(one.render(n));
        }
        assertThat(one.html(123)).isNotEqualTo(one.html(124));
    }

    @Test
    void pagesAreRealisticHtmlOfSixToTenKilobytes() {
        SitePages site = new SitePages(50_000);
        for (int n = 0; n < 50_000; n += 997) {
            int size = site.render(n).length;
            assertThat(size).as("page %d's size", n).isBetween(6_000, 10_000);
        }
        Document page = Jsoup.parse(site.html(42), BASE + "p/42.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).startsWith("Schools and learning: ").endsWith("Sample County Council");
        assertThat(page.select("header nav a")).hasSize(10);
        assertThat(page.select("main p").size()).isGreaterThanOrEqualTo(6);
        assertThat(page.select("ul.children a")).hasSize(10);
        assertThat(page.select("footer a")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(new String(site.render(42), StandardCharsets.UTF_8)).contains("©", "–");
    }

    @Test
    void pageNLinksToItsChildrenAndToPagesOfTheSiteOnly() {
        SitePages site = new SitePages(300);
        assertThat(links(site, 3)).contains(3 * 10 + 1, 3 * 10 + 10, 0, 1, 10);
        assertThat(links(site, 29)).contains(291, 299).doesNotContain(300);
        for (int n = 0; n < 300; n++) {
            assertThat(links(site, n)).allMatch(target -> target >= 0 && target < 300);
        }
    }

    @Test
    void everyPageIsReachableFromTheHomePage() {
        for (int pages : List.of(1, 2, 11, 300, 5_000)) {
            SitePages site = new SitePages(pages);
            BitSet reached = new BitSet(pages);
            Deque<Integer> queue = new ArrayDeque<>(List.of(0));
            reached.set(0);
            while (!queue.isEmpty()) {
                for (int target : links(site, queue.poll())) {
                    if (!reached.get(target)) {
                        reached.set(target);
                        queue.add(target);
                    }
                }
            }
            assertThat(reached.cardinality())
                    .as("pages reached in a site of %d", pages)
                    .isEqualTo(pages);
        }
    }

    @Test
    void pagesAlsoCarryLinksACrawlerMustDropOrDeduplicate() {
        Document page = Jsoup.parse(new SitePages(300).html(5), BASE + "p/5.html");
        List<String> hrefs = page.select("a[href]").eachAttr("abs:href");
        assertThat(hrefs).contains(BASE + "p/5.html#main", "https://www.gov.wales/", "mailto:contact@example.invalid");
        assertThat(hrefs.size()).isGreaterThan(new HashSet<>(hrefs).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/p/0.html", "/p/01.html", "/p/300.html", "/p/abc.html", "/p/.html", "/p/5", "/x"})
    void onlyOneSpellingOfEachPageExists(String path) {
        assertThat(new SitePages(300).pageAt(path)).isEmpty();
    }

    @Test
    void pathsAndNumbersRoundTrip() {
        SitePages site = new SitePages(300);
        assertThat(SitePages.path(0)).isEqualTo("/");
        assertThat(site.pageAt("/")).contains(0);
        assertThat(site.pageAt("/p/299.html")).contains(299);
        assertThat(site.pageAt(SitePages.path(17))).isEqualTo(Optional.of(17));
        assertThatThrownBy(() -> site.html(300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitePages(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The site's pages a page links to, by number. */
    private static Set<Integer> links(SitePages site, int n) {
        Document page = Jsoup.parse(site.html(n), BASE + SitePages.path(n).substring(1));
        return page.select("a[href]").eachAttr("abs:href").stream()
                .filter(href -> href.startsWith(BASE))
                .map(href -> href.substring(BASE.length() - 1).replaceFirst("#.*", ""))
                .map(path -> site.pageAt(path).orElseThrow(() -> new AssertionError("not a page: " + path)))
                .collect(Collectors.toSet());
    }
}
