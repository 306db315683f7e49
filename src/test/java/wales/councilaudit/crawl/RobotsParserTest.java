package wales.councilaudit.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RobotsParserTest {

    private static final URI SOURCE = URI.create("https://www.example.gov.wales/robots.txt");
    private static final RobotsParser PARSER = RobotsParser.forCouncilAudit();

    static RobotsRules parse(String text) {
        return PARSER.parse(SOURCE, text.getBytes(UTF_8), "text/plain");
    }

    static boolean allowed(String text, String path) {
        return parse(text).isAllowed(SOURCE.resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"council-audit", "Council_Audit", "MJ12bot", "x"})
    void acceptsProductTokens(String token) {
        assertThat(new RobotsParser(List.of(token)).productTokens())
                .containsExactly(token.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "council-audit/0.1", "council audit", "*", "council.audit", "cŵn"})
    void refusesWhatIsNotAProductToken(String token) {
        assertThatThrownBy(() -> new RobotsParser(List.of(token)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product token");
    }

    @Test
    void needsAtLeastOneTokenAndKeepsEachOnce() {
        assertThatThrownBy(() -> new RobotsParser(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RobotsParser(List.of("Council-Audit", "council-audit", "audit")).productTokens())
                .containsExactly("council-audit", "audit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                  | robots.txt (\\n is a line end)                                   | path            | allowed
            no file content allows all              | ''                                                               | /anything       | true
            longest match wins                      | User-agent: *\\nDisallow: /a\\nAllow: /a/b                       | /a/b/c          | true
            longest match wins, either way          | User-agent: *\\nAllow: /a\\nDisallow: /a/b                       | /a/b/c          | false
            Allow wins a tie                        | User-agent: *\\nDisallow: /a\\nAllow: /a                         | /a              | true
            * matches any run of characters         | User-agent: *\\nDisallow: /*.pdf                                 | /docs/plan.pdf  | false
            $ anchors the end                       | User-agent: *\\nDisallow: /*.pdf$                                | /plan.pdf?x=1   | true
            $ anchors the end, matching             | User-agent: *\\nDisallow: /*.pdf$                                | /a/plan.pdf     | false
            a query is part of the path             | User-agent: *\\nDisallow: /*?                                    | /search?q=bins  | false
            matching is case-sensitive              | User-agent: *\\nDisallow: /Private                               | /private        | true
            percent-encoding normalised, rule side  | User-agent: *\\nDisallow: /%7Ejones                              | /~jones/        | false
            percent-encoding normalised, URL side   | User-agent: *\\nDisallow: /~jones                                | /%7Ejones/      | false
            encoded non-ASCII matches UTF-8 rule    | User-agent: *\\nDisallow: /cymraeg/ŵyn                           | /cymraeg/%C5%B5yn | false
            our group, not the * group              | User-agent: *\\nDisallow: /\\n\\nUser-agent: council-audit\\nDisallow: /x | /y     | true
            our group, its own rules                | User-agent: *\\nDisallow: /\\n\\nUser-agent: council-audit\\nDisallow: /x | /x     | false
            our name matched case-insensitively     | User-agent: COUNCIL-AUDIT\\nDisallow: /x                         | /x              | false
            our groups merged                       | User-agent: council-audit\\nDisallow: /a\\n\\nUser-agent: *\\nDisallow: /\\n\\nUser-agent: council-audit\\nDisallow: /b | /b | false
            our groups merged, the rest allowed     | User-agent: council-audit\\nDisallow: /a\\n\\nUser-agent: *\\nDisallow: /\\n\\nUser-agent: council-audit\\nDisallow: /b | /c | true
            an empty group of ours allows all       | User-agent: *\\nDisallow: /\\n\\nUser-agent: council-audit\\n | /x          | true
            a blank line does not end a group       | User-agent: council-audit\\n\\nUser-agent: *\\nDisallow: /      | /x              | false
            * groups when none names us             | User-agent: otherbot\\nDisallow: /\\n\\nUser-agent: *\\nDisallow: /x | /y         | true
            no group for us or * allows all         | User-agent: otherbot\\nDisallow: /                              | /x              | true
            empty Disallow allows all               | User-agent: *\\nDisallow:                                        | /x              | true
            robots.txt itself is always allowed     | User-agent: *\\nDisallow: /                                      | /robots.txt     | true
            comments are ignored                    | User-agent: * # everyone\\nDisallow: /x # not /y                 | /y              | true
            """)
    void appliesRfc9309(String what, String robots, String path, boolean allowed) {
        assertThat(allowed(robots.replace("\\n", "\n"), path)).as(what).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readsAnyLineEnd(String eol) {
        String robots = String.join(eol, "", "User-agent: *", "Disallow: /private", "Crawl-delay: 2", "");

        RobotsRules rules = parse(robots);

        assertThat(rules.isAllowed(SOURCE.resolve("/private/x"))).isFalse();
        assertThat(rules.isAllowed(SOURCE.resolve("/public"))).isTrue();
        assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the first bytes, in hex      | is the first line read?
            EF BB BF                       | true
            EF BB                          | true
            EF                             | true
            EF 11 BF                       | false
            """)
    void aWholeOrPartialUtf8ByteOrderMarkIsSkipped(String hex, boolean read) {
        byte[] mark = hexBytes(hex);
        byte[] text = "User-agent: *\nDisallow: /x\n".getBytes(UTF_8);
        byte[] content = Arrays.copyOf(mark, mark.length + text.length);
        System.arraycopy(text, 0, content, mark.length, text.length);

        RobotsRules rules = PARSER.parse(SOURCE, content, "text/plain");

        assertThat(rules.isAllowed(SOURCE.resolve("/x"))).isEqualTo(!read);
    }

    static Stream<Arguments> garbage() {
        byte[] random = new byte[64 * 1024];
        new Random(20261122L).nextBytes(random);
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("NUL bytes", new byte[1000]),
                Arguments.of("invalid UTF-8", new byte[] {(byte) 0xC3, (byte) 0x28, 'D', (byte) 0xFF, '\n'}),
                Arguments.of("HTML", "<!doctype html><title>Not found</title><p>Disallow: /".getBytes(UTF_8)),
                Arguments.of("one huge line", ("Disallow: /" + "a".repeat(2_000_000)).getBytes(UTF_8)),
                Arguments.of(
                        "broken patterns",
                        "User-agent: *\nDisallow: /%\nDisallow: /%zz\nAllow: ***$$\nDisallow: $\nCrawl-delay: soon\n"
                                .getBytes(UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void neverThrowsOnBadContent(String what, byte[] content) {
        assertThatCode(() -> {
                    RobotsRules rules = PARSER.parse(SOURCE, content, "text/plain");
                    rules.isAllowed(SOURCE.resolve("/a/b?c=d"));
                    rules.crawlDelay();
                    rules.sitemaps();
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aDisallowInHtmlServedAsRobotsTxtIsStillObeyed() {
        byte[] html = "<html><body>User-agent: *\nDisallow: /\n</body></html>".getBytes(UTF_8);

        RobotsRules rules = PARSER.parse(SOURCE, html, "text/html");

        assertThat(rules.isAllowed(SOURCE.resolve("/x"))).isFalse();
    }

    @Test
    void readsTheFirst500KibAndNoMore() {
        String head = "User-agent: *\nDisallow: /early\n";
        String padding = "# padding\n".repeat((RobotsParser.PARSE_LIMIT_BYTES - head.length()) / 10 + 1);
        String robots = head + padding + "Disallow: /late\n";

        RobotsRules rules = parse(robots);

        assertThat(robots.length()).isGreaterThan(RobotsParser.PARSE_LIMIT_BYTES);
        assertThat(rules.isAllowed(SOURCE.resolve("/early"))).isFalse();
        assertThat(rules.isAllowed(SOURCE.resolve("/late"))).isTrue();
    }

    @Test
    void aLineCutByTheLimitIsDroppedNotReadHalfWay() {
        String head = "User-agent: *\n";
        String padding = "#".repeat(RobotsParser.PARSE_LIMIT_BYTES - head.length() - 16) + "\n";
        // The limit falls inside this line, after "Disallow: /st": read half-way, it would forbid "/st".
        String robots = head + padding + "Disallow: /straddling-the-limit\n";

        byte[] kept = RobotsParser.withinParseLimit(robots.getBytes(UTF_8));

        assertThat(kept).hasSize(head.length() + padding.length());
        assertThat(parse(robots).isAllowed(SOURCE.resolve("/st"))).isTrue();
    }

    @Test
    void aFileWithinTheLimitIsReadWhole() {
        byte[] content = "User-agent: *\nDisallow: /x".getBytes(UTF_8);

        assertThat(RobotsParser.withinParseLimit(content)).isSameAs(content);
    }

    @ParameterizedTest(name = "Crawl-delay: {0}")
    @CsvSource({"10, PT10S", "0.5, PT0.5S", "0, PT0S", "3600, PT1H"})
    void readsTheCrawlDelayWithoutCappingIt(String value, String expected) {
        RobotsRules rules = parse("User-agent: *\nCrawl-delay: " + value + "\nDisallow: /x\n");

        assertThat(rules.crawlDelay()).contains(Duration.parse(expected));
        assertThat(rules.isAllowed(SOURCE.resolve("/y")))
                .as("a long delay is the crawl's to judge, not a reason to disallow all")
                .isTrue();
    }

    @ParameterizedTest(name = "Crawl-delay: {0}")
    @ValueSource(strings = {"", "soon", "-5"})
    void ignoresACrawlDelayThatIsNotANumber(String value) {
        assertThat(parse("User-agent: *\nCrawl-delay: " + value + "\n").crawlDelay())
                .isEmpty();
    }

    @Test
    void sitemapsAreResolvedAgainstTheSourceInAsciiAndOnlyWebUrlsKept() {
        RobotsRules rules = parse(String.join(
                "\n",
                "Sitemap: /sitemap.xml",
                "Sitemap: https://www.example.gov.wales/site map.xml",
                "Sitemap: https://www.example.gov.wales/map|cy.xml",
                "Sitemap: https://www.example.gov.wales/ŵyn.xml",
                "Sitemap: ftp://www.example.gov.wales/sitemap.xml",
                "Sitemap: https://www.example.gov.wales/sitemap.xml",
                "User-agent: *",
                "Disallow: /x",
                "Sitemap: https://other.example/sitemap-cy.xml"));

        assertThat(rules.sitemaps())
                .containsExactly(
                        URI.create("https://www.example.gov.wales/sitemap.xml"),
                        URI.create("https://www.example.gov.wales/%C5%B5yn.xml"),
                        URI.create("https://other.example/sitemap-cy.xml"));
    }

    @Test
    void theConstantsAllowAllAndNothing() {
        URI any = SOURCE.resolve("/any/page");

        assertThat(RobotsRules.allowAll().isAllowed(any)).isTrue();
        assertThat(RobotsRules.allowAll().allowsAll()).isTrue();
        assertThat(RobotsRules.disallowAll().isAllowed(any)).isFalse();
        assertThat(RobotsRules.disallowAll().disallowsAll()).isTrue();
        assertThat(RobotsRules.disallowAll().crawlDelay()).isEmpty();
        assertThat(RobotsRules.disallowAll().sitemaps()).isEmpty();
    }

    @Test
    void describesItselfForLogs() {
        assertThat(parse("User-agent: *\nDisallow: /x\nCrawl-delay: 3\nSitemap: /s.xml\n"))
                .hasToString("RobotsRules[1 rules, crawlDelay=PT3S, sitemaps=1]");
    }

    private static byte[] hexBytes(String hex) {
        String[] parts = hex.trim().split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
