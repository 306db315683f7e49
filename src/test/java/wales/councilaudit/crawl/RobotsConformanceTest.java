package wales.councilaudit.crawl;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Google's robots.txt conformance suite (google/robotstxt-spec-test, flattened to JSON; see PROVENANCE.md next to
 * it) against {@link RobotsParser} and {@link RobotsRules#isAllowed}.
 *
 * <p>Every {@code STANDARD} case must agree, except the few listed in {@link #STANDARD_DEVIATIONS}, where the suite
 * (written against the 2019 draft and Google's reference parser) contradicts the text of RFC 9309 itself, or reads
 * a line that breaks RFC 9309's grammar differently from crawler-commons. Those are pinned: a listed case that starts agreeing, or any other case that stops,
 * fails the test. The {@code GOOGLE_SPECIFIC} cases test Google's own leniencies, which RFC 9309 does not ask for:
 * they run too, and their agreement is counted, printed and pinned, so that a change shows.
 */
class RobotsConformanceTest {

    private static final String SUITE = "/crawl/robots/conformance/google-robotstxt-spec-test.json";

    private static final String PERCENT_ENCODING = "RFC 9309 §2.2.2 (and its Figure of encoded paths: '/foo/bar/ツ'"
            + " and '/foo/bar/%E3%83%84' are one path, '/foo/bar/%62%61%7A' matches '/foo/bar/baz') normalises"
            + " percent-encoding on both sides before comparing, as crawler-commons does (its PR #420); the suite"
            + " expects Google's byte-for-byte comparison of an unnormalised URL (google/robotstxt issue #64)";
    private static final String ROBOTS_TXT_ALLOWED = "RFC 9309 §2.2.2: 'The /robots.txt URI is implicitly allowed.'"
            + " The suite, older than the RFC, applies the file's rules to /robots.txt itself";
    private static final String DIGITS_IN_A_TOKEN = "RFC 9309 §2.2.1: a product token is letters, '_' and '-' only."
            + " For the line 'User-agent: AB42bot', Google reads the token up to the digit ('AB'), so the agent"
            + " 'AB42bot' falls to the '*' group; crawler-commons matches the whole name, so 'Disallow: /' applies."
            + " The RFC does not say how to read a line that breaks its grammar; matching the name the site wrote is"
            + " the politer reading";

    /** STANDARD cases where we knowingly differ from the suite, by {@link Case#key()}, with why. */
    static final Map<String, String> STANDARD_DEVIATIONS = Map.ofEntries(
            entry("non-ascii-paths[1] agent='FooBot' url=http://foo.bar/foo/bar/ツ", PERCENT_ENCODING),
            entry("non-ascii-paths[2] agent='FooBot' url=http://foo.bar/foo/bar/ツ", PERCENT_ENCODING),
            entry("non-ascii-paths[3] agent='FooBot' url=http://foo.bar/foo/bar/baz", PERCENT_ENCODING),
            entry("327748[0] agent='asdfbot' url=http://m.example.com/robots.txt", ROBOTS_TXT_ALLOWED),
            entry("369883[0] agent='BarBot' url=http://example.com/robots.txt", ROBOTS_TXT_ALLOWED),
            entry("369883[0] agent='AB' url=http://example.com/robots.txt", ROBOTS_TXT_ALLOWED),
            entry("860237[0] agent='XYZ' url=http://example.com/robots.txt", ROBOTS_TXT_ALLOWED),
            entry("369883[0] agent='AB42bot' url=http://example.com/foo/bar", DIGITS_IN_A_TOKEN),
            entry("369883[0] agent='AB42bot' url=http://example.com/", DIGITS_IN_A_TOKEN));

    /**
     * GOOGLE_SPECIFIC cases we do not agree with: Google accepts an empty agent (allowing everything) and an agent
     * 'Foo Bar' (matching its first word); RobotsParser refuses both names, which are not product tokens.
     */
    static final List<String> GOOGLE_SPECIFIC_DISAGREEING = List.of(
            "empty-string[0] agent='' url=",
            "empty-string[1] agent='' url=",
            "user-agent-name[0] agent='Foo Bar' url=http://foo.bar/x/y");

    /** One expectation: a robots.txt, a user-agent and a URL, and whether that agent may fetch that URL. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Case(
            @JsonProperty("file") String file,
            @JsonProperty("test_index") int testIndex,
            @JsonProperty("robotstxt_b64") String robotstxtBase64,
            @JsonProperty("url") String url,
            @JsonProperty("useragent") String userAgent,
            @JsonProperty("expected") String expected,
            @JsonProperty("test_type") String testType) {

        boolean standard() {
            return "STANDARD".equals(testType);
        }

        boolean expectsAllowed() {
            return "ALLOWED".equals(expected);
        }

        /** Unique: a file's test_index repeats for each URL and agent it checks. */
        String key() {
            String name = file.substring(file.lastIndexOf('/') + 1).replace(".textproto", "");
            return name + "[" + testIndex + "] agent='" + userAgent + "' url=" + url;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Our answer for a case: allowed or not, or empty when our API refuses the case's agent name. */
    record Verdict(Optional<Boolean> allowed, String refusal) {

        boolean agreesWith(Case c) {
            return allowed.isPresent() && allowed.get() == c.expectsAllowed();
        }

        String describe() {
            return allowed.map(a -> a ? "ALLOWED" : "DISALLOWED").orElse("refused (" + refusal + ")");
        }
    }

    static List<Case> allCases() {
        try (InputStream in = RobotsConformanceTest.class.getResourceAsStream(SUITE)) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Case>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Case> standardCases() {
        return allCases().stream().filter(Case::standard);
    }

    static Verdict verdict(Case c) {
        RobotsParser parser;
        try {
            parser = new RobotsParser(List.of(c.userAgent()));
        } catch (IllegalArgumentException e) {
            return new Verdict(Optional.empty(), e.getMessage());
        }
        byte[] content = Base64.getDecoder().decode(c.robotstxtBase64());
        URI url = URI.create(c.url());
        RobotsRules rules = parser.parse(robotsUrlFor(url), content, "text/plain");
        return new Verdict(Optional.of(rules.isAllowed(url)), "");
    }

    @Test
    void theSuiteIsCompleteAndItsKeysUnique() {
        List<Case> cases = allCases();

        assertThat(cases).hasSize(400);
        assertThat(cases.stream().filter(Case::standard)).hasSize(378);
        assertThat(cases.stream().filter(c -> "GOOGLE_SPECIFIC".equals(c.testType())))
                .hasSize(22);
        assertThat(cases.stream().map(Case::key).distinct()).hasSize(400);
        assertThat(standardCases().map(Case::key)).containsAll(STANDARD_DEVIATIONS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardCases")
    void everyStandardCaseAgreesUnlessADocumentedDeviation(Case c) {
        Verdict verdict = verdict(c);
        String deviation = STANDARD_DEVIATIONS.get(c.key());

        if (deviation == null) {
            assertThat(verdict.agreesWith(c))
                    .as("%s: expected %s, got %s", c.key(), c.expected(), verdict.describe())
                    .isTrue();
        } else {
            assertThat(verdict.agreesWith(c))
                    .as("%s is listed as a deviation (%s) but now agrees: take it off the list", c.key(), deviation)
                    .isFalse();
        }
    }

    @Test
    void standardCasesAreCountedAndReported() {
        long agreeing = standardCases().filter(c -> verdict(c).agreesWith(c)).count();

        System.out.printf(
                "STANDARD robots.txt cases: %d, %d agree, %d documented deviations%n",
                standardCases().count(), agreeing, STANDARD_DEVIATIONS.size());
        new TreeMap<>(STANDARD_DEVIATIONS)
                .forEach((key, why) -> System.out.println("  deviates: " + key + " -- " + why));

        assertThat(agreeing).isEqualTo(378 - STANDARD_DEVIATIONS.size());
    }

    @Test
    void googleSpecificCasesAreCountedAndReported() {
        List<String> agree = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        allCases().stream().filter(c -> !c.standard()).forEach(c -> {
            Verdict verdict = verdict(c);
            (verdict.agreesWith(c) ? agree : disagree).add(c.key());
            System.out.printf(
                    "  %s %s: expected %s, got %s%n",
                    verdict.agreesWith(c) ? "agrees:   " : "disagrees:", c.key(), c.expected(), verdict.describe());
        });
        System.out.printf(
                "GOOGLE_SPECIFIC robots.txt cases: %d, %d agree, %d disagree%n",
                agree.size() + disagree.size(), agree.size(), disagree.size());

        assertThat(agree).hasSize(19);
        assertThat(disagree).containsExactlyInAnyOrderElementsOf(GOOGLE_SPECIFIC_DISAGREEING);
    }

    private static URI robotsUrlFor(URI url) {
        if (url.getScheme() == null || url.getRawAuthority() == null) {
            return URI.create("http://example.com/robots.txt");
        }
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
    }
}
