package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * crawler-commons' real-world and edge-case robots.txt files (see PROVENANCE.md next to them) through our parser.
 *
 * <p>crawler-commons is more lenient than RFC 9309, which says to skip lines that cannot be parsed: like Google's
 * parser, it reads a directive without its colon ({@code disallow /x}), common misspellings ({@code Desallow},
 * {@code useragent}) and a {@code Sitemap} URL on a line of its own. That only ever makes us obey what the file's
 * author plainly meant, so the tables below pin it.
 */
class RobotsParserFixturesTest {

    private static final URI SOURCE = URI.create("https://www.example.gov.wales/robots.txt");

    static Path fixtures() {
        try {
            return Path.of(RobotsParserFixturesTest.class
                    .getResource("/crawl/robots/fixtures")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> fixtureFiles() throws IOException {
        try (Stream<Path> files = Files.list(fixtures())) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static RobotsRules parse(String file, String agent) {
        try {
            byte[] content = Files.readAllBytes(fixtures().resolve(file));
            return new RobotsParser(List.of(agent)).parse(SOURCE, content, "text/plain");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI at(String path) {
        return SOURCE.resolve(path);
    }

    @ParameterizedTest
    @MethodSource("fixtureFiles")
    void everyFixtureParsesForUsAndLeavesTheHomePageDecided(String file) {
        assertThatCode(() -> parse(file, RobotsParser.PRODUCT_TOKEN).isAllowed(at("/")))
                .doesNotThrowAnyException();
        assertThat(parse(file, RobotsParser.PRODUCT_TOKEN).disallowsAll())
                .as("no fixture is a failure to parse")
                .isFalse();
    }

    @Test
    void allTwentyFourFixturesAreHere() throws IOException {
        assertThat(fixtureFiles()).hasSize(24);
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                                  | agent         | path                                  | allowed
            rfc9309-example-simple-robots.txt       | foobot        | /example/page.html                    | true
            rfc9309-example-simple-robots.txt       | foobot        | /example/allowed.gif                  | true
            rfc9309-example-simple-robots.txt       | foobot        | /example/other.html                   | false
            rfc9309-example-simple-robots.txt       | barbot        | /example/page.html                    | false
            rfc9309-example-simple-robots.txt       | BAZBOT        | /example/page.html                    | false
            rfc9309-example-simple-robots.txt       | bazbot        | /example/other.html                   | true
            rfc9309-example-simple-robots.txt       | quxbot        | /example/image.gif                    | true
            rfc9309-example-simple-robots.txt       | council-audit | /pictures/image.gif                   | false
            rfc9309-example-simple-robots.txt       | council-audit | /pictures/image.gifs                  | true
            rfc9309-example-simple-robots.txt       | council-audit | /example/                             | false
            rfc9309-example-simple-robots.txt       | council-audit | /publications/                        | true
            rfc9309-example-longest-match-robots.txt | foobot       | /example/page/                        | true
            rfc9309-example-longest-match-robots.txt | foobot       | /example/page/disallowed.gif          | false
            rfc9309-example-rule-group-merging.txt  | ExampleBot    | /foo                                  | false
            rfc9309-example-rule-group-merging.txt  | ExampleBot    | /baz                                  | false
            rfc9309-example-rule-group-merging.txt  | ExampleBot    | /qux                                  | true
            rfc9309-example-rule-group-merging.txt  | council-audit | /bar                                  | false
            rfc9309-example-rule-group-merging.txt  | council-audit | /baz                                  | true
            crawl-delay-group-merging.txt           | mybot         | /private/page                         | false
            crawl-delay-group-merging.txt           | yourbot       | /private/page                         | false
            crawl-delay-group-merging.txt           | yourbot       | /login/page                           | false
            crawl-delay-group-merging.txt           | mybot         | /login/page                           | true
            crawl-delay-group-merging.txt           | council-audit | /private/page                         | true
            extensions-group-merging.txt            | mybot         | /login/page                           | false
            extensions-group-merging.txt            | mybot         | /public                               | true
            extensions-group-merging.txt            | council-audit | /llms.txt                             | true
            extensions-group-merging.txt            | council-audit | /public                               | false
            merge-rules.txt                         | wget          | /foo/bar                              | true
            merge-rules.txt                         | wget          | /tmp/bar                              | false
            merge-rules.txt                         | council-audit | /foo/bar                              | false
            merge-rules.txt                         | council-audit | /ckh/bar                              | true
            merge-rules.txt                         | testy         | /ckh/bar                              | false
            precedence-of-rules.txt                 | testy         | /foo/bar                              | true
            precedence-of-rules.txt                 | testy         | /foo/baz                              | false
            precedence-of-rules.txt                 | testy         | /other                                | true
            precedence-of-rules.txt                 | wget          | /foo                                  | true
            precedence-of-rules.txt                 | wget          | /other                                | false
            format-errors-robots.txt                | bot1          | /whitespace-before-colon/page         | false
            format-errors-robots.txt                | bot3          | /whitespace-before-colon              | true
            format-errors-robots.txt                | bot3          | /other                                | false
            format-errors-robots.txt                | bot1          | /no-colon/                            | false
            format-errors-robots.txt                | bot2          | /no-colon-useragent/                  | false
            directive-typos-robots.txt              | bot1          | /desallow/                            | false
            directive-typos-robots.txt              | bot1          | /dissalow/                            | false
            directive-typos-robots.txt              | bot1          | /useragent/                           | true
            directive-typos-robots.txt              | bot2          | /useragent/                           | false
            directive-typos-robots.txt              | bot3          | /useg-agent/                          | false
            directive-typos-robots.txt              | bot4          | /useragent-no-colon/                  | false
            malformed-path.txt                      | council-audit | /wiki/Wikipedia_talk:Mediation_Committee/x | false
            malformed-path.txt                      | council-audit | /wiki/Wales                           | true
            robots-with-utf8-bom.txt                | council-audit | /login.aspx                           | false
            robots-with-utf8-bom.txt                | council-audit | /news/output/print                    | false
            robots-with-utf8-bom.txt                | council-audit | /news                                 | true
            robots-with-utf16le-bom.txt             | council-audit | /login.aspx                           | false
            robots-with-utf16le-bom.txt             | council-audit | /news                                 | true
            robots-with-utf16be-bom.txt             | council-audit | /register.aspx                        | false
            robots-with-utf16be-bom.txt             | council-audit | /news                                 | true
            twitter.com-robots.txt                  | council-audit | /search?q=wales                       | false
            twitter.com-robots.txt                  | council-audit | /someone/with_friends                 | false
            twitter.com-robots.txt                  | council-audit | /someone                              | true
            www.flot.com-robots.txt                 | council-audit | /bitrix/page                          | false
            www.flot.com-robots.txt                 | council-audit | /about                                | true
            wildcards.txt                           | council-audit | /wishlist/universal/x                 | true
            wildcards.txt                           | council-audit | /wishlist/other                       | false
            wildcards.txt                           | council-audit | /gp/registry/wishlist/abc/reserve     | false
            wildcards.txt                           | council-audit | /a/b/gcrnsts                          | false
            wildcards.txt                           | council-audit | /books                                | true
            wildcards.txt                           | EtaoSpider    | /books                                | false
            many-user-agents.txt                    | BlackWidow    | /                                     | false
            many-user-agents.txt                    | council-audit | /forum/                               | false
            many-user-agents.txt                    | council-audit | /                                     | true
            extension-robots.txt                    | mybot         | /private/                             | false
            extension-robots.txt                    | council-audit | /private/                             | true
            extended-standard-robots.txt            | bot3          | /anything                             | true
            astore.amazon.com-robots.txt            | council-audit | /anything                             | true
            dos-line-endings.txt                    | council-audit | /anything                             | true
            """)
    void fixtureRulesDecideAsRfc9309Says(String file, String agent, String path, boolean allowed) {
        assertThat(parse(file, agent).isAllowed(at(path))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                        | agent         | crawl delay (ISO-8601), or 'none'
            crawl-delay-group-merging.txt | mybot         | PT10S
            crawl-delay-group-merging.txt | yourbot       | none
            crawl-delay-group-merging.txt | council-audit | PT30S
            twitter.com-robots.txt        | msnbot        | PT10S
            twitter.com-robots.txt        | Slurp         | PT1S
            twitter.com-robots.txt        | Googlebot     | none
            twitter.com-robots.txt        | council-audit | none
            astore.amazon.com-robots.txt  | council-audit | PT5S
            dos-line-endings.txt          | council-audit | PT1S
            extended-standard-robots.txt  | bot1          | none
            """)
    void crawlDelayComesFromTheGroupThatApplies(String file, String agent, String delay) {
        RobotsRules rules = parse(file, agent);

        if (delay.equals("none")) {
            assertThat(rules.crawlDelay()).isEmpty();
        } else {
            assertThat(rules.crawlDelay()).contains(Duration.parse(delay));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                        | sitemaps, space-separated, in the file's order
            sitemap-robots-dedup.txt      | http://example.org/sitemap.xml
            sitemap-robots.txt            | http://domain.com/sitemap.xml http://domain.com/dir/my-sitemap.xml http://domain.com/dir/MixedCased-sitemap.xml
            relative-sitemap-robots.txt   | https://www.example.gov.wales/sitemap.xml
            extension-robots.txt          | https://www.example.gov.wales/sitemap.xml
            format-errors-robots.txt      | https://www.example.gov.wales/sitemap.xml
            robots-with-utf8-bom.txt      | http://www.newsweek.com/sitemap_index.xml
            www.flot.com-robots.txt       | http://flot.com/sitemap_index.xml
            wildcards.txt                 | http://www.amazon.com/sitemap-manual-index.xml http://www.amazon.com/sitemap_vendor_videos_us.xml http://www.amazon.com/sitemap_vod_index.xml http://www.amazon.com/sitemaps.f3053414d236e84.SitemapIndex_0.xml.gz http://www.amazon.com/sitemaps.1946f6b8171de60.SitemapIndex_0.xml.gz http://www.amazon.com/sitemaps.bbb7d657c7e29fa.SitemapIndex_0.xml.gz http://www.amazon.com/sitemaps.11aafed315ee654.SitemapIndex_0.xml.gz http://www.amazon.com/sitemaps.c21f969b5f03d33.SitemapIndex_0.xml.gz
            twitter.com-robots.txt        | ''
            """)
    void sitemapsAreAbsoluteDeduplicatedAndInOrder(String file, String sitemaps) {
        List<URI> expected = sitemaps.isEmpty()
                ? List.of()
                : Stream.of(sitemaps.split(" ")).map(URI::create).toList();

        assertThat(parse(file, RobotsParser.PRODUCT_TOKEN).sitemaps()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @CsvSource({"robots-with-utf8-bom.txt", "robots-with-utf16le-bom.txt", "robots-with-utf16be-bom.txt"})
    void aByteOrderMarkDoesNotHideTheFirstLine(String file) {
        // Each file's first line is "User-agent: *": were the mark read as part of it, no group would apply.
        assertThat(parse(file, RobotsParser.PRODUCT_TOKEN).allowsAll()).isFalse();
        assertThat(parse(file, RobotsParser.PRODUCT_TOKEN).isAllowed(at("/login.aspx")))
                .isFalse();
    }
}
